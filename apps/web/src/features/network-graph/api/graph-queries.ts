import { keepPreviousData, queryOptions } from '@tanstack/react-query';

import {
  SEARCH_MIN_LENGTH,
  type GraphPathResult,
  type GraphResult,
  type KeyPlayer,
  type Page,
  type Place,
  type SearchResult,
  type VillageFlow,
} from '@khsae/domain';

import { apiRequest, type QueryParams } from '@/lib/api-client';

import type { FilterParams } from '../model/graph-filters';

import {
  graphKeys,
  type AreaSearchRequest,
  type KeyPlayersRequest,
  type NeighbourhoodRequest,
  type PathRequest,
  type RecordSearchRequest,
} from './graph-keys';

type Signal = { signal?: AbortSignal };

// Graph answers change only when someone records a link; half a minute spares repeated clicks.
const GRAPH_STALE_MS = 30_000;
export const AREA_PICKER_LIMIT = 15;

function filterQuery(filters: FilterParams): QueryParams {
  return {
    kinds: filters.kinds?.join(','),
    linkTypes: filters.linkTypes?.join(','),
    confidence: filters.confidence?.join(','),
    since: filters.since,
    until: filters.until,
  };
}

export function fetchNeighbourhood(request: NeighbourhoodRequest, { signal }: Signal) {
  return apiRequest<GraphResult>('/graph/neighborhood', {
    signal,
    query: {
      seeds: request.seeds.join(','),
      hops: request.hops,
      limit: request.limit,
      ...filterQuery(request),
    },
  });
}

export function fetchPath(request: PathRequest, { signal }: Signal) {
  return apiRequest<GraphPathResult>('/graph/path', {
    signal,
    query: {
      from: request.from,
      to: request.to,
      maxHops: request.maxHops,
      ...filterQuery(request),
    },
  });
}

export type KeyPlayersResult = { graph: GraphResult; players: KeyPlayer[] };

export function fetchKeyPlayers(request: KeyPlayersRequest, { signal }: Signal) {
  return apiRequest<KeyPlayersResult>('/graph/key-players', {
    signal,
    query: {
      seeds: request.seeds.join(','),
      hops: request.hops,
      limit: request.limit,
      ...filterQuery(request),
    },
  });
}

export const neighbourhoodQueryOptions = (request: NeighbourhoodRequest) =>
  queryOptions({
    queryKey: graphKeys.neighbourhood(request),
    queryFn: ({ signal }) => fetchNeighbourhood(request, { signal }),
    staleTime: GRAPH_STALE_MS,
  });

export const pathQueryOptions = (request: PathRequest) =>
  queryOptions({
    queryKey: graphKeys.path(request),
    queryFn: ({ signal }) => fetchPath(request, { signal }),
    staleTime: GRAPH_STALE_MS,
  });

export const keyPlayersQueryOptions = (request: KeyPlayersRequest) =>
  queryOptions({
    queryKey: graphKeys.keyPlayers(request),
    queryFn: ({ signal }) => fetchKeyPlayers(request, { signal }),
    staleTime: GRAPH_STALE_MS,
  });

export const villageFlowsQueryOptions = (placeId: string) =>
  queryOptions({
    queryKey: graphKeys.villageFlows(placeId),
    queryFn: ({ signal }) =>
      apiRequest<VillageFlow>('/graph/village-flows', { signal, query: { placeId } }),
    staleTime: GRAPH_STALE_MS,
  });

/** Records to put on the canvas, matched by name in either script, code or identifier. */
export const recordSearchQueryOptions = (request: RecordSearchRequest) =>
  queryOptions({
    queryKey: graphKeys.recordSearch(request),
    queryFn: ({ signal }) =>
      apiRequest<SearchResult[]>('/search', {
        signal,
        query: { q: request.q.trim(), kinds: request.kinds.join(','), limit: request.limit },
      }),
    enabled: request.q.trim().length >= SEARCH_MIN_LENGTH,
    placeholderData: keepPreviousData,
    staleTime: 5_000,
  });

/** Provinces, districts or communes for the village-flows area picker. */
export const areaSearchQueryOptions = (request: AreaSearchRequest) =>
  queryOptions({
    queryKey: graphKeys.areaSearch(request),
    queryFn: ({ signal }) =>
      apiRequest<Page<Place>>('/places', {
        signal,
        query: { q: request.q.trim(), kind: request.kind, pageSize: AREA_PICKER_LIMIT },
      }),
    enabled: request.q.trim().length >= SEARCH_MIN_LENGTH,
    placeholderData: keepPreviousData,
    // The gazetteer hardly changes.
    staleTime: 5 * 60_000,
  });
