import { queryOptions } from '@tanstack/react-query';

import type { GraphPathResult, GraphResult, KeyPlayer, VillageFlow } from '@khsae/domain';

import { apiRequest, type QueryParams } from '@/lib/api-client';

import type { FilterParams } from '../model/graph-filters';

import {
  graphKeys,
  type KeyPlayersRequest,
  type NeighbourhoodRequest,
  type PathRequest,
} from './graph-keys';

type Signal = { signal?: AbortSignal };

// Graph answers change only when someone records a link; half a minute spares repeated clicks.
const GRAPH_STALE_MS = 30_000;

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
