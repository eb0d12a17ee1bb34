import type { EntityTarget, ObjectLiteral } from 'typeorm';

import type { RecordStore } from 'src/common/records/record-writer';
import type { RawRow, RecordsRepository } from 'src/common/records/records.repository';
import type { Tx } from 'src/database/database';
import { hydrate, type SqlPart } from 'src/database/statements';

/**
 * The statements of a record type's own row, which a module's repository extends: find, insert and
 * the optimistic update, each returning the row and what else the module's answers need (`extra`,
 * SQL columns over the row, which every statement names `p0`).
 */
export abstract class RecordRows<
  E extends ObjectLiteral & { id: string; archivedAt: Date | null },
  R extends E,
> implements RecordStore<R, Partial<E>> {
  protected constructor(
    protected readonly records: RecordsRepository,
    private readonly entity: EntityTarget<E>,
    private readonly table: string,
  ) {}

  /** SQL columns over the row `p0` that the answers need besides the row (`… AS home_place`). */
  protected abstract extra(): string;

  /** The module's row: the entity and what `extra` returned. */
  protected abstract rowOf(entity: E, raw: RawRow): R;

  protected row(tx: Tx, raw: RawRow): R {
    return this.rowOf(hydrate(tx, this.entity, raw), raw);
  }

  protected get returning(): string {
    const extra = this.extra();
    return extra ? `p0.*, ${extra}` : 'p0.*';
  }

  async find(tx: Tx, id: string): Promise<R | null> {
    const [raw] = await tx.query<RawRow[]>(
      `SELECT ${this.returning} FROM ${this.table} p0 WHERE p0.id = $1`,
      [id],
    );
    return raw ? this.row(tx, raw) : null;
  }

  async insert(tx: Tx, values: Partial<E>, also: SqlPart[] = []): Promise<R> {
    return this.row(tx, await this.records.insert(tx, this.entity, values, this.returning, also));
  }

  async update(
    tx: Tx,
    id: string,
    version: number,
    values: Partial<E>,
    also: SqlPart[] = [],
  ): Promise<R | null> {
    const raw = await this.records.update(
      tx,
      this.entity,
      id,
      version,
      values,
      this.returning,
      also,
    );
    return raw ? this.row(tx, raw) : null;
  }
}
