import { keepPreviousData, queryOptions } from '@tanstack/react-query';

import { SEARCH_MIN_LENGTH, type PlaceKind } from '@khsae/domain';

import { answer, api } from '@/lib/api';

/** Places whose name starts with or resembles `q`, of one kind or any. */
export type PlaceSearch = { q: string; kind: PlaceKind | null };

/** Options a place search lists (the place picker, the village-flows area picker). */
export const PLACE_SEARCH_LIMIT = 15;
// The gazetteer hardly changes.
const GAZETTEER_STALE_MS = 5 * 60_000;

export const placeKeys = {
  all: ['places'] as const,
  searches: () => [...placeKeys.all, 'search'] as const,
  search: (search: PlaceSearch) => [...placeKeys.searches(), search] as const,
  details: () => [...placeKeys.all, 'detail'] as const,
  detail: (id: string) => [...placeKeys.details(), id] as const,
};

function fetchPlaces(search: PlaceSearch, signal: AbortSignal) {
  const query = {
    q: search.q.trim(),
    kind: search.kind ?? undefined,
    pageSize: PLACE_SEARCH_LIMIT,
  };
  return answer(api.GET('/api/places', { params: { query }, signal }));
}

function fetchPlace(id: string, signal: AbortSignal) {
  return answer(api.GET('/api/places/{id}', { params: { path: { id } }, signal }));
}

/** Places matching `q` in Khmer or Latin script; only from two letters on. */
export const placeSearchQueryOptions = (search: PlaceSearch) =>
  queryOptions({
    queryKey: placeKeys.search(search),
    queryFn: ({ signal }) => fetchPlaces(search, signal),
    enabled: search.q.trim().length >= SEARCH_MIN_LENGTH,
    placeholderData: keepPreviousData,
    staleTime: GAZETTEER_STALE_MS,
  });

export const placeQueryOptions = (id: string) =>
  queryOptions({
    queryKey: placeKeys.detail(id),
    queryFn: ({ signal }) => fetchPlace(id, signal),
    staleTime: GAZETTEER_STALE_MS,
  });
