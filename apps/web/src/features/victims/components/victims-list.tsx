import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { VictimsIcon } from '@/components/icons';
import { RegistryListLayout } from '@/components/registry-list-layout';
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
  const query = useQuery(victimsQueryOptions(filter));

  return (
    <RegistryListLayout
      texts={{
        title: t('victims.title'),
        subtitle: t('victims.subtitle'),
        newLabel: t('victims.new'),
        emptyTitle: t('victims.emptyTitle'),
        emptyArchived: t('victims.emptyArchived'),
        emptyDescription: t('victims.emptyDescription'),
      }}
      newPath="/victims/new"
      icon={<VictimsIcon size={28} />}
      canWrite={canWrite}
      archived={filter.archived}
      hasActiveFilters={hasActiveFilters}
      onReset={reset}
      query={query}
      filters={
        <VictimFilters
          filter={filter}
          hasActiveFilters={hasActiveFilters}
          canSeeArchived={canSeeArchived}
          onChange={update}
          onReset={reset}
        />
      }
      renderTable={(items) => (
        <VictimsTable
          victims={items}
          filter={filter}
          onSort={(sort: VictimSort) => update(nextSort(filter, sort))}
        />
      )}
      onPageChange={(next) => update({ page: next })}
    />
  );
}
