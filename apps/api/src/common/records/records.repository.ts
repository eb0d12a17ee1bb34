import { type RecordKind, searchKey } from '@khsae/domain';
import { Injectable } from '@nestjs/common';
import type { EntityTarget, ObjectLiteral } from 'typeorm';

import { RecordKinds, type RecordTable } from 'src/common/records/record-kinds';
import type { Tx } from 'src/database/database';
import { columnsOf, runParts, type SqlPart } from 'src/database/statements';

/** What a search key is to the person who finds a record by it. */
export type SearchField = 'name' | 'alias' | 'code' | 'identifier' | 'identity_name' | 'address';

/** A text a record is found by, what it is, and the property of the record it was made from. */
export type SearchEntryInput = {
  field: SearchField;
  /** The property (nameLatin, aliases, …): a write replaces the keys of the properties it sets. */
  source: string;
  text: string | null | undefined;
  /** Victim names: searched only for callers who may read identities. */
  restricted?: boolean;
};

/** The keys of entries that have text, as the search compares them. */
function keyed(entries: SearchEntryInput[]) {
  return entries
    .map((e) => ({ ...e, text: e.text?.trim() ?? '' }))
    .filter((e) => e.text !== '')
    .map((e) => ({ ...e, key: searchKey(e.text) }))
    .filter((e) => e.key.length > 0);
}

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
   * (the audit row, over the changed row `p0`) is written: one statement. False if the record was
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
                 WHERE id = $1 AND archived_at IS NULL RETURNING *`,
          params: [id, actorId],
        }
      : {
          sql: `UPDATE ${table} SET archived_at = NULL, archived_by = NULL, version = version + 1, updated_at = now()
                 WHERE id = $1 AND archived_at IS NOT NULL AND $2::uuid IS NOT NULL RETURNING *`,
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
   * Replaces a record's search keys from the sources `entries` speak of (an entry with no text clears
   * its source): parts to run in one statement. Keys of an archived record stay out of the global
   * search.
   */
  searchParts(kind: RecordKind, recordId: string, entries: SearchEntryInput[]): SqlPart[] {
    const sources = [...new Set(entries.map((e) => e.source))];
    if (!sources.length) return [];
    const rows = keyed(entries);
    const parts: SqlPart[] = [
      {
        sql: `DELETE FROM search_entries WHERE record_id = $1 AND source = ANY($2::text[])`,
        params: [recordId, sources],
      },
    ];
    if (rows.length) {
      parts.push({
        sql: `INSERT INTO search_entries (record_kind, record_id, field, source, text, key, restricted, archived)
              SELECT $1::record_kind, $2::uuid, f, s, t, k, r,
                     EXISTS (SELECT 1 FROM ${this.kinds.get(kind).table} WHERE id = $2::uuid AND archived_at IS NOT NULL)
                FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::boolean[]) AS x(f, s, t, k, r)`,
        params: [
          kind,
          recordId,
          rows.map((r) => r.field),
          rows.map((r) => r.source),
          rows.map((r) => r.text),
          rows.map((r) => r.key),
          rows.map((r) => r.restricted ?? false),
        ],
      });
    }
    return parts;
  }

  /**
   * The search keys of a record written by the same statement (its row is `p0`): the keys of the
   * sources `entries` speak of are replaced, and a code the database assigns (`code`, a column of p0)
   * is keyed in SQL. Codes are ASCII (B-0042): lower-cased without punctuation, as `searchKey` does.
   */
  rowSearchParts(
    kind: RecordKind,
    entries: SearchEntryInput[],
    code?: { column: string; source: string },
  ): SqlPart[] {
    const sources = [...new Set(entries.map((e) => e.source))];
    const rows = keyed(entries);
    const parts: SqlPart[] = [];
    if (sources.length) {
      parts.push({
        sql: `DELETE FROM search_entries WHERE record_id IN (SELECT id FROM p0) AND source = ANY($1::text[])`,
        params: [sources],
      });
    }
    if (rows.length) {
      parts.push({
        sql: `INSERT INTO search_entries (record_kind, record_id, field, source, text, key)
              SELECT $1::record_kind, p0.id, f, s, t, k
                FROM p0, unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS x(f, s, t, k)`,
        params: [
          kind,
          rows.map((r) => r.field),
          rows.map((r) => r.source),
          rows.map((r) => r.text),
          rows.map((r) => r.key),
        ],
      });
    }
    if (code) {
      parts.push({
        sql: `INSERT INTO search_entries (record_kind, record_id, field, source, text, key)
              SELECT $1::record_kind, p0.id, 'code', $2, p0.${code.column},
                     lower(regexp_replace(p0.${code.column}, '[^A-Za-z0-9]', '', 'g'))
                FROM p0`,
        params: [kind, code.source],
      });
    }
    return parts;
  }

  /**
   * SQL that holds only if every referenced record exists and is not archived, and otherwise stops the
   * statement it is in (division by zero, SQLSTATE 22012): put it where the statement evaluates it
   * (the audit row's condition), so that a write and the check of what it refers to are one statement.
   */
  referencesPart(references: { kind: RecordKind; id: string }[]): SqlPart {
    const params: unknown[] = [];
    const counts = [...new Set(references.map((r) => r.kind))].map((kind) => {
      const ids = [...new Set(references.filter((r) => r.kind === kind).map((r) => r.id))];
      return `(SELECT count(*) FROM ${this.kinds.get(kind).table}
                WHERE id = ANY($${params.push(ids)}::uuid[]) AND archived_at IS NULL) = ${ids.length}`;
    });
    return { sql: `1 / (CASE WHEN ${counts.join(' AND ')} THEN 1 ELSE 0 END) = 1`, params };
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
