import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { type Agent, startTestApp, type TestApp } from './utils/test-app';

type Node = { key: string; kind: string; depth: number };
type Edge = { source: string; target: string; type: string; evidence: string | null };

/**
 * The "done": on the demo data an investigator starts from a village and sees the brokers
 * recruiting there, the victims they sent, their routes and compounds, and the phone that ties two
 * broker networks together.
 */
describe('the demo world on the link graph', () => {
  let t: TestApp;
  let inv: Agent;
  let village: string;

  beforeAll(async () => {
    t = await startTestApp({
      config: { demoWorld: true, gazetteerPath: '/nonexistent/gazetteer.csv' },
    });
    inv = await t.signIn('investigator@demo.local');
    const [row] = await t.dataSource.query<{ id: string }[]>(
      `SELECT home_place_id AS id FROM victims GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
    );
    village = row!.id;
  }, 120_000);
  afterAll(async () => t?.close());

  it('shows a village’s victims, their recruiters, routes and compounds', async () => {
    const res = await inv.get(`/api/graph/neighborhood?seeds=place:${village}&hops=2&limit=2000`);
    expect(res.status).toBe(200);
    const nodes = res.body.nodes as Node[];
    const shown = new Set(nodes.map((n) => n.key));
    const expected = await t.dataSource.query<{ key: string }[]>(
      `SELECT 'victim:' || id AS key FROM victims WHERE home_place_id = $1
       UNION SELECT 'broker:' || l.from_id FROM links l JOIN victims v ON v.id = l.to_id
        WHERE l.type = 'recruited' AND v.home_place_id = $1
       UNION SELECT 'compound:' || l.to_id FROM links l JOIN victims v ON v.id = l.from_id
        WHERE l.type = 'held_at' AND v.home_place_id = $1
       UNION SELECT 'route:' || l.to_id FROM links l JOIN victims v ON v.id = l.from_id
        WHERE l.type = 'travelled_route' AND v.home_place_id = $1`,
      [village],
    );
    expect(expected.length).toBeGreaterThan(10);
    for (const { key } of expected) expect(shown).toContain(key);
    expect(new Set(nodes.map((n) => n.kind))).toEqual(
      new Set(['place', 'victim', 'broker', 'compound', 'route']),
    );
    const depth = new Map(nodes.map((n) => [n.key, n.depth]));
    for (const { key } of expected.filter((e) => e.key.startsWith('victim:')))
      expect(depth.get(key)).toBe(1);
    // Victims by code only: no identity from the demo's identity records reaches the graph.
    const [identity] = await t.dataSource.query<{ name: string }[]>(
      `SELECT full_name_latin AS name FROM victim_identities i JOIN victims v ON v.id = i.victim_id
        WHERE v.home_place_id = $1 LIMIT 1`,
      [village],
    );
    expect(JSON.stringify(res.body)).not.toContain(identity!.name);
  });

  it('ties two broker networks by the phone they share', async () => {
    const [tie] = await t.dataSource.query<{ a: string; b: string; home: string }[]>(
      `SELECT l.from_id AS a, l.to_id AS b, br.home_place_id AS home FROM links l
         JOIN brokers br ON br.id = l.from_id WHERE l.type = 'shares_identifier'`,
    );
    const shared = await t.dataSource.query<{ holder_id: string }[]>(
      `SELECT h.holder_id FROM identifier_holders h JOIN identifiers i ON i.id = h.identifier_id
        WHERE i.value = '+85512345678' ORDER BY 1`,
    );
    expect(shared.map((h) => h.holder_id)).toEqual([tie!.a, tie!.b].sort());
    // From the first network's village, two hops reach the second network's broker through that link.
    const res = await inv.get(`/api/graph/neighborhood?seeds=place:${tie!.home}&hops=2&limit=2000`);
    expect(res.status).toBe(200);
    expect((res.body.nodes as Node[]).map((n) => n.key)).toContain(`broker:${tie!.b}`);
    const link = (res.body.edges as Edge[]).find((e) => e.type === 'shares_identifier');
    expect(link).toMatchObject({ source: `broker:${tie!.a}`, target: `broker:${tie!.b}` });
    expect(link?.evidence).toContain('+855 12 345 678');
  });
});
