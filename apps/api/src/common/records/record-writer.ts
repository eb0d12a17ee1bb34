import type { RecordKind } from '@khsae/domain';
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';

import type { Actor } from 'src/common/access/auth-context';
import { type AuditRecord, AuditService } from 'src/common/audit/audit.service';
import { sqlStateOf } from 'src/common/errors/database-errors';
import { type FieldProblem, fieldErrors } from 'src/common/errors/field-errors';
import type { RecordTable } from 'src/common/records/record-kinds';
import {
  RecordsRepository,
  type SearchEntryInput,
  type SearchField,
} from 'src/common/records/records.repository';
import { Database, type Tx } from 'src/database/database';
import type { SqlPart } from 'src/database/statements';

type Row = { id: string; archivedAt: Date | null };

/** A record another record refers to, named by the request's field; `problem` when it is not in use. */
export type Reference = { field: string; kind: RecordKind; id: string; problem?: string };

/** The statements of a record's own row, which its repository implements. */
export type RecordStore<R extends Row, V extends object> = {
  /** The record as it is now, archived or not; null if there is none. */
  find(tx: Tx, id: string): Promise<R | null>;
  /** INSERT … RETURNING what the response needs, with `also` in the same statement (the row is p0). */
  insert(tx: Tx, values: V, also: SqlPart[]): Promise<R>;
  /** The optimistic UPDATE … RETURNING, with `also`; null when it matched nothing. */
  update(
    tx: Tx,
    id: string,
    version: number,
    values: Partial<V>,
    also: SqlPart[],
  ): Promise<R | null>;
};

/**
 * What the writer needs to know of a record type; each module declares one for its records. `V` is
 * what a write sets: the entity's properties, and for some types more (a route's legs).
 */
export type RecordType<R extends Row, V extends object> = {
  /** The record in audit rows and messages: "broker". */
  name: string;
  table: RecordTable;
  /** Its repository. */
  store: RecordStore<R, V>;
  /** The body of a 409: the current record as the caller may see it. */
  present(tx: Tx, row: R, actor: Actor): unknown;
  /**
   * The texts a record is found by: each searchable property with what it is, and the column of the
   * code the database assigns (keyed when the record is created).
   */
  search?: {
    kind: RecordKind;
    fields: Partial<Record<keyof V & string, SearchField>>;
    code?: { column: string; property: string };
  };
  /** The records a write's values refer to: each must exist and be in use, or a 400 names its field. */
  references?(values: Partial<V>): Reference[];
  /** SQL over the written row `p0`: the ids its audit rows name (default: its own). */
  auditIds?: string;
};

/** What the audit row of a write says besides who, what and when. */
export type WriteNote = { details?: Record<string, unknown> };

/** A write's options: `prepare` runs first, in the write's transaction (reads a rule needs). */
export type WriteOptions = WriteNote & { prepare?: (tx: Tx) => Promise<void> };

export function notFound(what: string): NotFoundException {
  return new NotFoundException(`No ${what} with this id.`);
}

export function staleVersion(what: string, current: unknown): ConflictException {
  return new ConflictException({
    message: `This ${what} was changed by someone else since you opened it. Review the current values and try again.`,
    current,
  });
}

/** A property's value as texts to find the record by (a list gives one text per entry). */
function texts(value: unknown): (string | null)[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [typeof value === 'string' ? value : null];
}

/**
 * The one write path for records: the row, its search keys, its audit row and the check of the
 * records it refers to in one statement (so atomic without BEGIN and COMMIT); the optimistic version
 * check with its 409. A module supplies the SQL of its own row (its repository) and its rules (its
 * service, before the write or in `prepare`, which makes the write a transaction).
 *
 * Round trips for a create or an update: one; the check of the records it refers to is in it.
 */
@Injectable()
export class RecordWriter {
  constructor(
    private readonly database: Database,
    private readonly records: RecordsRepository,
    private readonly audit: AuditService,
  ) {}

  async create<R extends Row, V extends object>(
    actor: Actor,
    type: RecordType<R, V>,
    values: V,
    options: WriteOptions = {},
  ): Promise<R> {
    const references = type.references?.(values) ?? [];
    return this.run(options, references, async (tx) => {
      const also = [
        ...this.searchParts(type, values, true),
        this.auditPart(actor, type, 'create', references, options.details),
      ];
      return type.store.insert(tx, values, also);
    });
  }

  /**
   * Sets `values` if the record still has `version`; otherwise tells a missing or archived record
   * (404) from a stale version (409 with the current record as the caller may see it).
   */
  async update<R extends Row, V extends object>(
    actor: Actor,
    type: RecordType<R, V>,
    id: string,
    version: number,
    values: Partial<V>,
    options: WriteOptions = {},
  ): Promise<R> {
    const references = type.references?.(values) ?? [];
    return this.run(options, references, async (tx) => {
      const changed = Object.keys(values).filter(
        (k) => (values as Record<string, unknown>)[k] !== undefined,
      );
      const also = [
        ...this.searchParts(type, values, false),
        this.auditPart(actor, type, 'update', references, { changed, ...options.details }),
      ];
      const row = await type.store.update(tx, id, version, values, also);
      if (row) return row;
      const current = await type.store.find(tx, id);
      if (!current) throw notFound(type.name);
      if (current.archivedAt) throw notFound(`active ${type.name}`);
      throw staleVersion(type.name, await type.present(tx, current, actor));
    });
  }

