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

/** The rows a list pages through, in plain SQL with named parameters (`:name`). */
export type PageSource = {
  /** The table and its alias: `brokers b`. */
  from: string;
  alias: string;
  /** Conditions joined by AND. */
  where: string[];
  params: Record<string, unknown>;
  /** Over the alias's columns, ending in a unique one so that pages do not overlap. */
  orderBy: string;
  /** Columns computed for the page's own rows only, over the alias: `{ home_place: '(SELECT …)' }`. */
  late?: Record<string, string>;
};

/**
 * One page of plain rows (the table's columns, snake_case, and the `late` ones) and its count, counted
 * as `pageOf` counts. The page is chosen first and the late columns computed for its rows alone: a
 * subquery in the select list of an OFFSET query runs for every row skipped too (page 1,000 of 50
 * brokers ran 50,000 place lookups). The rows come back as the driver reads them; no entity is built.
 */
export async function pageOfRows(
  tx: Tx,
  source: PageSource,
  window: { skip: number; take: number },
  countLimit = EXACT_COUNT_LIMIT,
): Promise<{ rows: RawRow[]; total: number; totalExact: boolean }> {
  const a = source.alias;
  const matching = `FROM ${source.from} WHERE ${source.where.join(' AND ') || 'true'}`;
  const capped = `SELECT count(*) AS n FROM (SELECT 1 ${matching} LIMIT :pageCountCap) AS capped`;
  const late = Object.entries(source.late ?? {})
    .map(([name, sql]) => `, ${sql} AS ${name}`)
    .join('');
  const params = {
    ...source.params,
    pageCountCap: countLimit + 1,
    pageTake: window.take,
    pageSkip: window.skip,
  };
  const rows = await tx.query<RawRow[]>(
    ...named(
      tx,
      `SELECT ${a}.*${late}, (${capped}) AS page_total_capped
         FROM (SELECT ${a}.* ${matching} ORDER BY ${source.orderBy} LIMIT :pageTake OFFSET :pageSkip) AS ${a}
        ORDER BY ${source.orderBy}`,
      params,
    ),
  );
  let counted = rows[0]?.['page_total_capped'] as string | undefined;
  if (counted === undefined) {
    // A page past the end has no row to carry the count: count on its own.
    const [row] = await tx.query<{ n: string }[]>(...named(tx, capped, params));
    counted = row?.n ?? '0';
  }
  const total = Number(counted);
  if (total <= countLimit) return { rows, total, totalExact: true };
  const plan = await tx.query<{ 'QUERY PLAN': { Plan: { 'Plan Rows': number } }[] }[]>(
    ...named(tx, `EXPLAIN (FORMAT JSON) SELECT 1 ${matching}`, source.params),
  );
  const estimate = Math.round(plan[0]?.['QUERY PLAN'][0]?.Plan['Plan Rows'] ?? 0);
  return { rows, total: Math.max(estimate, countLimit + 1), totalExact: false };
}

/** `:name` parameters as the driver's `$n`, each name once however often it is used. */
function named(tx: Tx, sql: string, params: Record<string, unknown>): [string, unknown[]] {
  return tx.connection.driver.escapeQueryWithParameters(sql, params);
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
