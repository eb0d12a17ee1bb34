import { queryOptions } from '@tanstack/react-query';

import { answer, api } from '@/lib/api';

import {
  graphKeys,
  type KeyPlayersRequest,
  type NeighbourhoodRequest,
  type PathRequest,
} from './graph-keys';

type Signal = { signal?: AbortSignal };

// Graph answers change only when someone records a link; half a minute spares repeated clicks.
const GRAPH_STALE_MS = 30_000;

export function fetchNeighbourhood(query: NeighbourhoodRequest, { signal }: Signal) {
  return answer(api.GET('/api/graph/neighbourhood', { params: { query }, signal }));
}

export function fetchPath(query: PathRequest, { signal }: Signal) {
  return answer(api.GET('/api/graph/path', { params: { query }, signal }));
}

export function fetchKeyPlayers(query: KeyPlayersRequest, { signal }: Signal) {
  return answer(api.GET('/api/graph/key-players', { params: { query }, signal }));
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
      answer(api.GET('/api/graph/village-flows', { params: { query: { placeId } }, signal })),
    staleTime: GRAPH_STALE_MS,
  });
