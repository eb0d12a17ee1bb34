import { useListFilter } from '@/hooks/use-list-filter';

import { compoundListFilter } from '../compound-list-filter';

/** Compound-list filters live in the URL so a filtered view can be shared and survives reloads. */
export function useCompoundFilters() {
  return useListFilter(compoundListFilter);
}
