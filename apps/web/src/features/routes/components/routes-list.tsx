import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { RoutesIcon } from '@/components/icons';
import { RegistryListLayout } from '@/components/registry-list-layout';
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
  const query = useQuery(routesQueryOptions(filter));

  return (
    <RegistryListLayout
      texts={{
        title: t('routes.title'),
        subtitle: t('routes.subtitle'),
        newLabel: t('routes.new'),
        emptyTitle: t('routes.emptyTitle'),
        emptyArchived: t('routes.emptyArchived'),
        emptyDescription: t('routes.emptyDescription'),
      }}
      newPath="/routes/new"
      icon={<RoutesIcon size={28} />}
      canWrite={canWrite}
      archived={filter.archived}
      hasActiveFilters={hasActiveFilters}
      onReset={reset}
      query={query}
      filters={
        <RouteFilters
          filter={filter}
          hasActiveFilters={hasActiveFilters}
          canSeeArchived={canSeeArchived}
          onChange={update}
          onReset={reset}
        />
      }
      renderTable={(items) => (
        <RoutesTable
          routes={items}
          filter={filter}
          onSort={(sort: RouteSort) => update(nextSort(filter, sort))}
        />
      )}
      onPageChange={(next) => update({ page: next })}
    />
  );
}
