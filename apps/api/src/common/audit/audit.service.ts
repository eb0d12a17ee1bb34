import type { AuditAction, AuditOutcome } from '@khsae/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { AuthContext, RequestOrigin } from 'src/common/access/auth-context';
import { AuditEventEntity } from 'src/common/audit/audit-event.entity';

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

/**
 * Writes the audit trail. `record` joins the caller's transaction, so the audit row and the action
 * commit or fail together; `recordAlone` is for events with no action to join (denials, failed logins).
 */
@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  async record(em: EntityManager, event: AuditRecord): Promise<void> {
    await em.insert(AuditEventEntity, {
      action: event.action,
      outcome: event.outcome,
      requestId: event.origin.requestId,
      clientIp: event.origin.clientIp,
      userAgent: event.origin.userAgent,
      actorUserId: event.actor?.id ?? null,
      actorEmail: event.actor?.email ?? event.actorEmail ?? null,
      actorRole: event.actor?.role ?? null,
      resourceType: event.resourceType ?? null,
      resourceIds: event.resourceIds ?? [],
      fieldGroups: event.fieldGroups ?? [],
      reason: event.reason ?? null,
      details: (event.details ?? {}) as AuditEventEntity['details'] & object,
    });
  }

  async recordAlone(event: AuditRecord): Promise<void> {
    await this.dataSource.transaction((em) => this.record(em, event));
  }
}
