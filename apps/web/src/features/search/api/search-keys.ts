import type { RecordKind } from '@khsae/domain';

export type SearchRequest = { q: string; kinds: readonly RecordKind[]; limit: number };

export const searchKeys = {
  all: ['search'] as const,
  results: () => [...searchKeys.all, 'results'] as const,
  result: (request: SearchRequest) => [...searchKeys.results(), request] as const,
};
