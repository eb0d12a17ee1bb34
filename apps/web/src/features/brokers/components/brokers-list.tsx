import { Alert, Button, Paper } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorAlert } from '@/components/error-alert';
import { ArchiveIcon, BrokersIcon, PlusIcon } from '@/components/icons';
import { ListEmptyState } from '@/components/list-empty-state';
import { PageFooter } from '@/components/page-footer';
import { PageHeader } from '@/components/page-header';
import { nextSort } from '@/lib/list-filter';

import { brokersQueryOptions } from '../api/broker-queries';
import type { BrokerSort } from '../broker-list-filter';
import { useBrokerFilters } from '../hooks/use-broker-filters';
import { BrokerFilters } from './broker-filters';
import { BrokersTable } from './brokers-table';

export type BrokersListProps = {
  canWrite: boolean;
  /** Supervisors (records:restore) may look at archived brokers. */
  canSeeArchived: boolean;
};

export function BrokersList({ canWrite, canSeeArchived }: BrokersListProps) {
  const { t } = useTranslation();
  const { filter, update, reset, hasActiveFilters } = useBrokerFilters();
  const brokers = useQuery(brokersQueryOptions(filter));
  const page = brokers.data;
  const isEmpty = page !== undefined && page.items.length === 0;

  return (
    <>
      <PageHeader
        title={t('brokers.title')}
        description={t('brokers.subtitle')}
        actions={
          canWrite && (
            <Button component={Link} to="/brokers/new" leftSection={<PlusIcon size={16} />}>
              {t('brokers.new')}
            </Button>
          )
        }
      />
      <BrokerFilters
        filter={filter}
        hasActiveFilters={hasActiveFilters}
        canSeeArchived={canSeeArchived}
        onChange={update}
        onReset={reset}
      />
      {filter.archived && (
        <Alert color="gray" variant="light" icon={<ArchiveIcon />} mb="md">
          {t('registry.archivedListHint')}
        </Alert>
      )}
      {brokers.isError && !page ? (
        <ErrorAlert error={brokers.error} onRetry={() => void brokers.refetch()} />
      ) : (
        <Paper
          withBorder
          radius="md"
          p="xs"
          style={{ opacity: brokers.isPlaceholderData ? 0.6 : 1 }}
        >
          {isEmpty ? (
            <ListEmptyState
              icon={<BrokersIcon size={28} />}
              title={t('brokers.emptyTitle')}
              description={
                filter.archived && !hasActiveFilters
                  ? t('brokers.emptyArchived')
                  : t('brokers.emptyDescription')
              }
              onClearFilters={hasActiveFilters ? reset : undefined}
            />
          ) : (
            <BrokersTable
              brokers={page?.items}
              filter={filter}
              onSort={(sort: BrokerSort) => update(nextSort(filter, sort))}
            />
          )}
        </Paper>
      )}
      {brokers.isError && page && (
        <ErrorAlert error={brokers.error} onRetry={() => void brokers.refetch()} />
      )}
      {page && page.total > 0 && (
        <PageFooter
          page={page.page}
          pageSize={page.pageSize}
          total={page.total}
          onPageChange={(next) => update({ page: next })}
        />
      )}
    </>
  );
}
