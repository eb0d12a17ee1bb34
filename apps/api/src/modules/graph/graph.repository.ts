import { type ConfidenceGrade, type LinkType, RECORD_KINDS, type RecordKind } from '@khsae/domain';
import { createHash } from 'node:crypto';

import { Injectable, Optional } from '@nestjs/common';
import type { Pool, QueryResultRow } from 'pg';
import { DataSource } from 'typeorm';

import { DatabaseInfo } from 'src/database/database-info';
import type { GraphEdgeDto } from 'src/modules/graph/dto/graph.dto';

/** Which links count when walking the graph. Empty lists mean "any". */
export type LinkFilter = {
  linkTypes: LinkType[];
  confidences: ConfidenceGrade[];
  kinds: RecordKind[];
  from: string | null;
  to: string | null;
};

export type Step = { source: string; neighbour: string; kind: RecordKind };

type EdgeRow = {
  id: string;
  from_kind: RecordKind;
  from_id: string;
  to_kind: RecordKind;
  to_id: string;
  type: LinkType;
  confidence: ConfidenceGrade;
  source: GraphEdgeDto['sourceKind'];
  started_on: string | null;
  ended_on: string | null;
  evidence: string | null;
};

const ALL_KINDS = RECORD_KINDS.length;

/**
 * Id sets go to PostgreSQL as one comma-separated string and are read as a set, `x IN (SELECT unnest(…))`:
 * encoding a JavaScript array element by element costs more, and a constant array makes the planner
 * estimate every element (4 ms of planning for 1,500 ids, more than running the statement).
 */
const uuidList = (ids: string[]) => ids.join(',');
const IN_IDS = (param: string) =>
  `IN (SELECT unnest(string_to_array(${param}::text, ',')::uuid[]))`;

/** No filter at all: every active link counts. */
function isUnfiltered(filter: LinkFilter): boolean {
  return (
    !filter.linkTypes.length &&
    !filter.confidences.length &&
    !filter.from &&
    !filter.to &&
    filter.kinds.length >= ALL_KINDS
  );
}

function toEdge(r: EdgeRow): GraphEdgeDto {
  return {
    id: r.id,
    source: `${r.from_kind}:${r.from_id}`,
    target: `${r.to_kind}:${r.to_id}`,
    type: r.type,
    confidence: r.confidence,
    sourceKind: r.source,
    startedOn: r.started_on,
    endedOn: r.ended_on,
    evidence: r.evidence,
  };
}

/**
 * The graph's SQL: one set-based statement per hop over the two partial link indexes, never a
 * recursive CTE that walks the graph again for every depth. Filters are parameters, not text.
 */
@Injectable()
export class GraphRepository {
  constructor(
    private readonly dataSource: DataSource,
    @Optional() private readonly database?: DatabaseInfo,
  ) {}

