import { keepPreviousData, queryOptions } from '@tanstack/react-query';

import { answer, api } from '@/lib/api';

import { linkKeys, type RecordLinksFilter } from './link-keys';

export function fetchRecordLinks(filter: RecordLinksFilter, { signal }: { signal?: AbortSignal }) {
  const query = { ...filter, sort: 'createdAt', order: 'desc' } as const;
  return answer(api.GET('/api/links', { params: { query }, signal }));
}

/** The links from or to one record, newest first. */
export const recordLinksQueryOptions = (filter: RecordLinksFilter) =>
  queryOptions({
    queryKey: linkKeys.list(filter),
    queryFn: ({ signal }) => fetchRecordLinks(filter, { signal }),
    placeholderData: keepPreviousData,
  });
