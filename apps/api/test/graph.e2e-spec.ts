import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Role } from '@khsae/domain';

import { seedPlaces } from './utils/registry-fixtures';
import { OUTSIDE_THE_REGISTRY } from './utils/registry-suites';
import { type Agent, DEMO_ROLES, startTestApp, type TestApp } from './utils/test-app';

/**
 * A hand-built network with known answers:
 *   B1 recruited X1 (confirmed), X2 (probable); B2 recruited X3 (possible)
 *   B1, B2 work for B3 (the bridge); B3 and B5 work for B4; B1 associate of B5; B4 operates C1
 *   X1 held at C1; X3 held at C2; X1 located in village V; B6 stands alone
 */
describe('the link graph', () => {
  let t: TestApp;
  let inv: Agent;
  const id: Record<string, string> = {};
  const key = (name: string) => {
    const kind = name.startsWith('B')
      ? 'broker'
      : name.startsWith('X')
        ? 'victim'
        : name.startsWith('C')
          ? 'compound'
          : 'place';
    return `${kind}:${id[name]}`;
  };
  const keysOf = (nodes: { key: string }[]) => nodes.map((n) => n.key).sort();
  const expectKeys = (nodes: { key: string }[], names: string[]) =>
    expect(keysOf(nodes)).toEqual(names.map(key).sort());

  beforeAll(async () => {
    t = await startTestApp();
    const places = await seedPlaces(t.dataSource);
    id['V'] = places['01020101']!;
    const q = <T>(sql: string, params: unknown[] = []) => t.dataSource.query<T>(sql, params);
    for (const b of ['B1', 'B2', 'B3', 'B4', 'B5', 'B6']) {
      const [row] = await q<{ id: string }[]>(
        `INSERT INTO brokers (name_latin, role) VALUES ($1, 'local_recruiter') RETURNING id`,
        [`Broker ${b}`],
      );
      id[b] = row!.id;
    }
    for (const [x, village] of [
      ['X1', places['01020101']],
      ['X2', places['01020101']],
      ['X3', places['01020102']],
    ] as const) {
      const [row] = await q<{ id: string }[]>(
        `INSERT INTO victims (sex, home_place_id) VALUES ('female', $1) RETURNING id`,
        [village],
      );
      id[x] = row!.id;
      await q(
        `INSERT INTO victim_identities (victim_id, full_name_latin) VALUES ($1, 'Canary Identity Name')`,
        [row!.id],
      );
    }
    for (const [c, country] of [
      ['C1', 'MM'],
      ['C2', 'LA'],
    ] as const) {
      const [row] = await q<{ id: string }[]>(
        `INSERT INTO compounds (name, country_code) VALUES ($1, $2) RETURNING id`,
        [`Compound ${c}`, country],
      );
      id[c] = row!.id;
    }
    const links: [string, string, string, string, string?][] = [
      ['B1', 'X1', 'recruited', 'confirmed', '2024-01-01'],
      ['B1', 'X2', 'recruited', 'probable', '2025-06-01'],
      ['B2', 'X3', 'recruited', 'possible'],
      ['B1', 'B3', 'works_for', 'confirmed'],
      ['B2', 'B3', 'works_for', 'confirmed'],
      ['B3', 'B4', 'works_for', 'probable'],
      ['B5', 'B4', 'works_for', 'probable'],
      ['B1', 'B5', 'associate_of', 'possible'],
      ['B4', 'C1', 'operates', 'confirmed'],
      ['X1', 'C1', 'held_at', 'confirmed'],
      ['X3', 'C2', 'held_at', 'confirmed'],
      ['X1', 'V', 'located_in', 'confirmed'],
    ];
    for (const [from, to, type, confidence, started] of links) {
      const kind = (n: string) => key(n).split(':')[0];
      await q(
        `INSERT INTO links (from_kind, from_id, to_kind, to_id, type, source, confidence, started_on, evidence)
         VALUES ($1, $2, $3, $4, $5, 'interview', $6, $7, $8)`,
        [
          kind(from),
          id[from],
          kind(to),
          id[to],
          type,
          confidence,
          started ?? null,
          `${from} ${type} ${to}`,
        ],
      );
    }
    inv = await t.signIn('investigator@demo.local');
  }, 60_000);
  afterAll(async () => t?.close());

  const get = async (path: string) => {
    const res = await inv.get(path);
    expect({ status: res.status, body: res.status === 200 ? 'ok' : res.body }).toEqual({
      status: 200,
      body: 'ok',
    });
    return res.body;
  };

  describe('neighbourhood', () => {
    it('expands hop by hop', async () => {
      expectKeys((await get(`/api/graph/neighborhood?seeds=${key('B1')}&hops=1`)).nodes, [
        'B1',
        'X1',
        'X2',
        'B3',
        'B5',
      ]);
      const two = await get(`/api/graph/neighborhood?seeds=${key('B1')}&hops=2`);
      expectKeys(two.nodes, ['B1', 'X1', 'X2', 'B3', 'B5', 'B2', 'B4', 'C1', 'V']);
      expect(two.nodes.find((n: { key: string }) => n.key === key('B4')).depth).toBe(2);
      // With the links among the shown records, including those between two second-hop records.
      expect(two.edges.map((e: { evidence: string }) => e.evidence).sort()).toEqual(
        [
          'B1 recruited X1',
          'B1 recruited X2',
          'B1 works_for B3',
          'B1 associate_of B5',
          'B2 works_for B3',
          'B3 works_for B4',
          'B5 works_for B4',
          'X1 held_at C1',
          'X1 located_in V',
          'B4 operates C1',
        ].sort(),
      );
      expect(two.truncated).toBe(false);
      // B2 has a neighbour (X3) beyond the hop limit.
      expect(two.frontier).toEqual(expect.arrayContaining([{ key: key('B2'), hidden: 1 }]));
      expectKeys((await get(`/api/graph/neighborhood?seeds=${key('B1')}&hops=3`)).nodes, [
        'B1',
        'X1',
        'X2',
        'B3',
        'B5',
        'B2',
        'B4',
        'C1',
        'V',
        'X3',
      ]);
    });

    it('filters by link type, confidence, record kind and date', async () => {
      expectKeys(
        (await get(`/api/graph/neighborhood?seeds=${key('B1')}&hops=3&linkTypes=recruited`)).nodes,
        ['B1', 'X1', 'X2'],
      );
      expectKeys(
        (await get(`/api/graph/neighborhood?seeds=${key('B1')}&hops=1&confidence=confirmed`)).nodes,
        ['B1', 'X1', 'B3'],
      );
      expectKeys(
        (await get(`/api/graph/neighborhood?seeds=${key('B1')}&hops=1&kinds=broker`)).nodes,
        ['B1', 'B3', 'B5'],
      );
      // X2's recruitment started in 2025, after the window; undated links always count.
      const dated = await get(`/api/graph/neighborhood?seeds=${key('B1')}&hops=1&until=2024-12-31`);
      expectKeys(dated.nodes, ['B1', 'X1', 'B3', 'B5']);
      // An open-ended link (B1 recruited X1 in 2024, no end) is still active later.
      expectKeys(
        (
          await get(
            `/api/graph/neighborhood?seeds=${key('B1')}&hops=1&since=2025-01-01&linkTypes=recruited`,
          )
        ).nodes,
        ['B1', 'X1', 'X2'],
      );
    });

    it('stops at the node cap and says so', async () => {
      const capped = await get(`/api/graph/neighborhood?seeds=${key('B1')}&hops=3&limit=3`);
      expect(capped.nodes).toHaveLength(3);
      expect(capped.truncated).toBe(true);
      expect(capped.frontier.length).toBeGreaterThan(0);
    });

    it('shows victims by code only, never identity', async () => {
      const g = await get(`/api/graph/neighborhood?seeds=${key('X1')}&hops=2`);
      const victim = g.nodes.find((n: { key: string }) => n.key === key('X1'));
      expect(victim.label).toMatch(/^V-\d{4}-\d{6}$/);
      expect(JSON.stringify(g)).not.toContain('Canary');
      const sup = await t.signIn('supervisor@demo.local');
      expect(
        JSON.stringify((await sup.get(`/api/graph/neighborhood?seeds=${key('X1')}&hops=2`)).body),
      ).not.toContain('Canary');
    });
  });

  describe('path', () => {
    it('finds the shortest path from a village to a compound, with the evidence of its links', async () => {
      const p = await get(`/api/graph/path?from=${key('V')}&to=${key('C1')}`);
      expect(p).toMatchObject({ found: true, hops: 2, reason: 'found' });
      expect(p.paths).toEqual([[key('V'), key('X1'), key('C1')]]);
      expect(p.edges.map((e: { evidence: string }) => e.evidence).sort()).toEqual([
        'X1 held_at C1',
        'X1 located_in V',
      ]);
    });

    it('returns every path when several tie', async () => {
      const p = await get(`/api/graph/path?from=${key('B1')}&to=${key('B4')}`);
      expect(p.hops).toBe(2);
      expect(p.paths.map((path: string[]) => path.join('>')).sort()).toEqual(
        [
          [key('B1'), key('B3'), key('B4')].join('>'),
          [key('B1'), key('B5'), key('B4')].join('>'),
        ].sort(),
      );
    });

    it('says when there is no path within the limit', async () => {
      const none = await get(`/api/graph/path?from=${key('B6')}&to=${key('C1')}`);
      expect(none).toMatchObject({
        found: false,
        paths: [],
        hops: null,
        reason: 'no_path_within_limit',
      });
      const far = await get(`/api/graph/path?from=${key('X2')}&to=${key('C2')}&maxHops=3`);
      expect(far.found).toBe(false);
      const near = await get(`/api/graph/path?from=${key('X2')}&to=${key('C2')}&maxHops=6`);
      expect(near).toMatchObject({ found: true, hops: 5 });
    });

    it('lists at most 20 of many tied paths', async () => {
      const broker = async (name: string) =>
        (
          await t.dataSource.query<{ id: string }[]>(
            `INSERT INTO brokers (name_latin, role) VALUES ($1, 'transporter') RETURNING id`,
            [name],
          )
        )[0]!.id;
      const [p, q] = [await broker('Tie P'), await broker('Tie Q')];
      for (let i = 0; i < 25; i += 1) {
        const m = await broker(`Tie M${i}`);
        await t.dataSource.query(
          `INSERT INTO links (from_kind, from_id, to_kind, to_id, type, source)
           VALUES ('broker', $1, 'broker', $2, 'associate_of', 'tip'), ('broker', $2, 'broker', $3, 'associate_of', 'tip')`,
          [p, m, q],
        );
      }
      const res = await get(`/api/graph/path?from=broker:${p}&to=broker:${q}`);
      expect(res).toMatchObject({ found: true, hops: 2 });
      expect(res.paths).toHaveLength(20);
      expect(res.nodes).toHaveLength(22);
      expect(res.edges).toHaveLength(40);
    });

    // With two levels left, both frontiers are matched in one statement: a link between them, or a record next to both.
    it.each([
      ['X1', 'X3', 4, [['X1', 'B1', 'B3', 'B2', 'X3']]],
      ['X1', 'X2', 2, [['X1', 'B1', 'X2']]],
      ['C1', 'B3', 3, [['C1', 'B4', 'B3']]],
      [
        'X2',
        'B4',
        3,
        [
          ['X2', 'B1', 'B3', 'B4'],
          ['X2', 'B1', 'B5', 'B4'],
        ],
      ],
    ])('meets in the middle: %s to %s within %i hops', async (from, to, maxHops, expected) => {
      const p = await get(`/api/graph/path?from=${key(from)}&to=${key(to)}&maxHops=${maxHops}`);
      expect(p).toMatchObject({ found: true, hops: expected[0]!.length - 1 });
      expect(p.paths.map((path: string[]) => path.join('>')).sort()).toEqual(
        expected.map((path) => path.map(key).join('>')).sort(),
      );
      const short = await get(
        `/api/graph/path?from=${key(from)}&to=${key(to)}&maxHops=${expected[0]!.length - 2}`,
      );
      expect(short.found).toBe(false);
    });
  });

  it('measures who holds the network together: the hub, then the bridge between the two recruiters', async () => {
    // Around B1 and B2, one hop: B1 links X1, X2, B5 and the bridge B3; B2 links X3 and B3.
    const { players } = await get(`/api/graph/key-players?seeds=${key('B1')},${key('B2')}&hops=1`);
    const score = Object.fromEntries(
      players.map((p: { key: string; betweenness: number }) => [p.key, p.betweenness]),
    );
    expect(players.map((p: { key: string }) => p.key).slice(0, 3)).toEqual([
      key('B1'),
      key('B3'),
      key('B2'),
    ]);
    expect([score[key('B1')], score[key('B3')], score[key('B2')], score[key('X1')]]).toEqual([
      12, 8, 5, 0,
    ]);
    expect(players.find((p: { key: string }) => p.key === key('B1')).degree).toBe(4);
  });

  it('counts village flows: villages to brokers to compounds and countries', async () => {
    const [province] = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM places WHERE code = '01'`,
    );
    const flows = await get(`/api/graph/village-flows?placeId=${province!.id}`);
    expect(flows.totalVictims).toBe(3);
    expect(flows.villages).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: id['V'], victims: 2 })]),
    );
    expect(flows.brokers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: id['B1'], victims: 2 }),
        expect.objectContaining({ id: id['B2'], victims: 1 }),
      ]),
    );
    // Each broker carries its code, so that two brokers of one name can be told apart.
    const codes = await t.dataSource.query<{ id: string; ref_code: string }[]>(
      `SELECT id, ref_code FROM brokers WHERE id = ANY($1)`,
      [[id['B1'], id['B2']]],
    );
    for (const { id: brokerId, ref_code } of codes)
      expect(flows.brokers).toContainEqual(
        expect.objectContaining({ id: brokerId, code: ref_code }),
      );
    expect(flows.flows).toEqual(
      expect.arrayContaining([
        { from: key('V'), to: key('B1'), victims: 2 },
        { from: key('B1'), to: key('C1'), victims: 1 },
        { from: key('B1'), to: 'compound:unknown', victims: 1 },
        { from: key('C2'), to: 'country:LA', victims: 1 },
      ]),
    );
  });

  it.each([
    ['seeds', '/api/graph/neighborhood'],
    ['seeds', '/api/graph/neighborhood?seeds=broker:not-a-uuid'],
    ['seeds', '/api/graph/neighborhood?seeds=user:5f0c7a52-3c1d-4e55-9d0e-6a4f1a2b3c4d'],
    ['seeds', '/api/graph/neighborhood?seeds=broker:5f0c7a52-3c1d-4e55-9d0e-6a4f1a2b3c4d'],
    ['hops', '/api/graph/neighborhood?seeds=SEED&hops=4'],
    ['limit', '/api/graph/neighborhood?seeds=SEED&limit=5000'],
    ['linkTypes', '/api/graph/neighborhood?seeds=SEED&linkTypes=knows'],
    ['since', '/api/graph/neighborhood?seeds=SEED&since=2025-13-01'],
    ['maxHops', '/api/graph/path?from=SEED&to=SEED2&maxHops=7'],
    ['to', '/api/graph/path?from=SEED'],
    ['placeId', '/api/graph/village-flows?placeId=abc'],
  ])('answers 400 naming %s for %s', async (field, path) => {
    const res = await inv.get(path.replace('SEED2', key('C1')).replace('SEED', key('B1')));
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain(field);
  });

  it("keeps each record's link count as links are added, archived and restored", async () => {
    const degree = async (name: string) =>
      Number(
        (
          await t.dataSource.query<{ degree: number }[]>(
            `SELECT degree FROM link_degrees WHERE record_id = $1`,
            [id[name]],
          )
        )[0]?.degree ?? 0,
      );
    expect(await degree('B1')).toBe(4);
    expect(await degree('C1')).toBe(2);
    const [link] = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM links WHERE from_id = $1 AND to_id = $2`,
      [id['B1'], id['B5']],
    );
    expect((await inv.delete(`/api/links/${link!.id}`)).status).toBe(200);
    expect([await degree('B1'), await degree('B5')]).toEqual([3, 1]);
    const sup = await t.signIn('supervisor@demo.local');
    expect((await sup.post(`/api/links/${link!.id}/restore`)).status).toBe(200);
    expect([await degree('B1'), await degree('B5')]).toEqual([4, 2]);
  });

  it('is for investigators and supervisors only', async () => {
    const status = async (role: Role) =>
      (await (await t.signIn(DEMO_ROLES[role])).get(`/api/graph/neighborhood?seeds=${key('B1')}`))
        .status;
    for (const role of OUTSIDE_THE_REGISTRY) expect(await status(role)).toBe(403);
    expect(await status('supervisor')).toBe(200);
  });
});
