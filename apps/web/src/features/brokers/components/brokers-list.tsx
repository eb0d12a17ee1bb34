import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { BrokersIcon } from '@/components/icons';
import { RegistryListLayout } from '@/components/registry-list-layout';
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
  const query = useQuery(brokersQueryOptions(filter));

  return (
    <RegistryListLayout
      texts={{
        title: t('brokers.title'),
        subtitle: t('brokers.subtitle'),
        newLabel: t('brokers.new'),
        emptyTitle: t('brokers.emptyTitle'),
        emptyArchived: t('brokers.emptyArchived'),
        emptyDescription: t('brokers.emptyDescription'),
      }}
      newPath="/brokers/new"
      icon={<BrokersIcon size={28} />}
      canWrite={canWrite}
      archived={filter.archived}
      hasActiveFilters={hasActiveFilters}
      onReset={reset}
      query={query}
      filters={
        <BrokerFilters
          filter={filter}
          hasActiveFilters={hasActiveFilters}
          canSeeArchived={canSeeArchived}
          onChange={update}
          onReset={reset}
        />
      }
      renderTable={(items) => (
        <BrokersTable
          brokers={items}
          filter={filter}
          onSort={(sort: BrokerSort) => update(nextSort(filter, sort))}
        />
      )}
      onPageChange={(next) => update({ page: next })}
    />
  );
}
