import type { AuditAction, AuditOutcome } from '@khsae/domain';

import type { AuthContext, RequestOrigin } from 'src/common/access/auth-context';

export type AuditRecord = {
  action: AuditAction;
  outcome: AuditOutcome;
  origin: RequestOrigin;
  actor?: AuthContext['user'] | null;
  /** For events with no signed-in actor, such as a failed login: the email that was tried. */
  actorEmail?: string | null;
  resourceType?: string;
  resourceIds?: string[];
  /** Which kinds of sensitive field were read (identity, contact, tipster), never their values. */
  fieldGroups?: string[];
  reason?: string;
  details?: Record<string, unknown>;
};
