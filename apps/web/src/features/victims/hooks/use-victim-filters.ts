import { useListFilter } from '@/hooks/use-list-filter';

import { victimListFilter } from '../victim-list-filter';

/** Victim-list filters live in the URL so a filtered view can be shared and survives reloads. */
export function useVictimFilters() {
  return useListFilter(victimListFilter);
}
