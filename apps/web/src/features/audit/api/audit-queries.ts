import { keepPreviousData, queryOptions } from '@tanstack/react-query';

import { answer, api } from '@/lib/api';

import { auditListFilter, type AuditEventFilter } from '../audit-list-filter';
import { auditKeys } from './audit-keys';

export function fetchAuditEvents(filter: AuditEventFilter, { signal }: { signal?: AbortSignal }) {
  // The endpoint sorts by time alone and takes only the order.
  const { sort: _sort, ...query } = auditListFilter.toQuery(filter);
  return answer(api.GET('/api/audit-events', { params: { query }, signal }));
}

export const auditEventsQueryOptions = (filter: AuditEventFilter) =>
  queryOptions({
    queryKey: auditKeys.list(filter),
    queryFn: ({ signal }) => fetchAuditEvents(filter, { signal }),
    placeholderData: keepPreviousData,
    // The trail grows constantly; a short stale time keeps it close to live.
    staleTime: 10_000,
  });

/** Walks the audit trail's hash chain on the server: ok, or the first row whose link does not hold. */
export function fetchAuditChain() {
  return answer(api.GET('/api/audit-events/chain'));
}
