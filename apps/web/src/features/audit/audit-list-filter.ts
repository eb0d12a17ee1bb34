import { AUDIT_ACTIONS, AUDIT_OUTCOMES } from '@khsae/domain';

import {
  dayParam,
  defineListFilter,
  enumParam,
  textParam,
  type ParamCodec,
} from '@/lib/list-filter';

/** Start (or end) of a local calendar day as an ISO instant, or undefined for an empty/invalid day. */
export function dayBoundary(day: string, edge: 'start' | 'end'): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const date = new Date(`${day}T${edge === 'start' ? '00:00:00.000' : '23:59:59.999'}`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** A calendar day in the user's time zone, sent as the instant it starts or ends. */
const dayEdgeParam = (edge: 'start' | 'end'): ParamCodec<string> => ({
  ...dayParam,
  query: (day) => dayBoundary(day, edge),
});

/** The trail is in time order only: the sort is always `occurredAt`, the order the user's. */
export const auditListFilter = defineListFilter({
  sorts: ['occurredAt'] as const,
  sort: 'occurredAt',
  order: 'desc',
  params: {
    action: enumParam(AUDIT_ACTIONS),
    outcome: enumParam(AUDIT_OUTCOMES),
    actorEmail: textParam,
    resourceType: textParam,
    from: dayEdgeParam('start'),
    to: dayEdgeParam('end'),
  },
});

export type AuditEventFilter = typeof auditListFilter.defaults;
