import { keepPreviousData, queryOptions } from '@tanstack/react-query';

import { SEARCH_MIN_LENGTH, type RecordKind } from '@khsae/domain';

import { answer, api } from '@/lib/api';

/** Records of the given kinds matching `q`: names in either script, codes, identifiers; `offset` pages. */
export type SearchRequest = {
  q: string;
  kinds: readonly RecordKind[];
  limit: number;
  offset?: number;
};

export const searchKeys = {
  all: ['search'] as const,
  results: () => [...searchKeys.all, 'results'] as const,
  result: (request: SearchRequest) => [...searchKeys.results(), request] as const,
};

function fetchSearch(request: SearchRequest, signal: AbortSignal) {
  const query = {
    q: request.q.trim(),
    kinds: [...request.kinds],
    limit: request.limit,
    offset: request.offset || undefined,
  };
  return answer(api.GET('/api/search', { params: { query }, signal }));
}

/** The header search, the record picker and the graph's record search; only from two letters on. */
export const searchQueryOptions = (request: SearchRequest) =>
  queryOptions({
    queryKey: searchKeys.result(request),
    queryFn: ({ signal }) => fetchSearch(request, signal),
    enabled: request.q.trim().length >= SEARCH_MIN_LENGTH,
    placeholderData: keepPreviousData,
    // Records change while people work; a few seconds spare repeated keystrokes only.
    staleTime: 5_000,
  });
