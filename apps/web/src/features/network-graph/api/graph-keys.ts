import type { PlaceKind, RecordKind } from '@khsae/domain';

import type { FilterParams } from '../model/graph-filters';

export type NeighbourhoodRequest = FilterParams & { seeds: string[]; hops: number; limit: number };
export type PathRequest = FilterParams & { from: string; to: string; maxHops: number };
export type KeyPlayersRequest = FilterParams & { seeds: string[]; hops: number; limit: number };
export type RecordSearchRequest = { q: string; kinds: readonly RecordKind[]; limit: number };
export type AreaSearchRequest = {
  q: string;
  kind: Extract<PlaceKind, 'province' | 'district' | 'commune'>;
};

export const graphKeys = {
  all: ['graph'] as const,
  neighbourhoods: () => [...graphKeys.all, 'neighbourhood'] as const,
  neighbourhood: (request: NeighbourhoodRequest) =>
    [...graphKeys.neighbourhoods(), request] as const,
  paths: () => [...graphKeys.all, 'path'] as const,
  path: (request: PathRequest) => [...graphKeys.paths(), request] as const,
  keyPlayersAll: () => [...graphKeys.all, 'key-players'] as const,
  keyPlayers: (request: KeyPlayersRequest) => [...graphKeys.keyPlayersAll(), request] as const,
  villageFlowsAll: () => [...graphKeys.all, 'village-flows'] as const,
  villageFlows: (placeId: string) => [...graphKeys.villageFlowsAll(), placeId] as const,
  recordSearches: () => [...graphKeys.all, 'record-search'] as const,
  recordSearch: (request: RecordSearchRequest) => [...graphKeys.recordSearches(), request] as const,
  areaSearches: () => [...graphKeys.all, 'area-search'] as const,
  areaSearch: (request: AreaSearchRequest) => [...graphKeys.areaSearches(), request] as const,
};
