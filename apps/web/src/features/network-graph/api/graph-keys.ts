import type { operations } from '@khsae/api-client';

export type NeighbourhoodRequest = operations['getNeighbourhood']['parameters']['query'];
export type PathRequest = operations['getPath']['parameters']['query'];
export type KeyPlayersRequest = operations['getKeyPlayers']['parameters']['query'];

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
