import { keepPreviousData, queryOptions } from '@tanstack/react-query';

import type { RegistryApi, RegistryListQuery, RegistryResource } from './registry-api';

/**
 * A record type's query keys: `[root, 'list', filter]` for its lists and `[root, 'detail', id]` for
 * its records, so invalidating the lists never refetches a record's page and the other way round.
 */
export function recordKeys<F>(root: string) {
  const all = [root] as const;
  return {
    all,
    lists: () => [...all, 'list'] as const,
    list: (filter: F) => [...all, 'list', filter] as const,
    details: () => [...all, 'detail'] as const,
    detail: (id: string) => [...all, 'detail', id] as const,
  };
}

export type RecordKeys<F> = ReturnType<typeof recordKeys<F>>;

/** The list and detail queries of a registry resource, over its keys, its calls and its list filter. */
export function recordQueries<R extends RegistryResource, F>(
  keys: RecordKeys<F>,
  api: RegistryApi<R>,
  toQuery: (filter: F) => RegistryListQuery<R>,
) {
  return {
    list: (filter: F) =>
      queryOptions({
        queryKey: keys.list(filter),
        queryFn: ({ signal }) => api.list(toQuery(filter), signal),
        // Keep the old page on screen while the next page or sort loads.
        placeholderData: keepPreviousData,
      }),
    detail: (id: string) =>
      queryOptions({
        queryKey: keys.detail(id),
        queryFn: ({ signal }) => api.get(id, signal),
      }),
  };
}
