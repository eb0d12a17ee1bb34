import { Button } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { AdminIcon, PlusIcon } from '@/components/icons';
import { ListEmptyState } from '@/components/list-empty-state';
import { PageHeader } from '@/components/page-header';
import { RecordTable } from '@/components/record-table';
import type { UserAccount } from '@/lib/api-types';
import { currentLanguage } from '@/lib/i18n';
import { nextSort } from '@/lib/list-filter';
import { useListFilter } from '@/lib/use-list-filter';

import { usersQueryOptions } from '../api/user-queries';
import { userListFilter } from '../user-list-filter';
import { CreateUserModal } from './create-user-modal';
import { EditUserModal } from './edit-user-modal';
import { PendingRoleGrants } from './pending-role-grants';
import { ResetPasswordModal } from './reset-password-modal';
import { ToggleUserModal } from './toggle-user-modal';
import { userColumns } from './user-columns';
import { UserFilters } from './user-filters';

export function UsersAdmin() {
  const { t, i18n } = useTranslation();
  const { filter, update, reset, hasActiveFilters } = useListFilter(userListFilter);
  const users = useQuery(usersQueryOptions(filter));
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<UserAccount | null>(null);
  const [toggling, setToggling] = useState<UserAccount | null>(null);
  const [resetting, setResetting] = useState<UserAccount | null>(null);

  return (
    <>
      <PageHeader
        title={t('users.title')}
        description={t('users.subtitle')}
        actions={
          <Button leftSection={<PlusIcon size={16} />} onClick={() => setCreating(true)}>
            {t('users.newUser')}
          </Button>
        }
      />
      <PendingRoleGrants />
      <UserFilters
        filter={filter}
        hasActiveFilters={hasActiveFilters}
        onChange={update}
        onReset={reset}
      />
      <RecordTable
        aria-label={t('users.title')}
        columns={userColumns(t, currentLanguage(i18n), {
          onEdit: setEditing,
          onToggleDisabled: setToggling,
          onResetPassword: setResetting,
        })}
        query={users}
        sort={filter}
        onSort={(sort) => update(nextSort(filter, sort))}
        onPageChange={(page) => update({ page })}
        rowTestId="user-row"
        minWidth={860}
        empty={
          <ListEmptyState
            icon={<AdminIcon size={28} />}
            title={t('users.emptyTitle')}
            description={t('users.emptyDescription')}
            onClearFilters={hasActiveFilters ? reset : undefined}
          />
        }
      />
      <CreateUserModal opened={creating} onClose={() => setCreating(false)} />
      <EditUserModal user={editing} onClose={() => setEditing(null)} />
      <ToggleUserModal user={toggling} onClose={() => setToggling(null)} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </>
  );
}
