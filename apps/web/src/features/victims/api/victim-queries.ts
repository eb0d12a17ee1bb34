import { keepPreviousData, queryOptions } from '@tanstack/react-query';

import type { Victim, VictimIdentity } from '@khsae/domain';

import { apiRequest } from '@/lib/api-client';
import { registryApi } from '@/lib/registry-api';

import type { VictimListFilter } from '../victim-list-filter';
import { victimKeys } from './victim-keys';

export const victimsApi = registryApi<Victim>('victims');

export function victimListQuery(filter: VictimListFilter) {
  return {
    page: filter.page,
    pageSize: filter.pageSize,
    sort: filter.sort,
    order: filter.order,
    q: filter.q.trim(),
    status: filter.status,
    sex: filter.sex,
    ageBand: filter.ageBand,
    exploitationType: filter.exploitationType,
    homePlaceId: filter.homePlaceId,
    recruitedFrom: filter.recruitedFrom,
    recruitedTo: filter.recruitedTo,
    archived: filter.archived || undefined,
  };
}

export const victimsQueryOptions = (filter: VictimListFilter) =>
  queryOptions({
    queryKey: victimKeys.list(filter),
    queryFn: ({ signal }) => victimsApi.list(victimListQuery(filter), signal),
    placeholderData: keepPreviousData,
  });

export const victimQueryOptions = (id: string) =>
  queryOptions({
    queryKey: victimKeys.detail(id),
    queryFn: ({ signal }) => victimsApi.get(id, signal),
  });

export function fetchVictimIdentity(
  id: string,
  { signal }: { signal?: AbortSignal },
): Promise<VictimIdentity> {
  return apiRequest<VictimIdentity>(`/victims/${encodeURIComponent(id)}/identity`, { signal });
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
