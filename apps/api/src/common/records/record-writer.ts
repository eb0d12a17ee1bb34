import type { RecordKind } from '@khsae/domain';
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';

import type { Actor } from 'src/common/access/auth-context';
import { type AuditRecord, AuditService } from 'src/common/audit/audit.service';
import type { RecordTable } from 'src/common/records/record-kinds';
import {
  IF_CHANGED,
  RecordsRepository,
  type SearchEntryInput,
} from 'src/common/records/records.repository';
import { Database, type Tx } from 'src/database/database';

/** What the writer needs to know of a record type; each module declares one for its records. */
export type RecordType<R extends { id: string; archivedAt: Date | null }> = {
  /** The record in audit rows and messages: "broker". */
  name: string;
  table: RecordTable;
  /** The record as it is now, archived or not; null if there is none. */
  find(tx: Tx, id: string): Promise<R | null>;
  /** The body of a 409: the current record as the caller may see it. */
  present(tx: Tx, row: R, actor: Actor): unknown;
  /** The texts the record is found by, with its kind in the search index. */
  search?: { kind: RecordKind; entries(row: R): SearchEntryInput[] };
  /** The ids the audit rows of its creates and updates name (its own alone unless said). */
  resourceIds?(row: R): string[];
};

/** What the audit row of a write says besides who, what and when. */
export type WriteNote = { resourceIds?: string[]; details?: Record<string, unknown> };

export function notFound(what: string): NotFoundException {
  return new NotFoundException(`No ${what} with this id.`);
}

export function staleVersion(what: string, current: unknown): ConflictException {
  return new ConflictException({
    message: `This ${what} was changed by someone else since you opened it. Review the current values and try again.`,
    current,
  });
}

/**
 * The one write path for records: a transaction, the optimistic version check with its 409, the
 * search keys and the audit row. A module supplies the SQL of its own row (its repository) and its
 * rules (its service); throwing anywhere inside rolls everything back.
 *
 * Round trips for a create or an update: BEGIN, the row's statement (which returns what the response
 * needs), one statement for the search keys and the audit row, COMMIT.
 */
@Injectable()
export class RecordWriter {
  constructor(
    private readonly database: Database,
    private readonly records: RecordsRepository,
    private readonly audit: AuditService,
  ) {}

  async create<R extends { id: string; archivedAt: Date | null }>(
    actor: Actor,
    type: RecordType<R>,
    insert: (tx: Tx) => Promise<R>,
    note: WriteNote = {},
  ): Promise<R> {
    return this.database.transaction(async (tx) => {
      const row = await insert(tx);
      await this.settle(tx, actor, type, row, 'create', note);
      return row;
    });
  }

  /**
   * `write` runs the row's optimistic UPDATE and answers null when it matched nothing; the writer
   * then tells a missing or archived record (404) from a stale version (409 with the current record).
   */
  async update<R extends { id: string; archivedAt: Date | null }>(
    actor: Actor,
    type: RecordType<R>,
    id: string,
    changes: { version: number },
    write: (tx: Tx) => Promise<R | null>,
    note: WriteNote = {},
  ): Promise<R> {
    return this.database.transaction(async (tx) => {
      const row = await write(tx);
      if (!row) {
        const current = await type.find(tx, id);
        if (!current) throw notFound(type.name);
        if (current.archivedAt) throw notFound(`active ${type.name}`);
        throw staleVersion(type.name, await type.present(tx, current, actor));
      }
      const changed = Object.keys(changes).filter((k) => k !== 'version');
      await this.settle(tx, actor, type, row, 'update', {
        ...note,
        details: { changed, ...note.details },
      });
      return row;
    });
  }

  /** Archiving is the only deletion of investigative records: soft, audited, reversible by a supervisor. */
  async setArchived<R extends { id: string; archivedAt: Date | null }>(
    actor: Actor,
    type: RecordType<R>,
    id: string,
    archived: boolean,
    note: WriteNote = {},
  ): Promise<R> {
    return this.database.transaction(async (tx) => {
      const audit = this.audit.part(
        {
          action: archived ? 'archive' : 'restore',
          outcome: 'success',
          origin: actor.origin,
          actor: actor.auth.user,
          resourceType: type.name,
          resourceIds: note.resourceIds ?? [id],
          details: note.details,
        },
        IF_CHANGED,
      );
      const changed = await this.records.setArchived(
        tx,
        type.table,
        id,
        archived,
        actor.auth.user.id,
        [audit],
      );
      const row = await type.find(tx, id);
      if (!row) throw notFound(type.name);
      if (!changed) throw notFound(archived ? `active ${type.name}` : `archived ${type.name}`);
      return row;
    });
  }

  /** Runs work that is not a plain create, update or archive in the same kind of transaction. */
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.database.transaction(work);
  }

  /** The search keys and the audit row of a record's write, as one statement inside its transaction. */
  async settle<R extends { id: string; archivedAt: Date | null }>(
    tx: Tx,
    actor: Actor,
    type: RecordType<R>,
    row: R,
    action: 'create' | 'update',
    note: WriteNote = {},
  ): Promise<void> {
    await this.note(
      tx,
      actor,
      {
        action,
        resourceType: type.name,
        resourceIds: note.resourceIds ?? type.resourceIds?.(row) ?? [row.id],
        details: note.details,
      },
      type.search && { kind: type.search.kind, id: row.id, entries: type.search.entries(row) },
    );
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
}
