import { Alert, Button, Paper } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorAlert } from '@/components/error-alert';
import { ArchiveIcon, CompoundsIcon, PlusIcon } from '@/components/icons';
import { ListEmptyState } from '@/components/list-empty-state';
import { PageFooter } from '@/components/page-footer';
import { PageHeader } from '@/components/page-header';
import { nextSort } from '@/lib/list-filter';

import { compoundsQueryOptions } from '../api/compound-queries';
import type { CompoundSort } from '../compound-list-filter';
import { useCompoundFilters } from '../hooks/use-compound-filters';
import { CompoundFilters } from './compound-filters';
import { CompoundsTable } from './compounds-table';

export type CompoundsListProps = {
  canWrite: boolean;
  /** Supervisors (records:restore) may look at archived compounds. */
  canSeeArchived: boolean;
};

export function CompoundsList({ canWrite, canSeeArchived }: CompoundsListProps) {
  const { t } = useTranslation();
  const { filter, update, reset, hasActiveFilters } = useCompoundFilters();
  const compounds = useQuery(compoundsQueryOptions(filter));
  const page = compounds.data;
  const isEmpty = page !== undefined && page.items.length === 0;

  return (
    <>
      <PageHeader
        title={t('compounds.title')}
        description={t('compounds.subtitle')}
        actions={
          canWrite && (
            <Button component={Link} to="/compounds/new" leftSection={<PlusIcon size={16} />}>
              {t('compounds.new')}
            </Button>
          )
        }
      />
      <CompoundFilters
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
      {compounds.isError && !page ? (
        <ErrorAlert error={compounds.error} onRetry={() => void compounds.refetch()} />
      ) : (
        <Paper
          withBorder
          radius="md"
          p="xs"
          style={{ opacity: compounds.isPlaceholderData ? 0.6 : 1 }}
        >
          {isEmpty ? (
            <ListEmptyState
              icon={<CompoundsIcon size={28} />}
              title={t('compounds.emptyTitle')}
              description={
                filter.archived && !hasActiveFilters
                  ? t('compounds.emptyArchived')
                  : t('compounds.emptyDescription')
              }
              onClearFilters={hasActiveFilters ? reset : undefined}
            />
          ) : (
            <CompoundsTable
              compounds={page?.items}
              filter={filter}
              onSort={(sort: CompoundSort) => update(nextSort(filter, sort))}
            />
          )}
        </Paper>
      )}
      {compounds.isError && page && (
        <ErrorAlert error={compounds.error} onRetry={() => void compounds.refetch()} />
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
