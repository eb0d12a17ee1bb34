import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { CompoundsIcon } from '@/components/icons';
import { RegistryListLayout } from '@/components/registry-list-layout';
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
  const query = useQuery(compoundsQueryOptions(filter));

  return (
    <RegistryListLayout
      texts={{
        title: t('compounds.title'),
        subtitle: t('compounds.subtitle'),
        newLabel: t('compounds.new'),
        emptyTitle: t('compounds.emptyTitle'),
        emptyArchived: t('compounds.emptyArchived'),
        emptyDescription: t('compounds.emptyDescription'),
      }}
      newPath="/compounds/new"
      icon={<CompoundsIcon size={28} />}
      canWrite={canWrite}
      archived={filter.archived}
      hasActiveFilters={hasActiveFilters}
      onReset={reset}
      query={query}
      filters={
        <CompoundFilters
          filter={filter}
          hasActiveFilters={hasActiveFilters}
          canSeeArchived={canSeeArchived}
          onChange={update}
          onReset={reset}
        />
      }
      renderTable={(items) => (
        <CompoundsTable
          compounds={items}
          filter={filter}
          onSort={(sort: CompoundSort) => update(nextSort(filter, sort))}
        />
      )}
      onPageChange={(next) => update({ page: next })}
    />
  );
}
