import type { PlaceKind } from '@khsae/domain';

export type PlaceSearch = { q: string; kind: PlaceKind | null };

export const placeKeys = {
  all: ['places'] as const,
  searches: () => [...placeKeys.all, 'search'] as const,
  search: (search: PlaceSearch) => [...placeKeys.searches(), search] as const,
  details: () => [...placeKeys.all, 'detail'] as const,
  detail: (id: string) => [...placeKeys.details(), id] as const,
};
