import type { AuditAction, AuditOutcome } from '@khsae/domain';

export type AuditEventFilter = {
  page: number;
  pageSize: number;
  order: 'asc' | 'desc';
  action: AuditAction | null;
  outcome: AuditOutcome | null;
  actorEmail: string;
  resourceType: string;
  /** Calendar days (YYYY-MM-DD) in the user's time zone. */
  from: string;
  to: string;
};

export const auditKeys = {
  all: ['audit-events'] as const,
  lists: () => [...auditKeys.all, 'list'] as const,
  list: (filter: AuditEventFilter) => [...auditKeys.lists(), filter] as const,
};
