import { Alert, Badge, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { AlertIcon } from '@/components/icons';
import { RoleBadge } from '@/components/role-badge';
import type { UserAccount } from '@/lib/api-types';
import { formatDateTime } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';

export type UserConflictAlertProps = {
  current: UserAccount;
  onReload: () => void;
};

/** Shown when someone else saved this account first: their values, and a way to start again from them. */
export function UserConflictAlert({ current, onReload }: UserConflictAlertProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<AlertIcon />}
      title={t('users.conflict.title')}
      role="alert"
    >
      <Stack gap="sm">
        <Text size="sm">{t('users.conflict.description')}</Text>
        <SimpleGrid cols={2} spacing="xs" verticalSpacing={6} data-testid="conflict-current">
          <Text size="sm" c="dimmed">
            {t('users.form.displayName')}
          </Text>
          <Text size="sm" fw={500}>
            {current.displayName}
          </Text>
          <Text size="sm" c="dimmed">
            {t('users.form.role')}
          </Text>
          <div>
            <RoleBadge role={current.role} />
          </div>
          <Text size="sm" c="dimmed">
            {t('users.columns.status')}
          </Text>
          <div>
            <Badge
              color={current.disabled ? 'gray' : 'green'}
              variant="dot"
              tt="none"
              style={{ minWidth: 'max-content' }}
            >
              {current.disabled ? t('users.disabled') : t('users.active')}
            </Badge>
          </div>
          <Text size="sm" c="dimmed">
            {t('users.conflict.updatedAt')}
          </Text>
          <Text size="sm">{formatDateTime(current.updatedAt, language) ?? t('common.none')}</Text>
        </SimpleGrid>
        <Group>
          <Button size="xs" color="orange" onClick={onReload}>
            {t('users.conflict.reload')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
