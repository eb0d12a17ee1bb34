import { RECORD_KINDS } from '@khsae/domain';
import { beforeAll, describe, expect, it } from '@jest/globals';

import { RecordRefsService, refKey } from 'src/common/records/record-refs.service';
import { BrokersModule } from 'src/modules/brokers/brokers.module';
import { CompoundsModule } from 'src/modules/compounds/compounds.module';
import { GraphModule } from 'src/modules/graph/graph.module';
import { GraphRepository, type LinkFilter } from 'src/modules/graph/graph.repository';
import { PlacesModule } from 'src/modules/places/places.module';
import { RoutesModule } from 'src/modules/routes/routes.module';
import { VictimsModule } from 'src/modules/victims/victims.module';

// eslint-disable-next-line no-restricted-imports -- the test harness lives outside src
import { seedPlaces } from '../../../test/utils/registry-fixtures';
// eslint-disable-next-line no-restricted-imports -- the test harness lives outside src
import { useTestModules } from '../../../test/utils/test-modules';

const ANY: LinkFilter = {
  linkTypes: [],
  confidences: [],
  kinds: [...RECORD_KINDS],
  from: null,
  to: null,
};

describe('GraphRepository and the labels of its records', () => {
  const t = useTestModules([
    PlacesModule,
    BrokersModule,
    VictimsModule,
    CompoundsModule,
    RoutesModule,
    GraphModule,
  ]);
  let repo: GraphRepository;
  let refs: RecordRefsService;
  let places: Record<string, string>;
  /** The records of a small network, by name. */
  const id: Record<string, string> = {};

  const insert = async (sql: string, params: unknown[]) =>
    (await t.pool.query<{ id: string }[]>(`${sql} RETURNING id`, params))[0]!.id;
  const link = (
    from: [string, string],
    to: [string, string],
    type: string,
    extra: { confidence?: string; startedOn?: string; archived?: boolean } = {},
  ) =>
    insert(
      `INSERT INTO links (from_kind, from_id, to_kind, to_id, type, source, confidence, started_on, archived_at)
       VALUES ($1, $2, $3, $4, $5, 'interview', $6, $7, CASE WHEN $8 THEN now() END)`,
      [
        from[0],
        id[from[1]] ?? places[from[1]],
        to[0],
        id[to[1]] ?? places[to[1]],
        type,
        extra.confidence ?? 'confirmed',
        extra.startedOn ?? null,
        extra.archived ?? false,
      ],
    );

  beforeAll(async () => {
    repo = t.get(GraphRepository);
    refs = t.get(RecordRefsService);
    places = await seedPlaces(t.dataSource);
    const village = places['01020101'];
    const broker = (name: string, role: string, km: string | null = null) =>
      insert(`INSERT INTO brokers (name_latin, name_km, role) VALUES ($1, $2, $3)`, [
        name,
        km,
        role,
      ]);
    id['sokha'] = await broker('Sok Sokha', 'local_recruiter', 'សុខ សុខា');
    id['agent'] = await broker('Li Wei', 'foreign_agent');
    id['gone'] = await broker('Archived Broker', 'transporter');
    await t.pool.query(`UPDATE brokers SET archived_at = now() WHERE id = $1`, [id['gone']]);
    id['nameless'] = await insert(
      `INSERT INTO brokers (aliases, role) VALUES ('{Bong Dara}', 'transporter')`,
      [],
    );
    id['v1'] = await insert(
      `INSERT INTO victims (home_place_id, status) VALUES ($1, 'in_compound')`,
      [village],
    );
    id['v2'] = await insert(`INSERT INTO victims (home_place_id) VALUES ($1)`, [
      places['01020102'],
    ]);
    id['compound'] = await insert(
      `INSERT INTO compounds (name, country_code, status) VALUES ('Golden Lotus Park', 'MM', 'active')`,
      [],
    );
    id['route'] = await insert(
      `INSERT INTO routes (name, origin_place_id) VALUES ('Poipet run', $1)`,
      [village],
    );
    await link(['broker', 'sokha'], ['victim', 'v1'], 'recruited');
    await link(['broker', 'sokha'], ['victim', 'v2'], 'recruited', { confidence: 'possible' });
    await link(['victim', 'v1'], ['compound', 'compound'], 'held_at');
    await link(['victim', 'v1'], ['route', 'route'], 'travelled_route', {
      startedOn: '2024-03-01',
    });
    await link(['broker', 'sokha'], ['broker', 'agent'], 'works_for');
    await link(['broker', 'agent'], ['broker', 'nameless'], 'associate_of', { archived: true });
    await link(['broker', 'sokha'], ['place', '01020101'], 'located_in');
  }, 60_000);

  it('labels each kind as its own module declared it, victims by code only, archived ones left out', async () => {
    const all = [
      { kind: 'broker' as const, id: id['sokha']! },
      { kind: 'broker' as const, id: id['nameless']! },
      { kind: 'broker' as const, id: id['gone']! },
      { kind: 'victim' as const, id: id['v1']! },
      { kind: 'compound' as const, id: id['compound']! },
      { kind: 'place' as const, id: places['01020101']! },
      { kind: 'route' as const, id: id['route']! },
    ];
    const described = await refs.describeActive(t.pool, all);
    const [v1] = await t.pool.query<{ code: string }[]>(`SELECT code FROM victims WHERE id = $1`, [
      id['v1'],
    ]);
    const pick = (kind: (typeof all)[number]['kind'], key: string) => {
      const d = described.get(refKey(kind, key));
      return d && { label: d.label, sublabel: d.sublabel, category: d.category };
    };
    expect(pick('broker', id['sokha']!)).toEqual({
      label: 'Sok Sokha',
      sublabel: expect.stringMatching(/^B-\d{4} · សុខ សុខា$/),
      category: 'local_recruiter',
    });
    expect(pick('broker', id['nameless']!)).toEqual({
      label: 'Bong Dara',
      sublabel: expect.stringMatching(/^B-\d{4}$/),
      category: 'transporter',
    });
    expect(pick('broker', id['gone']!)).toBeUndefined();
    expect(pick('victim', id['v1']!)).toEqual({
      label: v1!.code,
      sublabel: null,
      category: 'in_compound',
    });
    expect(pick('compound', id['compound']!)).toEqual({
      label: 'Golden Lotus Park',
      sublabel: expect.stringMatching(/^C-\d{4} · MM$/),
      category: 'active',
    });
    expect(pick('place', places['01020101']!)).toEqual({
      label: 'Ou Thum',
      sublabel: 'Phum Ou Thum, Banteay Neang commune, Mongkol Borey, Banteay Meanchey',
      category: 'village',
    });
    expect(pick('route', id['route']!)).toEqual({
      label: 'Poipet run',
      sublabel: expect.stringMatching(/^R-\d{4}$/),
      category: null,
    });
    expect(described.size).toBe(all.length - 1);

    const resolved = await refs.resolve(t.pool, all);
    expect(resolved.get(refKey('broker', id['gone']!))).toMatchObject({ label: 'Archived Broker' });
    expect(resolved.get(refKey('victim', id['v1']!))).toEqual({
      kind: 'victim',
      id: id['v1'],
      label: v1!.code,
      sublabel: null,
    });
    expect(await refs.isActive(t.pool, 'broker', id['gone']!)).toBe(false);
    expect(await refs.isActive(t.pool, 'route', id['route']!)).toBe(true);
    expect(await refs.describeActive(t.pool, [])).toEqual(new Map());
  });

  it('expands one hop to new neighbours only, by kind, type and confidence, up to a limit', async () => {
    const around = await repo.expandNodes([id['sokha']!], [id['sokha']!], ANY, 10);
    expect(around.map((n) => [n.neighbour, n.kind]).sort()).toEqual(
      [
        [id['v1'], 'victim'],
        [id['v2'], 'victim'],
        [id['agent'], 'broker'],
        [places['01020101'], 'place'],
      ].sort(),
    );
    const victims = { ...ANY, kinds: ['victim' as const] };
    expect(await repo.expandNodes([id['sokha']!], [id['v1']!], victims, 10)).toEqual([
      { neighbour: id['v2'], kind: 'victim' },
    ]);
    const confirmed = {
      ...ANY,
      confidences: ['confirmed' as const],
      linkTypes: ['recruited' as const],
    };
    expect(await repo.expandNodes([id['sokha']!], [], confirmed, 10)).toEqual([
      { neighbour: id['v1'], kind: 'victim' },
    ]);
    expect(await repo.expandNodes([id['sokha']!], [], ANY, 2)).toHaveLength(2);
    // The archived link leads nowhere.
    expect(await repo.expandNodes([id['nameless']!], [], ANY, 10)).toEqual([]);
  });

  it('keeps only the steps that meet the other side once some do', async () => {
    const steps = await repo.expand([id['sokha']!], [id['sokha']!], ANY, 100, [id['v1']!]);
    expect(steps).toEqual([
      { source: id['sokha'], neighbour: id['v1'], kind: 'victim', meets: true },
    ]);
    const all = await repo.expand([id['v1']!], [], ANY, 100);
    expect(all.every((s) => !s.meets)).toBe(true);
    expect(all.map((s) => s.neighbour).sort()).toEqual(
      [id['sokha'], id['compound'], id['route']].sort(),
    );
  });

  it('meets two frontiers directly, or through the records next to both', async () => {
    const direct = await repo.meetBetween([id['sokha']!], [id['v1']!], ANY);
    expect(direct).toEqual([
      { via: 'direct', source: id['sokha'], middle: id['v1'], kind: 'victim' },
    ]);
    const middle = await repo.meetBetween([id['v1']!], [id['v2']!], ANY);
    expect(middle.map((m) => [m.via, m.source, m.middle, m.kind]).sort()).toEqual(
      [
        ['near', id['v1'], id['sokha'], 'broker'],
        ['far', id['v2'], id['sokha'], 'broker'],
      ].sort(),
    );
    expect(await repo.meetBetween([id['compound']!], [id['agent']!], ANY)).toEqual([]);
  });

  it('draws the links among records and counts those leading beyond, filtered or not', async () => {
    const ids = [id['sokha']!, id['v1']!, id['agent']!];
    for (const filter of [ANY, { ...ANY, from: '2000-01-01' }]) {
      const { edges, hidden } = await repo.linksAmongAndBeyond(ids, filter);
      expect(edges.map((e) => e.type).sort()).toEqual(['recruited', 'works_for']);
      expect(edges.find((e) => e.type === 'recruited')).toMatchObject({
        source: `broker:${id['sokha']}`,
        target: `victim:${id['v1']}`,
        confidence: 'confirmed',
        sourceKind: 'interview',
      });
      const beyond = [...hidden].filter(([, n]) => n > 0);
      expect(Object.fromEntries(beyond)).toEqual({ [id['sokha']!]: 2, [id['v1']!]: 2 });
    }
    const counts = await repo.linkCounts(ids, ANY);
    expect(Object.fromEntries(counts)).toEqual({
      [id['sokha']!]: 4,
      [id['v1']!]: 3,
      [id['agent']!]: 1,
    });
    const before2024 = await repo.linkCounts([id['v1']!], { ...ANY, to: '2023-12-31' });
    expect(before2024.get(id['v1']!)).toBe(2);
    const along = await repo.linksAlong([[id['v1']!, id['sokha']!]], ANY);
    expect(along).toEqual([expect.objectContaining({ type: 'recruited', startedOn: null })]);
  });

  it('counts the victims from an area by village, recruiter and compound', async () => {
    const flows = await repo.villageFlows(places['0102']!);
    expect(
      flows
        .map((f) => ({ ...f, victims: Number(f.victims) }))
        .sort((a, b) => a.village_id.localeCompare(b.village_id)),
    ).toEqual(
      [
        {
          village_id: places['01020101'],
          broker_id: id['sokha'],
          compound_id: id['compound'],
          country_code: 'MM',
          victims: 1,
        },
        {
          village_id: places['01020102'],
          broker_id: id['sokha'],
          compound_id: null,
          country_code: null,
          victims: 1,
        },
      ].sort((a, b) => a.village_id!.localeCompare(b.village_id!)),
    );
    expect(await repo.villageFlows(places['01020102']!)).toHaveLength(1);
  });
});
