import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { AuthContext, RequestOrigin } from 'src/common/access/auth-context';
import { AuditService } from 'src/common/audit/audit.service';
import { notFound, type RegistryTable, setArchived } from 'src/common/registry/registry-writes';

/**
 * Archiving is the only deletion of investigative records: soft, audited, reversible by a supervisor.
 * One implementation for every kind, inside the caller's transaction.
 */
@Injectable()
export class RecordArchiveService {
  constructor(private readonly audit: AuditService) {}

  async apply(
    em: EntityManager,
    args: {
      table: RegistryTable;
      resource: string;
      id: string;
      archived: boolean;
      auth: AuthContext;
      origin: RequestOrigin;
    },
  ): Promise<void> {
    const { table, resource, id, archived, auth, origin } = args;
    if (!(await setArchived(em, table, id, archived, auth.user.id))) {
      throw notFound(archived ? `active ${resource}` : `archived ${resource}`);
    }
    // Archived records leave the global search; their keys stay for lists of archived records.
    await em.query(`UPDATE search_entries SET archived = $2 WHERE record_id = $1`, [id, archived]);
    await this.audit.record(em, {
      action: archived ? 'archive' : 'restore',
      outcome: 'success',
      origin,
      actor: auth.user,
      resourceType: resource,
      resourceIds: [id],
    });
  }
}
