import { keepPreviousData, queryOptions } from '@tanstack/react-query';

import { SEARCH_MIN_LENGTH, type Page, type Place } from '@khsae/domain';

import { apiRequest } from '@/lib/api-client';

import { placeKeys, type PlaceSearch } from './place-keys';

export const PLACE_PICKER_LIMIT = 15;

export function fetchPlaces(
  search: PlaceSearch,
  { signal }: { signal?: AbortSignal },
): Promise<Page<Place>> {
  return apiRequest<Page<Place>>('/places', {
    signal,
    query: { q: search.q.trim(), kind: search.kind, pageSize: PLACE_PICKER_LIMIT },
  });
}

export function fetchPlace(id: string, { signal }: { signal?: AbortSignal }): Promise<Place> {
  return apiRequest<Place>(`/places/${encodeURIComponent(id)}`, { signal });
}

/** Places whose name starts with or resembles `q` (Khmer or Latin); only from two letters on. */
export const placeSearchQueryOptions = (search: PlaceSearch) =>
  queryOptions({
    queryKey: placeKeys.search(search),
    queryFn: ({ signal }) => fetchPlaces(search, { signal }),
    enabled: search.q.trim().length >= SEARCH_MIN_LENGTH,
    placeholderData: keepPreviousData,
    // The gazetteer hardly changes.
    staleTime: 5 * 60_000,
  });

export const placeQueryOptions = (id: string) =>
  queryOptions({
    queryKey: placeKeys.detail(id),
    queryFn: ({ signal }) => fetchPlace(id, { signal }),
    staleTime: 5 * 60_000,
  });
