import { type RecordKind, searchKey } from '@khsae/domain';
import { Injectable } from '@nestjs/common';
import type { EntityTarget, ObjectLiteral } from 'typeorm';

import { RecordKinds, type RecordTable } from 'src/common/records/record-kinds';
import type { Tx } from 'src/database/database';
import { columnsOf, runParts, type SqlPart } from 'src/database/statements';

/** A text a record is found by, and what it is (a name, an alias, a code, …). */
export type SearchEntryInput = {
  field: 'name' | 'alias' | 'code' | 'identifier' | 'identity_name' | 'address';
  text: string | null | undefined;
  /** Victim names: searched only for callers who may read identities. */
  restricted?: boolean;
};

/** For parts run with `setArchived`: true only when the record did change state. */
export const IF_CHANGED = 'EXISTS (SELECT 1 FROM p0)';

/** A row as PostgreSQL returns it: snake_case columns. */
export type RawRow = Record<string, unknown>;

/**
 * The SQL every record type shares: insert and optimistic update returning the row, archive and
 * restore, the search keys, and how records are labelled and checked across kinds. Column names come
 * from code, never from a request; values are always parameters.
 */
@Injectable()
export class RecordsRepository {
  constructor(private readonly kinds: RecordKinds) {}

  /**
   * INSERT … RETURNING `returning` (the row, and whatever else the caller's response needs). `also`
   * writes rows that belong to the record (a route's legs) in the same statement: each part reads the
   * new row from `p0` and is itself `p1`, `p2`, … to `returning`.
   */
  async insert<E extends ObjectLiteral>(
    tx: Tx,
    entity: EntityTarget<E>,
    values: Partial<E>,
    returning = '*',
    also: SqlPart[] = [],
  ): Promise<RawRow> {
    const { table, columns } = columnsOf(tx, entity, values);
    const names = columns.map(([column]) => column).join(', ');
    const placeholders = columns.map((_, i) => `$${i + 1}`).join(', ');
    const row: SqlPart = {
      sql: columns.length
        ? `INSERT INTO ${table} (${names}) VALUES (${placeholders}) RETURNING *`
        : `INSERT INTO ${table} DEFAULT VALUES RETURNING *`,
      params: columns.map(([, value]) => value),
    };
    const rows = await runParts<RawRow>(tx, [row, ...also], {
      sql: `SELECT ${returning} FROM p0`,
      params: [],
    });
    return rows[0]!;
  }

  /**
   * Optimistic locking: sets the properties given only if the active row still has the version the
   * caller read, and bumps it. Null when nothing matched (stale version, archived or missing). `also`
   * as for `insert`: its parts find no row in `p0` when nothing matched.
   */
  async update<E extends ObjectLiteral>(
    tx: Tx,
    entity: EntityTarget<E>,
    id: string,
    version: number,
    values: Partial<E>,
    returning = '*',
    also: SqlPart[] = [],
  ): Promise<RawRow | null> {
    const { table, columns } = columnsOf(tx, entity, values);
    const params: unknown[] = [id, version];
    const assignments = columns.map(([column, value]) => `${column} = $${params.push(value)}`);
    // Wrapped in a SELECT: the driver answers a bare UPDATE with a row count beside the rows.
    const rows = await runParts<RawRow>(
      tx,
      [
        {
          sql: `UPDATE ${table} SET ${[...assignments, 'version = version + 1', 'updated_at = now()'].join(', ')}
                 WHERE id = $1 AND version = $2 AND archived_at IS NULL RETURNING *`,
          params,
        },
        ...also,
      ],
      { sql: `SELECT ${returning} FROM p0`, params: [] },
    );
    return rows[0] ?? null;
  }

  /**
   * Archives or restores a record, its search keys leave or rejoin the global search, and `also`
   * (the audit row, written only `IF_CHANGED`) is written: one statement. False if the record was
   * not in the opposite state.
   */
  async setArchived(
    tx: Tx,
    table: RecordTable,
    id: string,
    archived: boolean,
    actorId: string,
    also: SqlPart[],
  ): Promise<boolean> {
    const change: SqlPart = archived
      ? {
          sql: `UPDATE ${table} SET archived_at = now(), archived_by = $2, version = version + 1, updated_at = now()
                 WHERE id = $1 AND archived_at IS NULL RETURNING id`,
          params: [id, actorId],
        }
      : {
          sql: `UPDATE ${table} SET archived_at = NULL, archived_by = NULL, version = version + 1, updated_at = now()
                 WHERE id = $1 AND archived_at IS NOT NULL AND $2::uuid IS NOT NULL RETURNING id`,
          params: [id, actorId],
        };
    const keys: SqlPart = {
      sql: `UPDATE search_entries SET archived = $2 WHERE record_id = $1 AND EXISTS (SELECT 1 FROM p0)`,
      params: [id, archived],
    };
    const rows = await runParts(tx, [change, keys, ...also], {
      sql: 'SELECT id FROM p0',
      params: [],
    });
    return rows.length === 1;
  }

