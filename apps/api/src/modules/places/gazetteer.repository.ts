import { Injectable } from '@nestjs/common';

import type { Tx } from 'src/database/database';
import type { GazetteerSource } from 'src/modules/places/gazetteer';

/** One import of the gazetteer as recorded: its file and what it changed. */
export type GazetteerImportRow = GazetteerSource & {
  id: string;
  units: number;
  added: number;
  renamed: number;
  removed: number;
  importedBy: string | null;
  importedAt: string;
};

/** The SQL of the gazetteer's imports and its counts. */
@Injectable()
export class GazetteerRepository {
  /** An import's statements are not interactive: the request limits do not apply inside its transaction. */
  async allowLongWork(tx: Tx): Promise<void> {
    await tx.query(`SET LOCAL statement_timeout = 0`);
    await tx.query(`SET LOCAL lock_timeout = '30s'`);
  }

  /** The last import recorded, or null when the gazetteer came in before imports were recorded. */
  async latest(tx: Tx): Promise<GazetteerImportRow | null> {
    const [row] = await tx.query<GazetteerImportRow[]>(
      `SELECT g.id, g.file_name AS "fileName", g.file_date AS "fileDate", g.sha256, g.units, g.added,
              g.renamed, g.removed, u.display_name AS "importedBy", g.imported_at AS "importedAt"
         FROM gazetteer_imports g LEFT JOIN users u ON u.id = g.imported_by
        ORDER BY g.imported_at DESC, g.id LIMIT 1`,
    );
    return row ? { ...row, fileDate: iso(row.fileDate), importedAt: iso(row.importedAt)! } : null;
  }

  /** Active units per level. */
  async counts(tx: Tx): Promise<Record<'province' | 'district' | 'commune' | 'village', number>> {
    const rows = await tx.query<{ kind: string; n: number }[]>(
      `SELECT kind::text AS kind, count(*)::int AS n FROM places
        WHERE kind IN ('province', 'district', 'commune', 'village') AND archived_at IS NULL
        GROUP BY kind`,
    );
    const n = (kind: string) => rows.find((r) => r.kind === kind)?.n ?? 0;
    return {
      province: n('province'),
      district: n('district'),
      commune: n('commune'),
      village: n('village'),
    };
  }

  /** Records an import in the caller's transaction; answers its id. */
  async record(
    tx: Tx,
    source: GazetteerSource,
    counts: { units: number; added: number; renamed: number; removed: number },
    importedBy: string | null,
  ): Promise<string> {
    const [row] = await tx.query<{ id: string }[]>(
      `INSERT INTO gazetteer_imports (file_name, file_date, sha256, units, added, renamed, removed, imported_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        source.fileName,
        source.fileDate,
        source.sha256,
        counts.units,
        counts.added,
        counts.renamed,
        counts.removed,
        importedBy,
      ],
    );
    return row!.id;
  }
}

/** The driver answers timestamps as Date objects. */
function iso(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value.toISOString() : new Date(value as string).toISOString();
}
