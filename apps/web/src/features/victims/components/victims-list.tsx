import { Alert, Button, Paper } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorAlert } from '@/components/error-alert';
import { ArchiveIcon, VictimsIcon, PlusIcon } from '@/components/icons';
import { ListEmptyState } from '@/components/list-empty-state';
import { PageFooter } from '@/components/page-footer';
import { PageHeader } from '@/components/page-header';
import { nextSort } from '@/lib/list-filter';

import { victimsQueryOptions } from '../api/victim-queries';
import type { VictimSort } from '../victim-list-filter';
import { useVictimFilters } from '../hooks/use-victim-filters';
import { VictimFilters } from './victim-filters';
import { VictimsTable } from './victims-table';

export type VictimsListProps = {
  canWrite: boolean;
  /** Supervisors (records:restore) may look at archived victims. */
  canSeeArchived: boolean;
};

export function VictimsList({ canWrite, canSeeArchived }: VictimsListProps) {
  const { t } = useTranslation();
  const { filter, update, reset, hasActiveFilters } = useVictimFilters();
  const victims = useQuery(victimsQueryOptions(filter));
  const page = victims.data;
  const isEmpty = page !== undefined && page.items.length === 0;

  return (
    <>
      <PageHeader
        title={t('victims.title')}
        description={t('victims.subtitle')}
        actions={
          canWrite && (
            <Button component={Link} to="/victims/new" leftSection={<PlusIcon size={16} />}>
              {t('victims.new')}
            </Button>
          )
        }
      />
      <VictimFilters
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
      {victims.isError && !page ? (
        <ErrorAlert error={victims.error} onRetry={() => void victims.refetch()} />
      ) : (
        <Paper
          withBorder
          radius="md"
          p="xs"
          style={{ opacity: victims.isPlaceholderData ? 0.6 : 1 }}
        >
          {isEmpty ? (
            <ListEmptyState
              icon={<VictimsIcon size={28} />}
              title={t('victims.emptyTitle')}
              description={
                filter.archived && !hasActiveFilters
                  ? t('victims.emptyArchived')
                  : t('victims.emptyDescription')
              }
              onClearFilters={hasActiveFilters ? reset : undefined}
            />
          ) : (
            <VictimsTable
              victims={page?.items}
              filter={filter}
              onSort={(sort: VictimSort) => update(nextSort(filter, sort))}
            />
          )}
        </Paper>
      )}
      {victims.isError && page && (
        <ErrorAlert error={victims.error} onRetry={() => void victims.refetch()} />
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
