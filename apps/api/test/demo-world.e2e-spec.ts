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
      // The gazetteer shipped with the product (apps/api/data/gazetteer), as a fresh clone has it.
      config: { demoWorld: true },
    });
    inv = await t.signIn('investigator@demo.local');
    const [row] = await t.dataSource.query<{ id: string }[]>(
      `SELECT home_place_id AS id FROM victims GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
    );
    village = row!.id;
  }, 180_000);
  afterAll(async () => t?.close());

  it('imports the gazetteer shipped with the product: every unit of Cambodia', async () => {
    const counts = await t.dataSource.query<{ kind: string; n: number }[]>(
      `SELECT kind::text, count(*)::int AS n FROM places
        WHERE kind IN ('province', 'district', 'commune', 'village') GROUP BY 1 ORDER BY 1`,
    );
    expect(Object.fromEntries(counts.map((c) => [c.kind, c.n]))).toEqual({
      province: 25,
      district: 210,
      commune: 1652,
      village: 14578,
    });
  });

  it('places every demo person in a real village of the gazetteer', async () => {
    const homes = await t.dataSource.query<{ kind: string; code: string | null; path: string }[]>(
      `SELECT DISTINCT p.kind::text, p.code, p.path_latin AS path FROM places p
        WHERE p.id IN (SELECT home_place_id FROM victims UNION SELECT home_place_id FROM brokers)`,
    );
    expect(homes.length).toBeGreaterThanOrEqual(12);
    for (const home of homes) {
      expect(home.kind).toBe('village');
      expect(home.code).toMatch(/^\d{8}$/);
      expect(home.path).not.toMatch(/demo/i);
    }
    // The same villages on every machine: the demo names them by official code.
    expect(homes.map((h) => h.code)).toContain('01020108');
  });

  it('keeps the demo world consistent: ages, dates of birth and the order of events agree', async () => {
    const [row] = await t.dataSource.query<Record<string, number>[]>(
      `WITH v AS (
         SELECT v.id, v.code, v.age_band::text AS band, v.recruited_on, i.date_of_birth,
                date_part('year', age(v.recruited_on, i.date_of_birth))::int AS age
           FROM victims v LEFT JOIN victim_identities i ON i.victim_id = v.id),
       recruited AS (SELECT to_id AS id, min(started_on) AS on_, count(*) AS n FROM links
                      WHERE type = 'recruited' GROUP BY to_id)
       SELECT
         (SELECT count(*) FROM v)::int AS victims,
         (SELECT count(*) FROM v WHERE date_of_birth IS NOT NULL)::int AS with_birth,
         (SELECT count(*) FROM v WHERE date_of_birth IS NOT NULL AND NOT (
            (band = 'under_14' AND age < 14) OR (band = '14_17' AND age BETWEEN 14 AND 17) OR
            (band = '18_24' AND age BETWEEN 18 AND 24) OR (band = '25_34' AND age BETWEEN 25 AND 34) OR
            (band = '35_44' AND age BETWEEN 35 AND 44) OR (band = '45_plus' AND age >= 45)))::int AS age_mismatch,
         (SELECT count(*) FROM v LEFT JOIN recruited r ON r.id = v.id
           WHERE r.id IS NULL OR r.n <> 1 OR r.on_ <> v.recruited_on)::int AS recruited_mismatch,
         (SELECT count(*) FROM v WHERE substr(code, 3, 4)::int < extract(year FROM recruited_on)
             OR recruited_on > current_date)::int AS code_before_recruitment,
         (SELECT count(*) FROM links l JOIN victims v ON v.id = l.to_id
           WHERE l.type = 'transported' AND l.started_on < v.recruited_on)::int AS transported_early,
         (SELECT count(*) FROM links l JOIN victims v ON v.id = l.from_id
           WHERE l.type IN ('travelled_route', 'held_at') AND l.started_on < v.recruited_on)::int AS moved_early,
         (SELECT count(*) FROM links h JOIN links tr ON tr.from_id = h.from_id AND tr.type = 'travelled_route'
           WHERE h.type = 'held_at' AND h.started_on < tr.started_on)::int AS held_before_travel,
         (SELECT count(*) FROM links l JOIN routes r ON r.id = l.to_id
           WHERE l.type = 'travelled_route'
             AND (l.started_on < r.first_seen OR l.started_on > r.last_seen))::int AS travel_outside_route,
         (SELECT count(*) FROM routes WHERE first_seen > last_seen)::int AS route_backwards`,
    );
    expect(row).toEqual({
      victims: 160,
      with_birth: 160,
      age_mismatch: 0,
      recruited_mismatch: 0,
      code_before_recruitment: 0,
      transported_early: 0,
      moved_early: 0,
      held_before_travel: 0,
      travel_outside_route: 0,
      route_backwards: 0,
    });
    // The codes the API assigns next follow the demo's.
    const [seq] = await t.dataSource.query<Record<string, number>[]>(
      `SELECT (SELECT last_value FROM broker_ref_seq)::int AS brokers,
              (SELECT last_value FROM route_ref_seq)::int AS routes,
              (SELECT last_value FROM victim_code_seq)::int AS victims`,
    );
    expect(seq).toEqual({ brokers: 40, routes: 8, victims: 160 });
  });

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
