import { useListFilter } from '@/hooks/use-list-filter';

import { routeListFilter } from '../route-list-filter';

/** Route-list filters live in the URL so a filtered view can be shared and survives reloads. */
export function useRouteFilters() {
  return useListFilter(routeListFilter);
}
