import { GRAPH_NODE_LIMIT_DEFAULT, type Permission, type RecordKind } from '@khsae/domain';
import { Injectable } from '@nestjs/common';

import type { AuthContext } from 'src/common/access/auth-context';
import { fieldError } from 'src/common/errors/field-errors';
import { RecordRefsService, refKey } from 'src/common/records/record-refs.service';
import { notFound } from 'src/common/records/record-writer';
import { Database } from 'src/database/database';
import { centrality } from 'src/modules/graph/centrality';
import {
  type GraphEdgeDto,
  type GraphFilterQueryDto,
  type GraphNodeDto,
  type GraphPathResultDto,
  type GraphResultDto,
  type KeyPlayerDto,
  type NeighbourhoodQueryDto,
  type PathQueryDto,
  type VillageFlowDto,
  parsePointer,
} from 'src/modules/graph/dto/graph.dto';
import { GraphRepository, type LinkFilter } from 'src/modules/graph/graph.repository';

const READ_PERMISSION: Record<RecordKind, Permission> = {
  broker: 'brokers:read',
  victim: 'victims:read',
  compound: 'compounds:read',
  place: 'places:read',
  route: 'routes:read',
};
const PATH_TIMEOUT_MS = 2_000;
const MAX_PATHS = 20;
// A path search side stops growing past this many records: beyond it the hubs dominate and it times out anyway.
const PATH_SIDE_LIMIT = 60_000;
// At most this many (record, neighbour) pairs per level of a path search.
const PATH_LEVEL_ROWS = 400_000;

export type RecordPointer = { kind: RecordKind; id: string };

@Injectable()
export class GraphService {
  constructor(
    private readonly database: Database,
    private readonly repo: GraphRepository,
    private readonly refs: RecordRefsService,
  ) {}

  /** Links only reach record kinds the caller may read. */
  private filterFor(auth: AuthContext, q: GraphFilterQueryDto): LinkFilter {
    const readable = (Object.keys(READ_PERMISSION) as RecordKind[]).filter((k) =>
      auth.permissions.includes(READ_PERMISSION[k]),
    );
    const kinds = q.kinds?.length ? q.kinds.filter((k) => readable.includes(k)) : readable;
    return {
      linkTypes: q.linkTypes ?? [],
      confidences: q.confidence ?? [],
      kinds,
      from: q.since ?? null,
      to: q.until ?? null,
    };
  }

  async neighbourhood(auth: AuthContext, q: NeighbourhoodQueryDto): Promise<GraphResultDto> {
    const filter = this.filterFor(auth, q);
    const limit = q.limit ?? GRAPH_NODE_LIMIT_DEFAULT;
    const seeds = [...new Map(q.seeds.map(parsePointer).map((s) => [s.id, s])).values()];
    const depth = new Map<string, number>(seeds.map((s) => [s.id, 0]));
    const kindOf = new Map<string, RecordKind>(seeds.map((s) => [s.id, s.kind]));
    let frontier = seeds.map((s) => s.id);
    let truncated = false;
    // The seeds are checked while the first hop runs: one round trip less; a bad seed still fails the request.
    const seedCheck = this.checkSeeds(seeds, filter, 'seeds');
    for (let hop = 1; hop <= q.hops && frontier.length && !truncated; hop += 1) {
      const room = limit - depth.size;
      const expansion = this.repo.expandNodes(frontier, [...depth.keys()], filter, room + 1);
      const [found] = hop === 1 ? await Promise.all([expansion, seedCheck]) : [await expansion];
      if (found.length > room) {
        truncated = true;
        found.length = room;
      }
      for (const n of found) {
        kindOf.set(n.neighbour, n.kind);
        depth.set(n.neighbour, hop);
      }
      frontier = found.map((n) => n.neighbour);
    }
    await seedCheck;
    return this.assemble([...depth.keys()], depth, kindOf, filter, truncated);
  }