  /** Archiving is the only deletion of investigative records: soft, audited, reversible by a supervisor. */
  async setArchived<R extends Row, V extends object>(
    actor: Actor,
    type: RecordType<R, V>,
    id: string,
    archived: boolean,
  ): Promise<R> {
    const audit = this.audit.part(
      {
        action: archived ? 'archive' : 'restore',
        outcome: 'success',
        origin: actor.origin,
        actor: actor.auth.user,
        resourceType: type.name,
      },
      { ofRow: type.auditIds ?? 'ARRAY[p0.id]' },
    );
    const pool = this.database.pool;
    const changed = await this.records.setArchived(
      pool,
      type.table,
      id,
      archived,
      actor.auth.user.id,
      [audit],
    );
    const row = await type.store.find(pool, id);
    if (!row) throw notFound(type.name);
    if (!changed) throw notFound(archived ? `active ${type.name}` : `archived ${type.name}`);
    return row;
  }

  /** Runs work that is not a plain create, update or archive in the same kind of transaction. */
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.database.transaction(work);
  }

  /**
   * The audit row of any successful action, and the search keys it changed, as one statement in the
   * caller's transaction (for writes that are not a record's own row, such as a victim's identity).
   */
  async note(
    tx: Tx,
    actor: Actor,
    event: Pick<AuditRecord, 'action' | 'resourceType' | 'resourceIds' | 'fieldGroups' | 'details'>,
    search?: { kind: RecordKind; id: string; entries: SearchEntryInput[] },
  ): Promise<void> {
    const keys = search ? this.records.searchParts(search.kind, search.id, search.entries) : [];
    await this.records.run(tx, [
      ...keys,
      this.audit.part({
        ...event,
        outcome: 'success',
        origin: actor.origin,
        actor: actor.auth.user,
      }),
    ]);
  }

  /**
   * One statement needs no transaction; a write with reads before it does. A write whose statement
   * stopped on its references' check (SQLSTATE 22012) answers a 400 naming each field at fault.
   */
  private async run<T>(
    options: WriteOptions,
    references: Reference[],
    work: (tx: Tx) => Promise<T>,
  ): Promise<T> {
    const { prepare } = options;
    try {
      if (!prepare) return await work(this.database.pool);
      return await this.database.transaction(async (tx) => {
        await prepare(tx);
        return work(tx);
      });
    } catch (err) {
      if (references.length && sqlStateOf(err) === '22012') {
        await this.checkReferences(this.database.pool, references);
      }
      throw err;
    }
  }

  /** Every record referred to exists and is in use, or one 400 names each field that is not. */
  private async checkReferences(tx: Tx, references: Reference[]): Promise<void> {
    const found = await this.records.describe(tx, references, true);
    const active = new Set(found.map((r) => `${r.kind}:${r.id}`));
    const problems: FieldProblem[] = references
      .filter((r) => !active.has(`${r.kind}:${r.id}`))
      .map((r) => ({ field: r.field, problem: r.problem ?? `no such ${r.kind}` }));
    if (problems.length) throw fieldErrors(problems);
  }

  private searchParts<R extends Row, V extends object>(
    type: RecordType<R, V>,
    values: Partial<V>,
    created: boolean,
  ): SqlPart[] {
    if (!type.search) return [];
    const entries: SearchEntryInput[] = [];
    for (const [property, field] of Object.entries(type.search.fields) as [string, SearchField][]) {
      const value = (values as Record<string, unknown>)[property];
      if (value === undefined) continue;
      // An empty list still names its source, so that its old keys go.
      for (const text of texts(value).concat(null)) entries.push({ field, source: property, text });
    }
    const code = created && type.search.code;
    return this.records.rowSearchParts(
      type.search.kind,
      entries,
      code ? { column: code.column, source: code.property } : undefined,
    );
  }

  /** The write's audit row, which also holds the check of the records it refers to. */
  private auditPart<R extends Row, V extends object>(
    actor: Actor,
    type: RecordType<R, V>,
    action: 'create' | 'update',
    references: Reference[],
    details?: Record<string, unknown>,
  ): SqlPart {
    return this.audit.part(
      {
        action,
        outcome: 'success',
        origin: actor.origin,
        actor: actor.auth.user,
        resourceType: type.name,
        details,
      },
      {
        ofRow: type.auditIds ?? 'ARRAY[p0.id]',
        onlyIf: references.length ? this.records.referencesPart(references) : undefined,
      },
    );
  }
}
