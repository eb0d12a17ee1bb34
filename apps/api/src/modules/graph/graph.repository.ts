import type { ConfidenceGrade, GraphEdge, LinkType, RecordKind } from '@khsae/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

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
  source: GraphEdge['sourceKind'];
  started_on: string | null;
  ended_on: string | null;
  evidence: string | null;
};

/**
 * The graph's SQL: one set-based statement per hop over the two partial link indexes, never a
 * recursive CTE that walks the graph again for every depth. Filters are parameters, not text.
 */
@Injectable()
export class GraphRepository {
  constructor(private readonly dataSource: DataSource) {}

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
   * One hop out from `frontier`: each (source, neighbour) pair, neighbours outside `exclude`, at most
   * `limit` distinct neighbours (ordered, so the cut is stable).
   */
  async expand(
    frontier: string[],
    exclude: string[],
    filter: LinkFilter,
    limit: number,
  ): Promise<Step[]> {
    if (!frontier.length) return [];
    const params: unknown[] = [frontier, exclude, limit];
    const outbound = this.filterSql(filter, params, 'l.to_kind');
    const inbound = this.filterSql(filter, params, 'l.from_kind');
    return this.dataSource.query<Step[]>(
      `WITH steps AS (
         SELECT l.from_id AS source, l.to_id AS neighbour, l.to_kind AS kind FROM links l
          WHERE l.from_id = ANY($1::uuid[]) AND ${outbound}
         UNION
         SELECT l.to_id, l.from_id, l.from_kind FROM links l
          WHERE l.to_id = ANY($1::uuid[]) AND ${inbound}
       ), fresh AS (
         SELECT DISTINCT neighbour FROM steps WHERE NOT (neighbour = ANY($2::uuid[])) ORDER BY neighbour LIMIT $3
       )
       SELECT s.source, s.neighbour, s.kind FROM steps s JOIN fresh f USING (neighbour)`,
      params,
    );
  }

  /** All links among a set of records, with the same filters. */
  async linksAmong(ids: string[], filter: LinkFilter): Promise<GraphEdge[]> {
    if (ids.length < 2) return [];
    const params: unknown[] = [ids];
    const where = this.filterSql({ ...filter, kinds: [] }, params, '');
    const rows = await this.dataSource.query<EdgeRow[]>(
      `SELECT l.id, l.from_kind, l.from_id, l.to_kind, l.to_id, l.type, l.confidence, l.source,
              to_char(l.started_on, 'YYYY-MM-DD') AS started_on, to_char(l.ended_on, 'YYYY-MM-DD') AS ended_on, l.evidence
         FROM links l
        WHERE l.from_id = ANY($1::uuid[]) AND l.to_id = ANY($1::uuid[]) AND ${where}`,
      params,
    );
    return rows.map((r) => ({
      id: r.id,
      source: `${r.from_kind}:${r.from_id}`,
      target: `${r.to_kind}:${r.to_id}`,
      type: r.type,
      confidence: r.confidence,
      sourceKind: r.source,
      startedOn: r.started_on,
      endedOn: r.ended_on,
      evidence: r.evidence,
    }));
  }

  /** For each record, how many of its neighbours are outside `shown`. */
  async hiddenNeighbours(
    ids: string[],
    shown: string[],
    filter: LinkFilter,
  ): Promise<Map<string, number>> {
    if (!ids.length) return new Map();
    const params: unknown[] = [ids, shown];
    const outbound = this.filterSql(filter, params, 'l.to_kind');
    const inbound = this.filterSql(filter, params, 'l.from_kind');
    const rows = await this.dataSource.query<{ id: string; hidden: string }[]>(
      `SELECT id, count(DISTINCT other) AS hidden FROM (
         SELECT l.from_id AS id, l.to_id AS other FROM links l WHERE l.from_id = ANY($1::uuid[]) AND ${outbound}
         UNION ALL
         SELECT l.to_id, l.from_id FROM links l WHERE l.to_id = ANY($1::uuid[]) AND ${inbound}
       ) x WHERE NOT (other = ANY($2::uuid[])) GROUP BY id`,
      params,
    );
    return new Map(rows.map((r) => [r.id, Number(r.hidden)]));
  }

  /** Kind-specific category of each record (broker role, victim or compound status, place kind), active ones only. */
  async categories(
    records: { kind: RecordKind; id: string }[],
  ): Promise<Map<string, string | null>> {
    const sql: Record<RecordKind, string> = {
      broker: `SELECT id, role::text AS category FROM brokers WHERE id = ANY($1::uuid[]) AND archived_at IS NULL`,
      victim: `SELECT id, status::text AS category FROM victims WHERE id = ANY($1::uuid[]) AND archived_at IS NULL`,
      compound: `SELECT id, status::text AS category FROM compounds WHERE id = ANY($1::uuid[]) AND archived_at IS NULL`,
      place: `SELECT id, kind::text AS category FROM places WHERE id = ANY($1::uuid[]) AND archived_at IS NULL`,
      route: `SELECT id, NULL AS category FROM routes WHERE id = ANY($1::uuid[]) AND archived_at IS NULL`,
    };
    const out = new Map<string, string | null>();
    const byKind = new Map<RecordKind, string[]>();
    for (const r of records) byKind.set(r.kind, [...(byKind.get(r.kind) ?? []), r.id]);
    for (const [kind, ids] of byKind) {
      for (const row of await this.dataSource.query<{ id: string; category: string | null }[]>(
        sql[kind],
        [ids],
      )) {
        out.set(`${kind}:${row.id}`, row.category);
      }
    }
    return out;
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
    return this.dataSource.query(
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