  async path(auth: AuthContext, q: PathQueryDto): Promise<GraphPathResultDto> {
    const filter = this.filterFor(auth, q);
    // Both ends checked at once; when both are wrong, `from` is named, as the user wrote it first.
    const checks = await Promise.allSettled([
      this.checkSeeds([parsePointer(q.from)], filter, 'from'),
      this.checkSeeds([parsePointer(q.to)], filter, 'to'),
    ]);
    const [[from], [to]] = checks.map((c) => {
      if (c.status === 'rejected') throw c.reason;
      return c.value;
    }) as [RecordPointer[], RecordPointer[]];
    if (!from || !to) throw fieldError('from', 'both ends are needed');
    const kindOf = new Map<string, RecordKind>([
      [from.id, from.kind],
      [to.id, to.kind],
    ]);
    const empty = (reason: GraphPathResultDto['reason']): Promise<GraphPathResultDto> =>
      this.assemble(
        [from.id, to.id],
        new Map([
          [from.id, 0],
          [to.id, 0],
        ]),
        kindOf,
        filter,
        false,
      ).then((g) => ({
        ...g,
        found: false,
        paths: [],
        hops: null,
        reason,
      }));
    if (from.id === to.id) throw fieldError('to', 'must be another record than from');

    // Bidirectional breadth-first search, one statement per level, growing the smaller side first.
    const sides = [
      { parents: new Map<string, string[]>([[from.id, []]]), frontier: [from.id], depth: 0 },
      { parents: new Map<string, string[]>([[to.id, []]]), frontier: [to.id], depth: 0 },
    ];
    const started = Date.now();
    let meeting: string[] = [];
    while (sides[0]!.depth + sides[1]!.depth < q.maxHops) {
      if (Date.now() - started > PATH_TIMEOUT_MS) return empty('timeout');
      const i = sides[0]!.frontier.length <= sides[1]!.frontier.length ? 0 : 1;
      const side = sides[i]!;
      const other = sides[1 - i]!;
      if (!side.frontier.length || side.parents.size > PATH_SIDE_LIMIT) break;
      if (sides[0]!.depth + sides[1]!.depth + 2 === q.maxHops) {
        // The last two levels in one statement: a link between the frontiers, else a record next to both.
        meeting = await this.meetInTheMiddle(side, other, filter, kindOf);
        break;
      }
      const steps = await this.repo.expand(
        side.frontier,
        [...side.parents.keys()],
        filter,
        PATH_LEVEL_ROWS,
        [...other.parents.keys()],
      );
      // A level cut short by the row limit could miss paths: the search stops there and says so.
      if (steps.length >= PATH_LEVEL_ROWS) return empty('timeout');
      // Every neighbour is new to this side (the visited ones are excluded); all its sources at this level are parents.
      const next = new Map<string, Set<string>>();
      for (const s of steps) {
        kindOf.set(s.neighbour, s.kind);
        next.set(s.neighbour, (next.get(s.neighbour) ?? new Set()).add(s.source));
      }
      for (const [id, sources] of next) side.parents.set(id, [...sources]);
      side.frontier = [...next.keys()];
      side.depth += 1;
      meeting = steps.some((s) => s.meets) ? side.frontier : [];
      if (meeting.length) break;
    }
    if (!meeting.length)
      return empty(Date.now() - started > PATH_TIMEOUT_MS ? 'timeout' : 'no_path_within_limit');

    const walk = (parents: Map<string, string[]>, id: string): string[][] => {
      const up = parents.get(id) ?? [];
      if (!up.length) return [[id]];
      return up.flatMap((p) => walk(parents, p).map((path) => [...path, id])).slice(0, MAX_PATHS);
    };
    const paths: string[][] = [];
    collect: for (const m of meeting) {
      for (const head of walk(sides[0]!.parents, m)) {
        for (const tail of walk(sides[1]!.parents, m)) {
          paths.push([...head, ...tail.reverse().slice(1)]);
          if (paths.length >= MAX_PATHS) break collect;
        }
      }
    }
    const onPath = [...new Set(paths.flat())];
    const depth = new Map(onPath.map((id) => [id, 0]));
    const pairs = [
      ...new Map(
        paths.flatMap((p) =>
          p.slice(1).map((id, k) => {
            const pair = [p[k]!, id].sort() as [string, string];
            return [pair.join('|'), pair] as const;
          }),
        ),
      ).values(),
    ];
    // Only the links that lie along a path, so the evidence listed is the path's own.
    const graph = await this.assemble(onPath, depth, kindOf, filter, false, pairs);
    return {
      ...graph,
      found: true,
      paths: paths.map((p) => p.map((id) => refKey(kindOf.get(id)!, id))),
      hops: paths[0]!.length - 1,
      reason: 'found',
    };
  }

