import { useTranslation } from 'react-i18next';

import { ConflictAlert } from '@/components/conflict-alert';
import { RoleBadge } from '@/components/role-badge';
import type { UserAccount } from '@/lib/api-types';
import { formatDateTime } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';

import { UserStatusBadge } from './user-status-badge';

export type UserConflictAlertProps = {
  current: UserAccount;
  onReload: () => void;
};

/** Shown when someone else saved this account first: their values, and a way to start again from them. */
export function UserConflictAlert({ current, onReload }: UserConflictAlertProps) {
  const { t, i18n } = useTranslation();
  return (
    <ConflictAlert
      texts={{
        title: t('users.conflict.title'),
        description: t('users.conflict.description'),
        reload: t('registry.conflictReload'),
      }}
      current={[
        { key: 'displayName', label: t('users.form.displayName'), value: current.displayName },
        { key: 'role', label: t('users.form.role'), value: <RoleBadge role={current.role} /> },
        {
          key: 'status',
          label: t('users.columns.status'),
          value: <UserStatusBadge disabled={current.disabled} />,
        },
        {
          key: 'updatedAt',
          label: t('registry.updatedAt'),
          value: formatDateTime(current.updatedAt, currentLanguage(i18n)),
        },
      ]}
      onReload={onReload}
    />
  );
}
