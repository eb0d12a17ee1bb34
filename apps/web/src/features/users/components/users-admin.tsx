import { Button, EmptyState, Paper } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { UserSort } from '@khsae/domain';

import { ErrorAlert } from '@/components/error-alert';
import { AdminIcon, PlusIcon } from '@/components/icons';
import { PageFooter } from '@/components/page-footer';
import { PageHeader } from '@/components/page-header';
import type { UserAccount } from '@/lib/api-types';

import { usersQueryOptions } from '../api/user-queries';
import { useUserFilters } from '../hooks/use-user-filters';
import { CreateUserModal } from './create-user-modal';
import { EditUserModal } from './edit-user-modal';
import { ToggleUserModal } from './toggle-user-modal';
import { UserFilters } from './user-filters';
import { UsersTable } from './users-table';

export function UsersAdmin() {
  const { t } = useTranslation();
  const { filter, update, reset, hasActiveFilters } = useUserFilters();
  const users = useQuery(usersQueryOptions(filter));
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<UserAccount | null>(null);
  const [toggling, setToggling] = useState<UserAccount | null>(null);

  function handleSort(sort: UserSort) {
    const order = filter.sort === sort && filter.order === 'asc' ? 'desc' : 'asc';
    update({ sort, order });
  }

  const page = users.data;
  const isEmpty = page !== undefined && page.items.length === 0;

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
      <UserFilters
        filter={filter}
        hasActiveFilters={hasActiveFilters}
        onChange={update}
        onReset={reset}
      />
      {users.isError && !page ? (
        <ErrorAlert error={users.error} onRetry={() => void users.refetch()} />
      ) : (
        <Paper withBorder radius="md" p="xs" style={{ opacity: users.isPlaceholderData ? 0.6 : 1 }}>
          {isEmpty ? (
            <EmptyState py="xl" withIndicatorBackground>
              <EmptyState.Indicator>
                <AdminIcon size={28} />
              </EmptyState.Indicator>
              <EmptyState.Title order={2}>{t('users.emptyTitle')}</EmptyState.Title>
              <EmptyState.Description>{t('users.emptyDescription')}</EmptyState.Description>
              {hasActiveFilters && (
                <EmptyState.Actions>
                  <Button variant="light" onClick={reset}>
                    {t('common.clearFilters')}
                  </Button>
                </EmptyState.Actions>
              )}
            </EmptyState>
          ) : (
            <UsersTable
              users={page?.items}
              filter={filter}
              onSort={handleSort}
              onEdit={setEditing}
              onToggleDisabled={setToggling}
            />
          )}
        </Paper>
      )}
      {users.isError && page && (
        <ErrorAlert error={users.error} onRetry={() => void users.refetch()} />
      )}
      {page && page.total > 0 && (
        <PageFooter
          page={page.page}
          pageSize={page.pageSize}
          total={page.total}
          onPageChange={(next) => update({ page: next })}
        />
      )}
      <CreateUserModal opened={creating} onClose={() => setCreating(false)} />
      <EditUserModal user={editing} onClose={() => setEditing(null)} />
      <ToggleUserModal user={toggling} onClose={() => setToggling(null)} />
    </>
  );
}