  /**
   * When only two levels are left, both frontiers' links are read once and matched in PostgreSQL instead
   * of growing one side by a whole level (often tens of thousands of records) just to compare it with the
   * other. Records the two frontiers share a link with become parents on each side; answers the meeting records.
   */
  private async meetInTheMiddle(
    near: { parents: Map<string, string[]>; frontier: string[] },
    far: { parents: Map<string, string[]>; frontier: string[] },
    filter: LinkFilter,
    kindOf: Map<string, RecordKind>,
  ): Promise<string[]> {
    const rows = await this.repo.meetBetween(near.frontier, far.frontier, filter);
    const found = { near: new Map<string, Set<string>>(), far: new Map<string, Set<string>>() };
    for (const r of rows) {
      kindOf.set(r.middle, r.kind);
      const side = found[r.via === 'far' ? 'far' : 'near'];
      side.set(r.middle, (side.get(r.middle) ?? new Set()).add(r.source));
    }
    for (const [id, sources] of found.near) near.parents.set(id, [...sources]);
    for (const [id, sources] of found.far) far.parents.set(id, [...sources]);
    return [...new Set(rows.map((r) => r.middle))];
  }

  async keyPlayers(
    auth: AuthContext,
    q: NeighbourhoodQueryDto,
  ): Promise<{ graph: GraphResultDto; players: KeyPlayerDto[] }> {
    const graph = await this.neighbourhood(auth, q);
    const index = new Map(graph.nodes.map((n, i) => [n.key, i]));
    const edges = graph.edges.map((e) => [index.get(e.source)!, index.get(e.target)!] as const);
    const { degree, betweenness } = centrality(graph.nodes.length, edges);
    const players = graph.nodes
      .map((n, i) => ({
        key: n.key,
        label: n.label,
        kind: n.kind,
        degree: degree[i]!,
        betweenness: Math.round(betweenness[i]! * 100) / 100,
      }))
      .sort((a, b) => b.betweenness - a.betweenness || b.degree - a.degree);
    return { graph, players };
  }

  async villageFlows(placeId: string): Promise<VillageFlowDto> {
    const pool = this.database.pool;
    const area = (await this.refs.describeActive(pool, [{ kind: 'place', id: placeId }])).get(
      refKey('place', placeId),
    );
    if (!area) throw notFound('place');
    const rows = await this.repo.villageFlows(placeId);
    const refs = await this.refs.describe(pool, [
      ...rows.map((r) => ({ kind: 'place' as const, id: r.village_id })),
      ...rows.flatMap((r) => (r.broker_id ? [{ kind: 'broker' as const, id: r.broker_id }] : [])),
      ...rows.flatMap((r) =>
        r.compound_id ? [{ kind: 'compound' as const, id: r.compound_id }] : [],
      ),
    ]);
    const add = (map: Map<string, number>, key: string, n: number) =>
      map.set(key, (map.get(key) ?? 0) + n);
    const villages = new Map<string, number>();
    const brokers = new Map<string, number>();
    const destinations = new Map<string, number>();
    const flows = new Map<string, number>();
    const country = new Map<string, string>();
    let total = 0;
    for (const r of rows) {
      const n = Number(r.victims);
      total += n;
      const village = refKey('place', r.village_id);
      const broker = r.broker_id ? refKey('broker', r.broker_id) : 'broker:unknown';
      const destination = r.compound_id ? refKey('compound', r.compound_id) : 'compound:unknown';
      add(villages, r.village_id, n);
      if (r.broker_id) add(brokers, r.broker_id, n);
      add(destinations, destination, n);
      if (r.compound_id && r.country_code) country.set(destination, r.country_code);
      add(flows, `${village}>${broker}`, n);
      add(flows, `${broker}>${destination}`, n);
      if (r.country_code) add(flows, `${destination}>country:${r.country_code}`, n);
    }
    return {
      // A place's sublabel is its path, names of the place and its parents.
      area: { id: area.id, label: area.sublabel ?? area.label },
      villages: [...villages]
        .map(([id, victims]) => ({
          id,
          label: refs.get(refKey('place', id))?.label ?? id,
          victims,
        }))
        .sort((a, b) => b.victims - a.victims),
      brokers: [...brokers]
        .map(([id, victims]) => ({
          id,
          label: refs.get(refKey('broker', id))?.label ?? id,
          code: refs.get(refKey('broker', id))?.code ?? null,
          victims,
        }))
        .sort((a, b) => b.victims - a.victims),
      destinations: [...destinations]
        .map(([key, victims]) => ({
          key,
          label: key === 'compound:unknown' ? 'Not known' : (refs.get(key)?.label ?? key),
          country: country.get(key) ?? '',
          victims,
        }))
        .sort((a, b) => b.victims - a.victims),
      flows: [...flows].map(([k, victims]) => {
        const [from, to] = k.split('>') as [string, string];
        return { from, to, victims };
      }),
      totalVictims: total,
    };
  }

