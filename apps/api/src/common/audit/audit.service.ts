import { Injectable } from '@nestjs/common';

import { AuditRepository } from 'src/common/audit/audit.repository';
import type { AuditRecord } from 'src/common/audit/audit-record';
import type { Tx } from 'src/database/database';
import type { SqlPart } from 'src/database/statements';

export type { AuditRecord } from 'src/common/audit/audit-record';

/**
 * Writes the audit trail. `record` joins the caller's transaction, so the audit row and the action
 * commit or fail together; `part` joins the caller's statement; `recordAlone` is for events with no
 * action to join (denials, failed logins).
 */
@Injectable()
export class AuditService {
  constructor(private readonly audit: AuditRepository) {}

  record(tx: Tx, event: AuditRecord): Promise<void> {
    return this.audit.insert(tx, event);
  }

  part(event: AuditRecord, options: { onlyIf?: SqlPart; ofRow?: string } = {}): SqlPart {
    return this.audit.insertPart(event, options);
  }

  recordAlone(event: AuditRecord): Promise<void> {
    return this.audit.insertAlone(event);
  }
}
