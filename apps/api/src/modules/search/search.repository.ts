import type { RecordKind } from '@khsae/domain';
import { Injectable } from '@nestjs/common';

import type { Tx } from 'src/database/database';
import { likePattern } from 'src/database/paging';

/** A search key that matched, with how well. */
export type SearchHit = {
  kind: RecordKind;
  id: string;
  field: string;
  text: string;
  score: number;
  restricted: boolean;
};

/** Reads the search keys the record kit writes (search_entries). */
@Injectable()
export class SearchRepository {
  /**
   * Keys of active records of `kinds` matching the normalised `key`: exact and prefix matches first,
   * then substrings, then spelling variants by trigram similarity. Restricted keys (victims' names
   * and contacts) only `withRestricted`. At most `limit` hits, best first.
   */
  async hits(
    tx: Tx,
    key: string,
    kinds: RecordKind[],
    withRestricted: boolean,
    limit: number,
  ): Promise<SearchHit[]> {
    const prefix = `${key.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    // Short queries have no trigram: prefix only. Longer ones add substrings and similar spellings.
    const sql =
      key.length < 3
        ? `SELECT record_kind AS kind, record_id AS id, field, text, restricted, CASE WHEN key = $1 THEN 1.0 ELSE 0.9 END AS score
             FROM search_entries
            WHERE key LIKE $2 AND $3::text IS NOT NULL AND NOT archived AND record_kind = ANY($4::record_kind[]) AND (NOT restricted OR $5)
            ORDER BY length(key) LIMIT $6`
        : `SELECT record_kind AS kind, record_id AS id, field, text, restricted,
                  CASE WHEN key = $1 THEN 1.0 WHEN key LIKE $2 THEN 0.9 WHEN key LIKE $3 THEN 0.8
                       ELSE similarity(key, $1) * 0.8 END AS score
             FROM search_entries
            WHERE (key LIKE $3 OR key % $1) AND NOT archived
              AND record_kind = ANY($4::record_kind[]) AND (NOT restricted OR $5)
            ORDER BY score DESC, length(key) LIMIT $6`;
    // Both statements take the same parameters; the short one mentions $3 only so that it is typed.
    const rows = await tx.query<(SearchHit & { score: string })[]>(sql, [
      key,
      prefix,
      likePattern(key),
      kinds,
      withRestricted,
      limit,
    ]);
    return rows.map((r) => ({ ...r, score: Number(r.score) }));
  }
}
