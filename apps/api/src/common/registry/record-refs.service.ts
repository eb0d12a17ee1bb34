import type { RecordKind, RecordRef } from '@khsae/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

type Row = { id: string; label: string; sublabel: string | null };

/**
 * How each kind of record is referred to elsewhere (links, search results, shared identifiers).
 * A victim is referred to by its pseudonymous code only: never by name.
 */
const LABEL_SQL: Record<RecordKind, string> = {
  broker: `SELECT id, coalesce(name_latin, name_km, aliases[1], ref_code) AS label,
                  ref_code || coalesce(' · ' || name_km, '') AS sublabel
             FROM brokers WHERE id = ANY($1)`,
  victim: `SELECT id, code AS label, NULL AS sublabel FROM victims WHERE id = ANY($1)`,
  compound: `SELECT id, name AS label, ref_code || ' · ' || country_code AS sublabel FROM compounds WHERE id = ANY($1)`,
  place: `SELECT id, name_latin AS label, path_latin AS sublabel FROM places WHERE id = ANY($1)`,
  route: `SELECT id, name AS label, ref_code AS sublabel FROM routes WHERE id = ANY($1)`,
};

export const refKey = (kind: RecordKind, id: string) => `${kind}:${id}`;

@Injectable()
export class RecordRefsService {
  /** References for many records at once: one query per kind. Missing records are left out. */
  async resolve(
    em: EntityManager,
    records: { kind: RecordKind; id: string }[],
  ): Promise<Map<string, RecordRef>> {
    const byKind = new Map<RecordKind, Set<string>>();
    for (const r of records) {
      const ids = byKind.get(r.kind) ?? new Set<string>();
      ids.add(r.id);
      byKind.set(r.kind, ids);
    }
    const refs = new Map<string, RecordRef>();
    for (const [kind, ids] of byKind) {
      const rows = await em.query<Row[]>(LABEL_SQL[kind], [[...ids]]);
      for (const row of rows)
        refs.set(refKey(kind, row.id), {
          kind,
          id: row.id,
          label: row.label,
          sublabel: row.sublabel,
        });
    }
    return refs;
  }

  /** Whether a record exists and is not archived. */
  async isActive(em: EntityManager, kind: RecordKind, id: string): Promise<boolean> {
    const table = {
      broker: 'brokers',
      victim: 'victims',
      compound: 'compounds',
      place: 'places',
      route: 'routes',
    }[kind];
    const rows = await em.query<unknown[]>(
      `SELECT 1 FROM ${table} WHERE id = $1 AND archived_at IS NULL`,
      [id],
    );
    return rows.length > 0;
  }
}
