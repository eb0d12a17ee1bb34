/** What an audit event records; reads of sensitive records use `read_sensitive`. */
export const AUDIT_ACTIONS = [
  'login',
  'login_failed',
  'login_rate_limited',
  'logout',
  'access_denied',
  'create',
  'update',
  'archive',
  'restore',
  'read_sensitive',
  'export',
  'assign',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_OUTCOMES = ['success', 'denied', 'failure'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];
