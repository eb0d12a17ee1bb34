import type { RecordKind } from '@khsae/domain';
import { Injectable } from '@nestjs/common';

import type { Tx } from 'src/database/database';
import { likePattern } from 'src/database/paging';
import { type PlaceRef, PlacesService } from 'src/modules/places/places.service';

/** A search key that matched, with how well; `exact` when the key is one of the exact keys asked for. */
export type SearchHit = {
  kind: RecordKind;
  id: string;
  field: string;
  text: string;
  score: number;
  restricted: boolean;
  exact: boolean;
};

/** What to look for: the query's key, and the keys that count as the very value (a code, a phone in E.164). */
export type SearchKeys = { key: string; exact: string[] };

/** Reads the search keys the record kit writes (search_entries). */
@Injectable()
export class SearchRepository {
  constructor(private readonly places: PlacesService) {}

  /**
   * Keys of active records of `kinds` matching the normalised `key`: exact keys first (`exact`, which
   * holds `key` and its other exact forms), then prefixes, then substrings, then (for keys without
   * digits) spelling variants by trigram similarity. Restricted keys (victims' names and contacts) only `withRestricted`. At most
   * `limit` hits, best first.
   */
  async hits(
    tx: Tx,
    { key, exact }: SearchKeys,
    kinds: RecordKind[],
    withRestricted: boolean,
    limit: number,
  ): Promise<SearchHit[]> {
    const prefix = `${key.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    // Exact keys are found by equality (the btree on key), whatever the length of the query.
    const score = `CASE WHEN key = ANY($7::text[]) THEN 1.0 WHEN key LIKE $2 THEN 0.9
                        WHEN key LIKE $3 THEN 0.8 ELSE similarity(key, $1) * 0.8 END`;
    // Short queries have no trigram: prefix only. Longer ones add substrings, and names similar spellings.
    // Codes and numbers get no spelling variants: their trigrams (v20, 202, 024…) are shared by most keys,
    // so similarity rechecked a quarter of a million rows (a second a search) to offer other victims' codes.
    const matches =
      key.length < 3
        ? `(key = ANY($7::text[]) OR key LIKE $2) AND $3::text IS NOT NULL`
        : /\d/.test(key)
          ? `(key = ANY($7::text[]) OR key LIKE $3)`
          : `(key = ANY($7::text[]) OR key LIKE $3 OR key % $1)`;
    const sql = `SELECT record_kind AS kind, record_id AS id, field, text, restricted, ${score} AS score,
                        key = ANY($7::text[]) AS exact
                   FROM search_entries
                  WHERE ${matches} AND NOT archived
                    AND record_kind = ANY($4::record_kind[]) AND (NOT restricted OR $5)
                  ORDER BY score DESC, length(key) LIMIT $6`;
    const rows = await tx.query<(SearchHit & { score: string })[]>(sql, [
      key,
      prefix,
      likePattern(key),
      kinds,
      withRestricted,
      limit,
      [...new Set([key, ...exact])],
    ]);
    return rows.map((r) => ({ ...r, score: Number(r.score) }));
  }

  /** The places among the ids, with their names and paths in both scripts (for a result's description). */
  async placesOf(tx: Tx, ids: string[]): Promise<Map<string, PlaceRef>> {
    if (!ids.length) return new Map();
    const rows = await tx.query<{ id: string; place: PlaceRef | null }[]>(
      `SELECT x.id, ${this.places.refSql('x.id')} AS place FROM unnest($1::uuid[]) AS x(id)`,
      [ids],
    );
    return new Map(rows.flatMap((r) => (r.place ? [[r.id, r.place] as const] : [])));
  }
}
