import { keepPreviousData, queryOptions } from '@tanstack/react-query';

import { answer, api } from '@/lib/api';

import { auditKeys, type AuditEventFilter } from './audit-keys';

/** Start (or end) of a local calendar day as an ISO instant, or undefined for an empty/invalid day. */
export function dayBoundary(day: string, edge: 'start' | 'end'): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const date = new Date(`${day}T${edge === 'start' ? '00:00:00.000' : '23:59:59.999'}`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

export function fetchAuditEvents(filter: AuditEventFilter, { signal }: { signal?: AbortSignal }) {
  const query = {
    page: filter.page,
    pageSize: filter.pageSize,
    order: filter.order,
    action: filter.action ?? undefined,
    outcome: filter.outcome ?? undefined,
    actorEmail: filter.actorEmail.trim() || undefined,
    resourceType: filter.resourceType.trim() || undefined,
    from: dayBoundary(filter.from, 'start'),
    to: dayBoundary(filter.to, 'end'),
  };
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
