import { useListFilter } from '@/hooks/use-list-filter';

import { brokerListFilter } from '../broker-list-filter';

/** Broker-list filters live in the URL so a filtered view can be shared and survives reloads. */
export function useBrokerFilters() {
  return useListFilter(brokerListFilter);
}
