import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import {
  auditCount,
  expectArchiveAndRestore,
  expectCreated,
  expectRefused,
  expectVersionedUpdates,
  OUTSIDE_THE_REGISTRY,
  rowCount,
  startRegistryApp,
} from './utils/registry-suites';
import { type Agent, DEMO_ROLES, type TestApp } from './utils/test-app';

describe('brokers', () => {
  let t: TestApp;
  let inv: Agent;
  let sup: Agent;
  let places: Record<string, string>;

  beforeAll(async () => {
    ({ t, places, inv, sup } = await startRegistryApp());
  }, 60_000);
  afterAll(async () => t?.close());

  const broker = (over: Record<string, unknown> = {}) => ({
    nameKm: 'សុខ សុខា',
    nameLatin: 'Sok Sokha',
    aliases: ['Bong Kha'],
    sex: 'male',
    birthYear: 1988,
    nationality: 'KH',
    homePlaceId: places['01020101'],
    role: 'local_recruiter',
    ...over,
  });

  it('records a broker with a Khmer name, a reference code, the home village with its parents, and an audit row', async () => {
    const res = await expectCreated(inv, '/api/brokers', broker(), {
      refCode: expect.stringMatching(/^B-\d{4}$/),
      nameKm: 'សុខ សុខា',
      legalStatus: 'unknown',
      version: 1,
      archivedAt: null,
      homePlace: {
        nameLatin: 'Ou Thum',
        pathLatin: 'Phum Ou Thum, Banteay Neang commune, Mongkol Borey, Banteay Meanchey',
      },
    });
    expect(await auditCount(t.dataSource, 'create', res.body.id)).toBe(1);
  });

  it('refuses a broker without any name, naming the field', async () => {
    const res = await inv
      .post('/api/brokers')
      .send(broker({ nameKm: null, nameLatin: null, aliases: [] }));
    expect(res.status).toBe(400);
    expect(res.body.fields[0].field).toBe('nameLatin');
  });

  it.each([
    ['role', { role: 'boss' }],
    ['birthYear', { birthYear: '1988' }],
    ['birthYear', { birthYear: 1800 }],
    ['nationality', { nationality: 'Cambodia' }],
    ['homePlaceId', { homePlaceId: 'not-a-uuid' }],
    ['homePlaceId', { homePlaceId: '5f0c7a52-3c1d-4e55-9d0e-6a4f1a2b3c4d' }],
    ['aliases', { aliases: 'Bong Kha' }],
    ['aliases', { aliases: [''] }],
    ['refCode', { refCode: 'B-9999' }],
    ['version', { version: 7 }],
    ['notes', { notes: 'x'.repeat(10_001) }],
  ])('answers 400 naming %s and records nothing', async (field, over) => {
    await expectRefused(
      field,
      () => inv.post('/api/brokers').send(broker(over)),
      () => rowCount(t.dataSource, 'brokers'),
    );
  });

  it('lists with pagination, allow-listed sorting, filters and name search in both scripts', async () => {
    await inv.post('/api/brokers').send(
      broker({
        nameKm: null,
        nameLatin: 'Chan Dara',
        aliases: [],
        role: 'transporter',
        homePlaceId: places['01020102'],
      }),
    );
    const all = await inv.get('/api/brokers?sort=nameLatin&order=asc&pageSize=100');
    expect(all.status).toBe(200);
    const names = all.body.items.map((b: { nameLatin: string }) => b.nameLatin);
    expect([...names].sort()).toEqual(names);
    expect(
      (await inv.get('/api/brokers?role=transporter')).body.items.map(
        (b: { nameLatin: string }) => b.nameLatin,
      ),
    ).toEqual(['Chan Dara']);
    expect(
      (await inv.get(`/api/brokers?homePlaceId=${places['01']}`)).body.total,
    ).toBeGreaterThanOrEqual(2);
    expect((await inv.get(`/api/brokers?homePlaceId=${places['01020102']}`)).body.total).toBe(1);
    expect(
      (await inv.get(`/api/brokers?q=${encodeURIComponent('សុខា')}`)).body.items[0].nameLatin,
    ).toBe('Sok Sokha');
    expect((await inv.get('/api/brokers?q=sok%20sokha')).body.total).toBeGreaterThanOrEqual(1);
    expect((await inv.get('/api/brokers?q=bong')).body.items[0].aliases).toContain('Bong Kha');
    expect((await inv.get('/api/brokers?sort=password')).status).toBe(400);
    expect(
      (await inv.get(`/api/brokers?q=${encodeURIComponent("' OR 1=1--")}`)).body.items,
    ).toEqual([]);
  });

  it('updates with the current version, 409 with the current record on a stale one', async () => {
    const created = (await inv.post('/api/brokers').send(broker({ nameLatin: 'Versioned' }))).body;
    const cleared = { notes: 'seen in Poipet', birthYear: null };
    await expectVersionedUpdates({
      t,
      url: `/api/brokers/${created.id}`,
      inv,
      sup,
      rival: inv,
      first: {
        update: { version: 1, legalStatus: 'arrested' },
        expected: { legalStatus: 'arrested', version: 2 },
      },
      stale: {
        update: { version: 1, legalStatus: 'convicted' },
        current: { legalStatus: 'arrested', version: 2 },
      },
      second: { update: { version: 2, ...cleared }, expected: { ...cleared, version: 3 } },
    });
  });

  it('archives instead of deleting; a supervisor restores', async () => {
    const created = (await inv.post('/api/brokers').send(broker({ nameLatin: 'Archivable' }))).body;
    await expectArchiveAndRestore({
      t,
      path: '/api/brokers',
      id: created.id,
      inv,
      sup,
      listed: 'q=archivable',
      update: { version: 2, nameLatin: 'X' },
    });
  });

  it('is out of reach for roles without broker access', async () => {
    for (const role of OUTSIDE_THE_REGISTRY) {
      const agent = await t.signIn(DEMO_ROLES[role]);
      expect((await agent.get('/api/brokers')).status).toBe(403);
      expect((await agent.post('/api/brokers').send(broker())).status).toBe(403);
    }
  });
});
