import { Button, Group, Text } from '@mantine/core';
import type { TFunction } from 'i18next';

import type { UserSort } from '@khsae/domain';

import type { RecordColumn } from '@/components/record-table';
import { RoleBadge } from '@/components/role-badge';
import type { UserAccount } from '@/lib/api-types';
import { formatDateTime } from '@/lib/format';
import type { Language } from '@/lib/i18n';

import { UserStatusBadge } from './user-status-badge';

export type UserActions = {
  onEdit: (user: UserAccount) => void;
  onToggleDisabled: (user: UserAccount) => void;
  onResetPassword: (user: UserAccount) => void;
};

export function userColumns(
  t: TFunction,
  language: Language,
  { onEdit, onToggleDisabled, onResetPassword }: UserActions,
): RecordColumn<UserAccount, UserSort>[] {
  return [
    {
      key: 'displayName',
      sort: 'displayName',
      label: t('users.columns.displayName'),
      cell: (user) => (
        <Text size="sm" fw={500}>
          {user.displayName}
        </Text>
      ),
    },
    {
      key: 'email',
      sort: 'email',
      label: t('users.columns.email'),
      cell: (user) => <Text size="sm">{user.email}</Text>,
    },
    {
      key: 'role',
      sort: 'role',
      label: t('users.columns.role'),
      cell: (user) => <RoleBadge role={user.role} />,
    },
    {
      key: 'status',
      label: t('users.columns.status'),
      cell: (user) => <UserStatusBadge disabled={user.disabled} />,
    },
    {
      key: 'lastLoginAt',
      sort: 'lastLoginAt',
      label: t('users.columns.lastLoginAt'),
      cell: (user) => (
        <Text
          size="sm"
          c={user.lastLoginAt ? undefined : 'dimmed'}
          style={{ whiteSpace: 'nowrap' }}
        >
          {formatDateTime(user.lastLoginAt, language) ?? t('common.never')}
        </Text>
      ),
    },
    {
      key: 'createdAt',
      sort: 'createdAt',
      label: t('users.columns.createdAt'),
      cell: (user) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatDateTime(user.createdAt, language) ?? t('common.none')}
        </Text>
      ),
    },
    {
      key: 'actions',
      label: t('common.actions'),
      cell: (user) => (
        <Group gap={4} wrap="nowrap">
          <Button
            size="xs"
            variant="subtle"
            onClick={() => onEdit(user)}
            aria-label={t('users.editLabel', { name: user.displayName })}
          >
            {t('users.edit')}
          </Button>
          <Button
            size="xs"
            variant="subtle"
            color={user.disabled ? 'green' : 'red'}
            onClick={() => onToggleDisabled(user)}
            aria-label={
              user.disabled
                ? t('users.enableLabel', { name: user.displayName })
                : t('users.disableLabel', { name: user.displayName })
            }
          >
            {user.disabled ? t('users.enable') : t('users.disable')}
          </Button>
          <Button
            size="xs"
            variant="subtle"
            onClick={() => onResetPassword(user)}
            aria-label={t('users.resetLabel', { name: user.displayName })}
          >
            {t('users.resetPassword')}
          </Button>
        </Group>
      ),
    },
  ];
}
