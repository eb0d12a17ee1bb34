import { keepPreviousData, queryOptions } from '@tanstack/react-query';

import type { Link, Page } from '@khsae/domain';

import { apiRequest } from '@/lib/api-client';

import { linkKeys, type RecordLinksFilter } from './link-keys';

export function fetchRecordLinks(
  filter: RecordLinksFilter,
  { signal }: { signal?: AbortSignal },
): Promise<Page<Link>> {
  return apiRequest<Page<Link>>('/links', {
    signal,
    query: {
      recordId: filter.recordId,
      page: filter.page,
      pageSize: filter.pageSize,
      sort: 'createdAt',
      order: 'desc',
    },
  });
}

/** The links from or to one record, newest first. */
export const recordLinksQueryOptions = (filter: RecordLinksFilter) =>
  queryOptions({
    queryKey: linkKeys.list(filter),
    queryFn: ({ signal }) => fetchRecordLinks(filter, { signal }),
    placeholderData: keepPreviousData,
  });
