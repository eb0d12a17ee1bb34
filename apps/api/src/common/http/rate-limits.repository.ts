import { Injectable } from '@nestjs/common';

import { Database } from 'src/database/database';

/** A key's count in its current window, and the seconds until that window ends. */
export type WindowCount = { hits: number; resetsInSeconds: number };

const PRUNE_EVERY_MS = 60_000;

/**
 * Requests counted per key in fixed windows, in PostgreSQL (an UNLOGGED table), so that every API
 * instance shares the counts: one atomic upsert per request.
 */
@Injectable()
export class RateLimitsRepository {
  private prunedAt = 0;

  // The pool's direct path: every request runs this statement.
  constructor(private readonly database: Database) {}

  /** Counts one more hit for each key in the window of `windowSeconds` that now falls in. */
  async hit(keys: string[], windowSeconds: number): Promise<Map<string, WindowCount>> {
    const rows = await this.database.pool.query<{ key: string; hits: number; resets_in: number }[]>(
      `INSERT INTO rate_limit_hits AS r (key, window_start)
       SELECT k, to_timestamp(floor(extract(epoch FROM now()) / $2) * $2) FROM unnest($1::text[]) AS k
       ON CONFLICT (key, window_start) DO UPDATE SET hits = r.hits + 1
       RETURNING r.key, r.hits,
                 extract(epoch FROM r.window_start - now())::float8 + $2 AS resets_in`,
      [keys, windowSeconds],
    );
    this.pruneNowAndThen(windowSeconds);
    return new Map(
      rows.map((r) => [
        r.key,
        { hits: r.hits, resetsInSeconds: Math.max(1, Math.ceil(Number(r.resets_in))) },
      ]),
    );
  }

  /** Windows that have ended are dropped now and then, by whichever instance gets there first. */
  private pruneNowAndThen(windowSeconds: number): void {
    const now = Date.now();
    if (now - this.prunedAt < PRUNE_EVERY_MS) return;
    this.prunedAt = now;
    this.database.pool
      .query(`DELETE FROM rate_limit_hits WHERE window_start < now() - make_interval(secs => $1)`, [
        windowSeconds,
      ])
      .catch(() => undefined);
  }
}
