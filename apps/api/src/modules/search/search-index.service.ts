import { type RecordKind, searchKey } from '@khsae/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export type SearchEntryInput = {
  field: 'name' | 'alias' | 'code' | 'identifier' | 'identity_name' | 'address';
  text: string | null | undefined;
  /** Victim names: searched only for callers who may read identities. */
  restricted?: boolean;
};

/** Keeps search_entries in step with the records, inside the writer's transaction. */
@Injectable()
export class SearchIndexService {
  async replace(
    em: EntityManager,
    kind: RecordKind,
    recordId: string,
    entries: SearchEntryInput[],
    fields?: SearchEntryInput['field'][],
  ): Promise<void> {
    const only = fields ?? [...new Set(entries.map((e) => e.field))];
    if (only.length) {
      await em.query(`DELETE FROM search_entries WHERE record_id = $1 AND field = ANY($2)`, [
        recordId,
        only,
      ]);
    }
    const rows = entries
      .map((e) => ({ ...e, text: e.text?.trim() ?? '' }))
      .filter((e) => e.text !== '')
      .map((e) => ({ ...e, key: searchKey(e.text) }))
      .filter((e) => e.key.length > 0);
    if (!rows.length) return;
    await em.query(
      `INSERT INTO search_entries (record_kind, record_id, field, text, key, restricted)
       SELECT $1::record_kind, $2::uuid, f, t, k, r
         FROM unnest($3::text[], $4::text[], $5::text[], $6::boolean[]) AS x(f, t, k, r)`,
      [
        kind,
        recordId,
        rows.map((r) => r.field),
        rows.map((r) => r.text),
        rows.map((r) => r.key),
        rows.map((r) => r.restricted ?? false),
      ],
    );
  }

  /** Archived records drop out of the global search; their keys stay for lists of archived records. */
  async setArchived(em: EntityManager, recordId: string, archived: boolean): Promise<void> {
    await em.query(`UPDATE search_entries SET archived = $2 WHERE record_id = $1`, [
      recordId,
      archived,
    ]);
  }

  async remove(
    em: EntityManager,
    recordId: string,
    fields?: SearchEntryInput['field'][],
  ): Promise<void> {
    await em.query(
      fields
        ? `DELETE FROM search_entries WHERE record_id = $1 AND field = ANY($2)`
        : `DELETE FROM search_entries WHERE record_id = $1`,
      fields ? [recordId, fields] : [recordId],
    );
  }
}
