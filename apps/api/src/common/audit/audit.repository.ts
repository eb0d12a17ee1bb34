import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { AuditRecord } from 'src/common/audit/audit-record';
import type { Tx } from 'src/database/database';
import { runParts, shifted, type SqlPart } from 'src/database/statements';

// Column and type: parameters of INSERT … SELECT need their types spelled out.
const COLUMNS = [
  ['action', 'text'],
  ['outcome', 'text'],
  ['request_id', 'text'],
  ['client_ip', 'text'],
  ['user_agent', 'text'],
  ['actor_user_id', 'uuid'],
  ['actor_email', 'text'],
  ['actor_role', 'text'],
  ['resource_type', 'text'],
  ['resource_ids', 'text[]'],
  ['field_groups', 'text[]'],
  ['reason', 'text'],
  ['details', 'jsonb'],
] as const;

/** The only writer of audit_events, an append-only table (a trigger refuses UPDATE, DELETE, TRUNCATE). */
@Injectable()
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The INSERT of one audit row, to run alone or inside another statement. `onlyIf` is an SQL
   * condition with its own parameters; `ofRow` names the resources by an SQL array over the statement's row `p0` (whose id
   * the database assigns), and writes the row only if p0 has one.
   */
  insertPart(event: AuditRecord, options: { onlyIf?: SqlPart; ofRow?: string } = {}): SqlPart {
    const params = [
      event.action,
      event.outcome,
      event.origin.requestId,
      event.origin.clientIp,
      event.origin.userAgent,
      event.actor?.id ?? null,
      event.actor?.email ?? event.actorEmail ?? null,
      event.actor?.role ?? null,
      event.resourceType ?? null,
      event.resourceIds ?? [],
      event.fieldGroups ?? [],
      event.reason ?? null,
      JSON.stringify(event.details ?? {}),
    ];
    const values = COLUMNS.map(([column, type], i) =>
      column === 'resource_ids' && options.ofRow
        ? `(${options.ofRow})::text[] || $${i + 1}::text[]`
        : `$${i + 1}::${type}`,
    ).join(', ');
    const columns = COLUMNS.map(([column]) => column).join(', ');
    const from = options.ofRow ? ' FROM p0' : '';
    const where = options.onlyIf ? ` WHERE ${shifted(options.onlyIf, params.length)}` : '';
    return {
      sql: `INSERT INTO audit_events (${columns}) SELECT ${values}${from}${where}`,
      params: [...params, ...(options.onlyIf?.params ?? [])],
    };
  }

  async insert(tx: Tx, event: AuditRecord): Promise<void> {
    await runParts(tx, [], this.insertPart(event));
  }

  /** In a transaction of its own, for events with no action to join (denials, failed sign-ins). */
  async insertAlone(event: AuditRecord): Promise<void> {
    await this.dataSource.transaction((tx) => this.insert(tx, event));
  }
}
