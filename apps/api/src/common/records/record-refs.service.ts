import type { RecordKind } from '@khsae/domain';
import { Injectable } from '@nestjs/common';

import { RecordsRepository } from 'src/common/records/records.repository';
import type { Tx } from 'src/database/database';
import type { RecordRefDto } from 'src/common/records/record-ref.dto';

export const refKey = (kind: RecordKind, id: string) => `${kind}:${id}`;

export type RecordDescription = RecordRefDto & {
  category: string | null;
  code: string | null;
  archived: boolean;
};

/**
 * How records of any kind are referred to elsewhere (links, search results, shared identifiers, the
 * graph), in the words each kind's own module declared. A victim is referred to by its code only.
 */
@Injectable()
export class RecordRefsService {
  constructor(private readonly records: RecordsRepository) {}

  /** References for many records at once, in one statement. Missing records are left out. */
  async resolve(
    tx: Tx,
    records: { kind: RecordKind; id: string }[],
  ): Promise<Map<string, RecordRefDto>> {
    const rows = await this.records.describe(tx, records);
    return new Map(
      rows.map((r) => [
        refKey(r.kind, r.id),
        { kind: r.kind, id: r.id, label: r.label, sublabel: r.sublabel },
      ]),
    );
  }

  /** References with each record's category and code, and whether it is archived. */
  async describe(
    tx: Tx,
    records: { kind: RecordKind; id: string }[],
  ): Promise<Map<string, RecordDescription>> {
    const rows = await this.records.describe(tx, records);
    return new Map(rows.map((r) => [refKey(r.kind, r.id), r]));
  }

  /** References with each record's category (for styling), of active records only. */
  async describeActive(
    tx: Tx,
    records: { kind: RecordKind; id: string }[],
  ): Promise<Map<string, RecordDescription>> {
    const rows = await this.records.describe(tx, records, true);
    return new Map(rows.map((r) => [refKey(r.kind, r.id), r]));
  }

  /** Whether a record exists and is not archived. */
  async isActive(tx: Tx, kind: RecordKind, id: string): Promise<boolean> {
    return (await this.records.activeIds(tx, kind, [id])).has(id);
  }

  /**
   * Holds a record's row until the transaction ends (writers of what belongs to it take turns).
   * Whether it is archived; null when there is no such record.
   */
  lock(tx: Tx, kind: RecordKind, id: string): Promise<{ archived: boolean } | null> {
    return this.records.lock(tx, kind, id);
  }

  /** The ids among `ids` of active records of a kind. */
  activeIds(tx: Tx, kind: RecordKind, ids: string[]): Promise<Set<string>> {
    return this.records.activeIds(tx, kind, ids);
  }
}
