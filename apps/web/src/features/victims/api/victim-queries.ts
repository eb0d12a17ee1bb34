import { queryOptions } from '@tanstack/react-query';

import { answer, api } from '@/lib/api';
import { recordQueries } from '@/lib/record-queries';
import { registryApi } from '@/lib/registry-api';

import { victimListFilter } from '../victim-list-filter';
import { victimKeys } from './victim-keys';

export const victimsApi = registryApi('victims');

const queries = recordQueries(victimKeys, victimsApi, victimListFilter.toQuery);
export const victimsQueryOptions = queries.list;
export const victimQueryOptions = queries.detail;

export function fetchVictimIdentity(id: string, { signal }: { signal?: AbortSignal }) {
  return answer(api.GET('/api/victims/{id}/identity', { params: { path: { id } }, signal }));
}

/**
 * A victim's identity. Every read is audited, so it is read once per explicit "Show identity" and
 * never kept: nothing stale, no cache after the panel closes, no re-read on focus or reconnect.
 */
export const victimIdentityQueryOptions = (id: string) =>
  queryOptions({
    queryKey: victimKeys.identity(id),
    queryFn: ({ signal }) => fetchVictimIdentity(id, { signal }),
    staleTime: 0,
    gcTime: 0,
    retry: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    refetchOnMount: false,
  });
