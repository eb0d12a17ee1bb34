import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import { EXACT_COUNT_LIMIT } from 'src/common/http/page.dto';
import type { RawRow } from 'src/common/records/records.repository';
import type { Tx } from 'src/database/database';

export type PageRows<E> = { entities: E[]; raw: RawRow[]; total: number; totalExact: boolean };

/**
 * One page of a filtered, ordered query and its count, cheaply: the page and a count capped at
 * `countLimit` + 1 in one statement; beyond the cap, the planner's estimate (one EXPLAIN), said so by
 * `totalExact: false`. Counting a national table exactly cost more than serving the page.
 */
export async function pageOf<E extends ObjectLiteral>(
  tx: Tx,
  query: SelectQueryBuilder<E>,
  window: { skip: number; take: number },
  countLimit = EXACT_COUNT_LIMIT,
): Promise<PageRows<E>> {
  const matching = query.clone().orderBy().select('1').offset(undefined).limit(undefined);
  const capped = matching.clone().limit(countLimit + 1);
  const { entities, raw } = await query
    .clone()
    .addSelect(`(SELECT count(*) FROM (${capped.getQuery()}) AS capped)`, 'page_total_capped')
    .offset(window.skip)
    .limit(window.take)
    .getRawAndEntities<RawRow & { page_total_capped?: string }>();
  let counted = raw[0]?.page_total_capped;
  if (counted === undefined) {
    // A page past the end has no row to carry the count: count on its own.
    const [row] = await tx.query<{ n: string }[]>(...withCount(capped.getQueryAndParameters()));
    counted = row?.n ?? '0';
  }
  const total = Number(counted);
  if (total <= countLimit) return { entities, raw, total, totalExact: true };
  const [sql, params] = matching.getQueryAndParameters();
  const plan = await tx.query<{ 'QUERY PLAN': { Plan: { 'Plan Rows': number } }[] }[]>(
    `EXPLAIN (FORMAT JSON) ${sql}`,
    params,
  );
  const estimate = Math.round(plan[0]?.['QUERY PLAN'][0]?.Plan['Plan Rows'] ?? 0);
  return { entities, raw, total: Math.max(estimate, countLimit + 1), totalExact: false };
}

function withCount([sql, params]: [string, unknown[]]): [string, unknown[]] {
  return [`SELECT count(*) AS n FROM (${sql}) AS capped`, params];
}

/** ORDER BY from an allow-list: the request picks a key, the code supplies the column. */
export function sortSpec<K extends string>(
  columns: Record<K, string>,
  sort: K | undefined,
  fallback: K,
  order: 'asc' | 'desc' | undefined,
): { column: string; direction: 'ASC' | 'DESC' } {
  return { column: columns[sort ?? fallback], direction: order === 'desc' ? 'DESC' : 'ASC' };
}

/** Escapes LIKE wildcards in user text. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
