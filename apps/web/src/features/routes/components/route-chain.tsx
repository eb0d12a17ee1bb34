import { Anchor, Badge, Box, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ArrowRightIcon, CompoundsIcon, PinIcon } from '@/components/icons';
import { ScriptText } from '@/components/script-text';
import type { RecruitmentRoute } from '@/lib/api-types';
import { enumLabel } from '@/lib/enumerations';
import { currentLanguage } from '@/lib/i18n';
import { placeName, placePath } from '@/lib/place-label';
import { recordPath } from '@/lib/record-paths';

import { routeStops, type RouteStop } from '../route-legs';

const ROLE_COLORS = { origin: 'teal', transit: 'gray', destination: 'red' } as const;

/** The route drawn as a chain: origin → transit points → destination, each arrow with its mode and broker. */
export function RouteChain({ route }: { route: RecruitmentRoute }) {
  const { t } = useTranslation();
  const stops = routeStops(route);
  return (
    <Stack gap="xs">
      <Group
        gap={4}
        align="stretch"
        wrap="wrap"
        component="ol"
        aria-label={t('routes.chain.title')}
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
        data-testid="route-chain"
      >
        {stops.map((stop, index) => (
          <Box
            component="li"
            key={index}
            style={{ display: 'flex', alignItems: 'stretch', gap: 4 }}
          >
            {index > 0 && <Hop stop={stop} />}
            <Stop stop={stop} />
          </Box>
        ))}
      </Group>
      {route.legs.length === 0 && (
        <Text size="xs" c="dimmed">
          {t('routes.chain.noLegs')}
        </Text>
      )}
    </Stack>
  );
}

function Stop({ stop }: { stop: RouteStop }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const roleLabel = t(`routes.chain.${stop.role}`);
  return (
    <Paper withBorder radius="md" px="sm" py={6} maw={240} h="100%" data-stop-role={stop.role}>
      <Badge size="xs" color={ROLE_COLORS[stop.role]} variant="light" tt="none" mb={4}>
        {roleLabel}
      </Badge>
      {'compound' in stop ? (
        <Group gap={6} wrap="nowrap">
          <CompoundsIcon size={14} />
          <Anchor
            component={Link}
            to={recordPath('compound', stop.compound.id) ?? ''}
            size="sm"
            fw={600}
          >
            {stop.compound.name}
          </Anchor>
        </Group>
      ) : (
        <Stack gap={0}>
          <Group gap={6} wrap="nowrap">
            <PinIcon size={14} />
            <ScriptText size="sm" fw={600}>
              {placeName(stop.place, language)}
            </ScriptText>
          </Group>
          <ScriptText size="xs" c="dimmed" lineClamp={2}>
            {placePath(stop.place, language)}
          </ScriptText>
          <Text size="xs" c="dimmed">
            {enumLabel(t, 'placeKind', stop.place.kind)}
          </Text>
        </Stack>
      )}
    </Paper>
  );
}

function Hop({ stop }: { stop: RouteStop }) {
  const { t } = useTranslation();
  const leg = stop.leg;
  return (
    <Stack
      gap={0}
      align="center"
      justify="center"
      px={4}
      miw={70}
      aria-hidden={leg ? undefined : true}
    >
      <ArrowRightIcon size={20} />
      {leg && (
        <>
          <Text size="xs" c="dimmed" ta="center">
            {t('routes.chain.by', { mode: enumLabel(t, 'travelMode', leg.mode) })}
          </Text>
          {leg.broker && (
            <Anchor
              component={Link}
              to={recordPath('broker', leg.broker.id) ?? ''}
              size="xs"
              ta="center"
            >
              {t('routes.chain.via', { broker: leg.broker.label })}
            </Anchor>
          )}
        </>
      )}
    </Stack>
  );
}