  /**
   * The graph's statements run often with the same text: on a server they are prepared once per
   * connection (named by a hash of their text) and planned from then on from the plan cache. Not on the
   * embedded database, whose connections share one session and so one set of prepared statements.
   */
  private async run<T>(text: string, values: unknown[]): Promise<T[]> {
    if (this.database?.mode !== 'server') return this.dataSource.query<T[]>(text, values);
    const pool = (this.dataSource.driver as unknown as { master: Pool }).master;
    const name = `graph_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    return (await pool.query<T & QueryResultRow>({ name, text, values })).rows;
  }

  private filterSql(filter: LinkFilter, params: unknown[], otherKind: string): string {
    const parts = ['l.archived_at IS NULL'];
    if (filter.linkTypes.length)
      parts.push(`l.type = ANY($${params.push(filter.linkTypes)}::link_type[])`);
    if (filter.confidences.length)
      parts.push(`l.confidence = ANY($${params.push(filter.confidences)}::confidence_grade[])`);
    if (filter.kinds.length)
      parts.push(`${otherKind} = ANY($${params.push(filter.kinds)}::record_kind[])`);
    // A link counts in a date window when its own period overlaps it; undated links always count.
    if (filter.to)
      parts.push(`(l.started_on IS NULL OR l.started_on <= $${params.push(filter.to)}::date)`);
    if (filter.from)
      parts.push(`(l.ended_on IS NULL OR l.ended_on >= $${params.push(filter.from)}::date)`);
    return parts.join(' AND ');
  }

  /**
   * Every link of the records listed in parameter `ids`, read from either end on its covering index, as
   * (source, neighbour, kind of the neighbour); the filter is added to `params`.
   */
  private hopSql(ids: string, filter: LinkFilter, params: unknown[]): string {
    return `SELECT l.from_id AS source, l.to_id AS neighbour, l.to_kind AS kind FROM links l
             WHERE l.from_id ${IN_IDS(ids)} AND ${this.filterSql(filter, params, 'l.to_kind')}
            UNION ALL
            SELECT l.to_id, l.from_id, l.from_kind FROM links l
             WHERE l.to_id ${IN_IDS(ids)} AND ${this.filterSql(filter, params, 'l.from_kind')}`;
  }

  /**
   * One hop out from `frontier`: each (source, neighbour) pair with neighbours outside `exclude`, at most
   * `limit` pairs. When some neighbours are among `targets` (the other side of a path search), only
   * those come back, marked `meets`: the rest of the level is not needed once the sides meet. No sort
   * and no de-duplication here: they cost more than the index reads, and the caller keeps sets anyway.
   */
  async expand(
    frontier: string[],
    exclude: string[],
    filter: LinkFilter,
    limit: number,
    targets: string[] = [],
  ): Promise<(Step & { meets: boolean })[]> {
    if (!frontier.length) return [];
    const params: unknown[] = [uuidList(frontier), uuidList(exclude), limit, uuidList(targets)];
    return this.run<Step & { meets: boolean }>(
      `WITH steps AS MATERIALIZED (
         SELECT source, neighbour, kind, neighbour ${IN_IDS('$4')} AS meets
           FROM (${this.hopSql('$1', filter, params)}) s
          WHERE neighbour NOT ${IN_IDS('$2')}
         LIMIT $3
       )
       SELECT source, neighbour, kind, meets FROM steps
        WHERE meets OR NOT EXISTS (SELECT 1 FROM steps WHERE meets)`,
      params,
    );
  }

  /**
   * The last two levels of a path search. `direct`: links from the near frontier into the far one (the
   * sides meet after one more level). Only when there are none, the records next to both frontiers
   * (one set intersection over the two index scans, nothing materialised), then their links back to
   * each frontier (`near`, `far`). Nothing at all: no path within the limit.
   */
  async meetBetween(
    near: string[],
    far: string[],
    filter: LinkFilter,
  ): Promise<
    { via: 'direct' | 'near' | 'far'; source: string; middle: string; kind: RecordKind }[]
  > {
    const params: unknown[] = [uuidList(near), uuidList(far)];
    const hop = (ids: string) => this.hopSql(ids, filter, params);
    const found = await this.run<{
      via: 'direct' | 'middle';
      source: string;
      middle: string;
      kind: RecordKind;
    }>(
      `WITH direct AS MATERIALIZED (
         SELECT source, neighbour, kind FROM (${hop('$1')}) n WHERE neighbour ${IN_IDS('$2')}
       )
       SELECT 'direct' AS via, source, neighbour AS middle, kind FROM direct
       UNION ALL
       SELECT 'middle', NULL, neighbour, NULL FROM (
         SELECT neighbour FROM (${hop('$1')}) a INTERSECT SELECT neighbour FROM (${hop('$2')}) b
       ) m WHERE NOT EXISTS (SELECT 1 FROM direct)`,
      params,
    );
    if (found[0]?.via !== 'middle')
      return found as { via: 'direct'; source: string; middle: string; kind: RecordKind }[];
    const back: unknown[] = [
      uuidList(found.map((f) => f.middle)),
      params[0],
      `${String(params[0])},${String(params[1])}`,
    ];
    return this.run(
      `SELECT CASE WHEN l.to_id ${IN_IDS('$2')} THEN 'near' ELSE 'far' END AS via,
              l.to_id AS source, l.from_id AS middle, l.from_kind AS kind
         FROM links l
        WHERE l.from_id ${IN_IDS('$1')} AND l.to_id ${IN_IDS('$3')}
          AND ${this.filterSql(filter, back, 'l.from_kind')}
       UNION ALL
       SELECT CASE WHEN l.from_id ${IN_IDS('$2')} THEN 'near' ELSE 'far' END,
              l.from_id, l.to_id, l.to_kind
         FROM links l
        WHERE l.to_id ${IN_IDS('$1')} AND l.from_id ${IN_IDS('$3')}
          AND ${this.filterSql(filter, back, 'l.to_kind')}`,
      back,
    );
  }

  /** One hop out from `frontier` for a neighbourhood: distinct new neighbours only, at most `limit`. */
  async expandNodes(
    frontier: string[],
    exclude: string[],
    filter: LinkFilter,
    limit: number,
  ): Promise<{ neighbour: string; kind: RecordKind }[]> {
    if (!frontier.length) return [];
    const params: unknown[] = [uuidList(frontier), uuidList(exclude), limit];
    return this.run(
      `SELECT neighbour, min(kind::text) AS kind FROM (${this.hopSql('$1', filter, params)}) x
        WHERE neighbour NOT ${IN_IDS('$2')}
       GROUP BY neighbour ORDER BY neighbour LIMIT $3`,
      params,
    );
  }

  /**
   * In one pass over the records' links (index-only, on the covering indexes): the links among the
   * records, and for each record how many of its links lead outside the set.
   */
  async linksAmongAndBeyond(
    ids: string[],
    filter: LinkFilter,
  ): Promise<{ edges: GraphEdgeDto[]; hidden: Map<string, number> }> {
    if (!ids.length) return { edges: [], hidden: new Map() };
    if (isUnfiltered(filter)) return this.linksAmongByDegree(ids);
    const params: unknown[] = [uuidList(ids)];
    const outbound = this.filterSql(filter, params, 'l.to_kind');
    const inbound = this.filterSql(filter, params, 'l.from_kind');
    const [row] = await this.run<{
      hidden: Record<string, number> | null;
      edges: EdgeRow[] | null;
    }>(
      `WITH inc AS (
         SELECT l.id, l.from_id AS me, l.to_id AS other FROM links l WHERE l.from_id ${IN_IDS('$1')} AND ${outbound}
         UNION ALL
         SELECT l.id, l.to_id, l.from_id FROM links l WHERE l.to_id ${IN_IDS('$1')} AND ${inbound}
       ), marked AS (
         SELECT id, me, other ${IN_IDS('$1')} AS inside FROM inc
       )
       SELECT
         (SELECT json_object_agg(me, n) FROM (
            SELECT me, count(*) AS n FROM marked WHERE NOT inside GROUP BY me) h) AS hidden,
         (SELECT json_agg(json_build_object(
            'id', l.id, 'from_kind', l.from_kind, 'from_id', l.from_id, 'to_kind', l.to_kind, 'to_id', l.to_id,
            'type', l.type, 'confidence', l.confidence, 'source', l.source,
            'started_on', l.started_on, 'ended_on', l.ended_on, 'evidence', l.evidence))
            FROM links l WHERE l.id IN (SELECT id FROM marked WHERE inside)) AS edges`,
      params,
    );
    const edges = (row?.edges ?? []).map(toEdge);
    return {
      edges,
      hidden: new Map(Object.entries(row?.hidden ?? {}).map(([k, v]) => [k, Number(v)])),
    };
  }

  /**
   * Without filters, every link counts: the links among the records from one index range each, and what
   * lies beyond from the degrees the triggers keep (degree minus the links drawn).
   */
  private async linksAmongByDegree(
    ids: string[],
  ): Promise<{ edges: GraphEdgeDto[]; hidden: Map<string, number> }> {
    const [row] = await this.run<{
      degrees: Record<string, number> | null;
      edges: EdgeRow[] | null;
    }>(
      // The links among are found on the covering index alone, then fetched by key: the heap is read
      // only for links that are drawn, not for every link of every record.
      `WITH among AS MATERIALIZED (
         SELECT l.id FROM links l
          WHERE l.from_id ${IN_IDS('$1')} AND l.to_id ${IN_IDS('$1')} AND l.archived_at IS NULL
       )
       SELECT
         (SELECT json_object_agg(record_id, degree) FROM link_degrees WHERE record_id ${IN_IDS('$1')}) AS degrees,
         (SELECT json_agg(json_build_object(
            'id', l.id, 'from_kind', l.from_kind, 'from_id', l.from_id, 'to_kind', l.to_kind, 'to_id', l.to_id,
            'type', l.type, 'confidence', l.confidence, 'source', l.source,
            'started_on', l.started_on, 'ended_on', l.ended_on, 'evidence', l.evidence))
            FROM links l WHERE l.id IN (SELECT id FROM among)) AS edges`,
      [uuidList(ids)],
    );
    const edges = (row?.edges ?? []).map(toEdge);
    const inside = new Map<string, number>();
    for (const e of row?.edges ?? []) {
      for (const id of [e.from_id, e.to_id]) inside.set(id, (inside.get(id) ?? 0) + 1);
    }
    const hidden = new Map(
      Object.entries(row?.degrees ?? {}).map(([id, degree]) => [
        id,
        Number(degree) - (inside.get(id) ?? 0),
      ]),
    );
    return { edges, hidden };
  }

  /** The links (passing the filter) between the two records of each pair, in either direction. */
  async linksAlong(pairs: [string, string][], filter: LinkFilter): Promise<GraphEdgeDto[]> {
    if (!pairs.length) return [];
    const params: unknown[] = [pairs.map((p) => p[0]), pairs.map((p) => p[1])];
    const rows = await this.run<EdgeRow>(
      // Found on the covering index by their ends, then read by key: only the links drawn are read.
      `WITH pairs AS (SELECT unnest($1::uuid[]) AS a, unnest($2::uuid[]) AS b),
       along AS MATERIALIZED (
         SELECT l.id FROM pairs p JOIN links l ON l.from_id = p.a AND l.to_id = p.b
          WHERE ${this.filterSql(filter, params, 'l.to_kind')}
         UNION
         SELECT l.id FROM pairs p JOIN links l ON l.from_id = p.b AND l.to_id = p.a
          WHERE ${this.filterSql(filter, params, 'l.to_kind')}
       )
       SELECT l.id, l.from_kind, l.from_id, l.to_kind, l.to_id, l.type, l.confidence, l.source,
              l.started_on::text, l.ended_on::text, l.evidence
         FROM links l WHERE l.id IN (SELECT id FROM along)`,
      params,
    );
    return rows.map(toEdge);
  }

  /** Each record's number of links passing the filter: kept by triggers when nothing is filtered. */
  async linkCounts(ids: string[], filter: LinkFilter): Promise<Map<string, number>> {
    if (!ids.length) return new Map();
    const params: unknown[] = [uuidList(ids)];
    const rows = await this.run<{ id: string; n: string }>(
      isUnfiltered(filter)
        ? `SELECT record_id AS id, degree AS n FROM link_degrees WHERE record_id ${IN_IDS('$1')}`
        : `SELECT me AS id, count(*) AS n FROM (
             SELECT l.from_id AS me FROM links l WHERE l.from_id ${IN_IDS('$1')} AND ${this.filterSql(filter, params, 'l.to_kind')}
             UNION ALL
             SELECT l.to_id FROM links l WHERE l.to_id ${IN_IDS('$1')} AND ${this.filterSql(filter, params, 'l.from_kind')}
           ) x GROUP BY me`,
      params,
    );
    return new Map(rows.map((r) => [r.id, Number(r.n)]));
  }

  /** Village flows: victims from villages inside an area, the brokers who recruited them, where they were held. */
  async villageFlows(placeId: string): Promise<
    {
      village_id: string;
      broker_id: string | null;
      compound_id: string | null;
      country_code: string | null;
      victims: string;
    }[]
  > {
    return this.run(
      `WITH RECURSIVE area AS (
         SELECT id FROM places WHERE id = $1
         UNION ALL SELECT p.id FROM places p JOIN area a ON p.parent_id = a.id
       ), v AS (
         SELECT id, home_place_id FROM victims WHERE home_place_id IN (SELECT id FROM area) AND archived_at IS NULL
       ), rec AS (
         SELECT DISTINCT ON (l.to_id) l.to_id AS victim_id, l.from_id AS broker_id FROM links l
          WHERE l.type = 'recruited' AND l.from_kind = 'broker' AND l.to_id IN (SELECT id FROM v) AND l.archived_at IS NULL
          ORDER BY l.to_id, l.confidence, l.created_at
       ), held AS (
         SELECT DISTINCT ON (l.from_id) l.from_id AS victim_id, l.to_id AS compound_id FROM links l
          WHERE l.type = 'held_at' AND l.to_kind = 'compound' AND l.from_id IN (SELECT id FROM v) AND l.archived_at IS NULL
          ORDER BY l.from_id, l.confidence, l.created_at
       )
       SELECT v.home_place_id AS village_id, rec.broker_id, held.compound_id, c.country_code, count(*) AS victims
         FROM v LEFT JOIN rec ON rec.victim_id = v.id LEFT JOIN held ON held.victim_id = v.id
         LEFT JOIN compounds c ON c.id = held.compound_id
        GROUP BY 1, 2, 3, 4`,
      [placeId],
    );
  }
}
