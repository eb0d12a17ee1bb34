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
  'request_role',
  'approve_role',
  'decline_role',
  'issue_reset_code',
  'redeem_reset_code',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_OUTCOMES = ['success', 'denied', 'failure'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];
