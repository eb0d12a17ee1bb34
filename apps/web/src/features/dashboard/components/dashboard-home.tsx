import {
  Badge,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { navAreasFor, type NavAreaKey } from '@khsae/domain';

import { AREA_ICONS } from '@/components/icons';
import { RoleBadge } from '@/components/role-badge';
import type { CurrentUser } from '@/lib/api-types';

export type DashboardHomeProps = {
  user: CurrentUser;
  /** Areas that already have a working screen; the rest are marked "coming soon". */
  readyAreas: readonly NavAreaKey[];
  now?: Date;
};

type GreetingKey =
  'dashboard.greetingMorning' | 'dashboard.greetingAfternoon' | 'dashboard.greetingEvening';

export function greetingKey(now: Date): GreetingKey {
  const hour = now.getHours();
  if (hour < 12) return 'dashboard.greetingMorning';
  if (hour < 18) return 'dashboard.greetingAfternoon';
  return 'dashboard.greetingEvening';
}

export function DashboardHome({ user, readyAreas, now = new Date() }: DashboardHomeProps) {
  const { t } = useTranslation();
  const areas = navAreasFor(user.permissions).filter((area) => area.key !== 'dashboard');

  return (
    <Stack gap="xl">
      <Stack gap={6}>
        <Title order={1} size="h2" data-testid="dashboard-greeting">
          {t(greetingKey(now), { name: user.displayName })}
        </Title>
        <Group gap="xs">
          <Text c="dimmed" size="sm">
            {t('dashboard.signedInAs', { role: t(`roles.${user.role}`) })}
          </Text>
          <RoleBadge role={user.role} />
        </Group>
      </Stack>

      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('dashboard.areasTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {areas.map((area) => {
            const AreaIcon = AREA_ICONS[area.key];
            const ready = readyAreas.includes(area.key);
            return (
              <UnstyledButton
                key={area.key}
                component={Link}
                to={area.path}
                aria-label={`${t(`nav.${area.key}`)}: ${t(`areaDescriptions.${area.key}`)}`}
                style={{ borderRadius: 'var(--mantine-radius-md)' }}
              >
                <Card
                  withBorder
                  radius="md"
                  padding="lg"
                  h="100%"
                  data-testid={`area-card-${area.key}`}
                >
                  <Group justify="space-between" align="flex-start" mb="sm" wrap="nowrap">
                    <ThemeIcon variant="light" size={40} radius="md">
                      <AreaIcon size={22} />
                    </ThemeIcon>
                    {!ready && (
                      <Badge variant="light" color="gray" tt="none">
                        {t('dashboard.comingSoon')}
                      </Badge>
                    )}
                  </Group>
                  <Text fw={600}>{t(`nav.${area.key}`)}</Text>
                  <Text size="sm" c="dimmed" mt={4}>
                    {t(`areaDescriptions.${area.key}`)}
                  </Text>
                </Card>
              </UnstyledButton>
            );
          })}
        </SimpleGrid>
      </Stack>
    </Stack>
  );
}
