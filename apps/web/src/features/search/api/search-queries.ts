import { keepPreviousData, queryOptions } from '@tanstack/react-query';

import { SEARCH_MIN_LENGTH, type SearchResult } from '@khsae/domain';

import { apiRequest } from '@/lib/api-client';

import { searchKeys, type SearchRequest } from './search-keys';

export function fetchSearch(
  request: SearchRequest,
  { signal }: { signal?: AbortSignal },
): Promise<SearchResult[]> {
  return apiRequest<SearchResult[]>('/search', {
    signal,
    query: { q: request.q.trim(), kinds: request.kinds.join(','), limit: request.limit },
  });
}

/** Records matching `q` (names in either script, codes, identifiers), only from two letters on. */
export const searchQueryOptions = (request: SearchRequest) =>
  queryOptions({
    queryKey: searchKeys.result(request),
    queryFn: ({ signal }) => fetchSearch(request, { signal }),
    enabled: request.q.trim().length >= SEARCH_MIN_LENGTH,
    placeholderData: keepPreviousData,
    // Records change while people work; a few seconds spare repeated keystrokes only.
    staleTime: 5_000,
  });
