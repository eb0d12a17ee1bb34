import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { type Agent, startTestApp, type TestApp } from './utils/test-app';

/**
 * Places are searched only through their search keys: a place of the demo world written without one
 * (the synthetic "Demo Province" was) is never found, and the village-flows area picker, which asks
 * for provinces by name, said "Nothing matches".
 */
describe('the demo world, searched as the area picker does', () => {
  let t: TestApp;
  let inv: Agent;

  beforeAll(async () => {
    t = await startTestApp({ config: { demoWorld: true } });
    inv = await t.signIn('investigator@demo.local');
  }, 180_000);
  afterAll(async () => t?.close());

  it('gives every place a search key', async () => {
    const missing = await t.dataSource.query<{ name_latin: string }[]>(
      `SELECT p.name_latin FROM places p
        WHERE NOT EXISTS (SELECT 1 FROM search_entries s WHERE s.record_id = p.id) LIMIT 5`,
    );
    expect(missing).toEqual([]);
  });

  it('finds the provinces the demo victims come from by name, as the area picker asks', async () => {
    const provinces = await t.dataSource.query<{ id: string; name_latin: string }[]>(
      `WITH RECURSIVE up AS (
         SELECT p.id, p.parent_id, p.kind, p.name_latin FROM places p
          WHERE p.id IN (SELECT DISTINCT home_place_id FROM victims WHERE home_place_id IS NOT NULL)
         UNION SELECT p.id, p.parent_id, p.kind, p.name_latin FROM places p JOIN up ON p.id = up.parent_id
       ) SELECT DISTINCT id, name_latin FROM up WHERE kind = 'province'`,
    );
    expect(provinces.length).toBeGreaterThan(0);
    for (const province of provinces) {
      const q = province.name_latin.slice(0, 4);
      const res = await inv.get(`/api/places?kind=province&q=${encodeURIComponent(q)}&pageSize=15`);
      expect(res.status).toBe(200);
      expect({ q, found: res.body.items.map((p: { id: string }) => p.id) }).toEqual({
        q,
        found: expect.arrayContaining([province.id]),
      });
    }
  });
});