  /** The records must exist, be active and be of kinds the caller may read; else a 400 naming the field. */
  private async checkSeeds(
    seeds: RecordPointer[],
    filter: LinkFilter,
    field: string,
  ): Promise<RecordPointer[]> {
    for (const s of seeds) {
      if (!filter.kinds.includes(s.kind))
        throw fieldError(field, `${s.kind} records are not readable here`);
      if (!(await this.refs.isActive(this.database.pool, s.kind, s.id)))
        throw fieldError(field, `no active ${s.kind} ${s.id}`);
    }
    return seeds;
  }

  private async linksAlong(
    ids: string[],
    pairs: [string, string][],
    filter: LinkFilter,
  ): Promise<{ edges: GraphEdgeDto[]; hidden: Map<string, number> }> {
    const [edges, counts] = await Promise.all([
      this.repo.linksAlong(pairs, filter),
      this.repo.linkCounts(ids, filter),
    ]);
    const hidden = new Map(counts);
    for (const e of edges)
      for (const end of [e.source, e.target]) {
        const id = end.slice(end.indexOf(':') + 1);
        hidden.set(id, (hidden.get(id) ?? 0) - 1);
      }
    return { edges, hidden };
  }

  private async assemble(
    ids: string[],
    depth: Map<string, number>,
    kindOf: Map<string, RecordKind>,
    filter: LinkFilter,
    truncated: boolean,
    along?: [string, string][],
  ): Promise<GraphResultDto> {
    // Labels and links at once, on two connections: a record archived meanwhile is dropped with its links below.
    // A path draws only the links along it (`along`): its records' other links count as not shown.
    const [described, { edges: among, hidden }] = await Promise.all([
      this.refs.describeActive(
        this.database.pool,
        ids.map((id) => ({ kind: kindOf.get(id)!, id })),
      ),
      along ? this.linksAlong(ids, along, filter) : this.repo.linksAmongAndBeyond(ids, filter),
    ]);
    // Archived records drop out (describe skips them), and with them their links.
    const nodes: GraphNodeDto[] = ids.flatMap((id) => {
      const kind = kindOf.get(id)!;
      const key = refKey(kind, id);
      const d = described.get(key);
      return d
        ? [
            {
              key,
              kind,
              id,
              label: d.label,
              sublabel: d.sublabel,
              category: d.category,
              depth: depth.get(id) ?? 0,
            },
          ]
        : [];
    });
    const shown = new Set(nodes.map((n) => n.key));
    const edges = among.filter((e) => shown.has(e.source) && shown.has(e.target));
    // Which shown records have more links than are drawn: the outermost ring, or everything when the cap cut in.
    const maxDepth = Math.max(0, ...nodes.map((n) => n.depth));
    const atEdge = (n: GraphNodeDto) => truncated || n.depth === maxDepth;
    return {
      nodes,
      edges,
      truncated,
      frontier: nodes
        .filter((n) => atEdge(n) && (hidden.get(n.id) ?? 0) > 0)
        .map((n) => ({ key: n.key, hidden: hidden.get(n.id)! })),
    };
  }
}
