import type { FilterParams } from '../model/graph-filters';

export type NeighbourhoodRequest = FilterParams & { seeds: string[]; hops: number; limit: number };
export type PathRequest = FilterParams & { from: string; to: string; maxHops: number };
export type KeyPlayersRequest = FilterParams & { seeds: string[]; hops: number; limit: number };

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
};
