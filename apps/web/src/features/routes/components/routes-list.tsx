import { Alert, Button, Paper } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorAlert } from '@/components/error-alert';
import { ArchiveIcon, RoutesIcon, PlusIcon } from '@/components/icons';
import { ListEmptyState } from '@/components/list-empty-state';
import { PageFooter } from '@/components/page-footer';
import { PageHeader } from '@/components/page-header';
import { nextSort } from '@/lib/list-filter';

import { routesQueryOptions } from '../api/route-queries';
import type { RouteSort } from '../route-list-filter';
import { useRouteFilters } from '../hooks/use-route-filters';
import { RouteFilters } from './route-filters';
import { RoutesTable } from './routes-table';

export type RoutesListProps = {
  canWrite: boolean;
  /** Supervisors (records:restore) may look at archived routes. */
  canSeeArchived: boolean;
};

export function RoutesList({ canWrite, canSeeArchived }: RoutesListProps) {
  const { t } = useTranslation();
  const { filter, update, reset, hasActiveFilters } = useRouteFilters();
  const routes = useQuery(routesQueryOptions(filter));
  const page = routes.data;
  const isEmpty = page !== undefined && page.items.length === 0;

  return (
    <>
      <PageHeader
        title={t('routes.title')}
        description={t('routes.subtitle')}
        actions={
          canWrite && (
            <Button component={Link} to="/routes/new" leftSection={<PlusIcon size={16} />}>
              {t('routes.new')}
            </Button>
          )
        }
      />
      <RouteFilters
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
      {routes.isError && !page ? (
        <ErrorAlert error={routes.error} onRetry={() => void routes.refetch()} />
      ) : (
        <Paper
          withBorder
          radius="md"
          p="xs"
          style={{ opacity: routes.isPlaceholderData ? 0.6 : 1 }}
        >
          {isEmpty ? (
            <ListEmptyState
              icon={<RoutesIcon size={28} />}
              title={t('routes.emptyTitle')}
              description={
                filter.archived && !hasActiveFilters
                  ? t('routes.emptyArchived')
                  : t('routes.emptyDescription')
              }
              onClearFilters={hasActiveFilters ? reset : undefined}
            />
          ) : (
            <RoutesTable
              routes={page?.items}
              filter={filter}
              onSort={(sort: RouteSort) => update(nextSort(filter, sort))}
            />
          )}
        </Paper>
      )}
      {routes.isError && page && (
        <ErrorAlert error={routes.error} onRetry={() => void routes.refetch()} />
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