  /**
   * Replaces a record's search keys for the fields `entries` speak of (an entry with no text clears
   * its field): parts to run in the writer's statement. Keys of an archived record stay out of the
   * global search.
   */
  searchParts(kind: RecordKind, recordId: string, entries: SearchEntryInput[]): SqlPart[] {
    const fields = [...new Set(entries.map((e) => e.field))];
    if (!fields.length) return [];
    const rows = entries
      .map((e) => ({ ...e, text: e.text?.trim() ?? '' }))
      .filter((e) => e.text !== '')
      .map((e) => ({ ...e, key: searchKey(e.text) }))
      .filter((e) => e.key.length > 0);
    const parts: SqlPart[] = [
      {
        sql: `DELETE FROM search_entries WHERE record_id = $1 AND field = ANY($2::text[])`,
        params: [recordId, fields],
      },
    ];
    if (rows.length) {
      parts.push({
        sql: `INSERT INTO search_entries (record_kind, record_id, field, text, key, restricted, archived)
              SELECT $1::record_kind, $2::uuid, f, t, k, r,
                     EXISTS (SELECT 1 FROM ${this.kinds.get(kind).table} WHERE id = $2::uuid AND archived_at IS NOT NULL)
                FROM unnest($3::text[], $4::text[], $5::text[], $6::boolean[]) AS x(f, t, k, r)`,
        params: [
          kind,
          recordId,
          rows.map((r) => r.field),
          rows.map((r) => r.text),
          rows.map((r) => r.key),
          rows.map((r) => r.restricted ?? false),
        ],
      });
    }
    return parts;
  }

  /** Runs parts (search keys, audit rows) as one statement. */
  async run(tx: Tx, parts: SqlPart[]): Promise<void> {
    if (parts.length) await runParts(tx, parts);
  }

  /**
   * Label, sublabel, category, code and whether archived, of records of any kinds, in one statement.
   * With `activeOnly`, archived records are left out.
   */
  async describe(
    tx: Tx,
    records: { kind: RecordKind; id: string }[],
    activeOnly = false,
  ): Promise<
    {
      kind: RecordKind;
      id: string;
      label: string;
      sublabel: string | null;
      category: string | null;
      code: string | null;
      archived: boolean;
    }[]
  > {
    const kinds = [...new Set(records.map((r) => r.kind))];
    if (!kinds.length) return [];
    const params: unknown[] = [];
    const selects = kinds.map((kind) => {
      const spec = this.kinds.get(kind);
      const ids = records.filter((r) => r.kind === kind).map((r) => r.id);
      return `SELECT '${kind}' AS kind, id, ${spec.label} AS label, ${spec.sublabel} AS sublabel,
                     ${spec.category} AS category, ${spec.code ?? 'NULL'}::text AS code,
                     archived_at IS NOT NULL AS archived
                FROM ${spec.table} WHERE id = ANY($${params.push(ids)}::uuid[])
                ${activeOnly ? 'AND archived_at IS NULL' : ''}`;
    });
    return tx.query(selects.join(' UNION ALL '), params);
  }

  /**
   * Holds a record's row until the transaction ends, so that writers of what belongs to it take turns.
   * Whether it is archived; null when there is no such record.
   */
  async lock(tx: Tx, kind: RecordKind, id: string): Promise<{ archived: boolean } | null> {
    const [row] = await tx.query<{ archived: boolean }[]>(
      `SELECT archived_at IS NOT NULL AS archived FROM ${this.kinds.get(kind).table} WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return row ?? null;
  }

  /** The ids among `ids` of active (not archived) records of a kind. */
  async activeIds(tx: Tx, kind: RecordKind, ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows = await tx.query<{ id: string }[]>(
      `SELECT id FROM ${this.kinds.get(kind).table} WHERE id = ANY($1::uuid[]) AND archived_at IS NULL`,
      [ids],
    );
    return new Set(rows.map((r) => r.id));
  }
}
