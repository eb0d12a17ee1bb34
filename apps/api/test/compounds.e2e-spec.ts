import { randomBytes } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { seedPlaces } from './utils/registry-fixtures';
import { auditRows, startTestApp, type TestApp } from './utils/test-app';

type Agent = Awaited<ReturnType<TestApp['signIn']>>;

const RANDOM_ID = '5f0c7a52-3c1d-4e55-9d0e-6a4f1a2b3c4d';
// Other records (the demo world) may exist: names carrying this token tell the test's own apart.
const TOKEN = `Qx${randomBytes(4).toString('hex')}`;

describe('compounds', () => {
  let t: TestApp;
  let inv: Agent;
  let sup: Agent;
  let places: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp();
    places = await seedPlaces(t.dataSource);
    inv = await t.signIn('investigator@demo.local');
    sup = await t.signIn('supervisor@demo.local');
  }, 60_000);
  afterAll(async () => t?.close());

  const compound = (over: Record<string, unknown> = {}) => ({
    name: 'Jin Bei 4',
    aliases: ['ជីនបី ៤', 'Golden Fortune'],
    countryCode: 'KH',
    placeId: places['01020101'],
    address: 'Road 4, Otres',
    lat: 10.58,
    lng: 103.55,
    operator: 'Golden Fortune Resort Ltd',
    scamTypes: ['pig_butchering', 'crypto_investment'],
    status: 'active',
    indicators: ['guarded_gates', 'barbed_wire'],
    notes: 'Seen from the road: tinted windows on the third floor.',
    ...over,
  });

  const count = async () =>
    (await t.dataSource.query<{ n: string }[]>('SELECT count(*) AS n FROM compounds'))[0]!.n;

  it('records a compound with a reference code, its place with parents, and an audit row', async () => {
    const res = await inv.post('/api/compounds').send(compound());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      refCode: expect.stringMatching(/^C-\d{4}$/),
      name: 'Jin Bei 4',
      aliases: ['ជីនបី ៤', 'Golden Fortune'],
      countryCode: 'KH',
      lat: 10.58,
      lng: 103.55,
      operator: 'Golden Fortune Resort Ltd',
      scamTypes: ['pig_butchering', 'crypto_investment'],
      status: 'active',
      indicators: ['guarded_gates', 'barbed_wire'],
      version: 1,
      archivedAt: null,
      place: {
        nameLatin: 'Ou Thum',
        pathLatin: 'Phum Ou Thum, Banteay Neang commune, Mongkol Borey, Banteay Meanchey',
      },
    });
    expect(
      await auditRows(t.dataSource, { action: 'create', resourceId: res.body.id }),
    ).toHaveLength(1);
    const fetched = await inv.get(`/api/compounds/${res.body.id}`);
    expect(fetched.status).toBe(200);
    expect(fetched.body).toEqual(res.body);
  });

  it('needs only a name and a country; status defaults to suspected', async () => {
    const res = await inv.post('/api/compounds').send({ name: 'Minimal', countryCode: 'MM' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'suspected',
      aliases: [],
      scamTypes: [],
      indicators: [],
      place: null,
      lat: null,
      lng: null,
      operator: null,
    });
  });

  it('keeps Khmer text exactly, folded to NFC with zero-width spaces removed from names', async () => {
    const khmer = 'កំពង់សោម ខេត្តព្រះសីហនុ';
    const res = await inv.post('/api/compounds').send(
      compound({
        name: `ជីនបី\u200Bប្រាំ${TOKEN}`,
        aliases: [khmer],
        address: 'ផ្លូវលេខ ៤ អូរត្រេះ',
        notes: `${khmer} <script>alert(1)</script> 🚨`,
      }),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: `ជីនបីប្រាំ${TOKEN}`,
      aliases: [khmer],
      address: 'ផ្លូវលេខ ៤ អូរត្រេះ',
      notes: `${khmer} <script>alert(1)</script> 🚨`,
    });
    const again = await inv.get(`/api/compounds/${res.body.id}`);
    expect(again.body.aliases[0]).toBe(khmer);
    expect(again.body.name.normalize('NFC')).toBe(again.body.name);
    const found = await inv.get(`/api/compounds?q=${encodeURIComponent(`ជីនបីប្រាំ${TOKEN}`)}`);
    expect(found.body.items.map((c: { id: string }) => c.id)).toEqual([res.body.id]);
  });

  it.each([
    ['name', { name: '' }],
    ['name', { name: 12 }],
    ['name', { name: 'x'.repeat(201) }],
    ['name', { name: '\u200B' }],
    ['countryCode', { countryCode: 'XX' }],
    ['countryCode', { countryCode: 'kh' }],
    ['countryCode', { countryCode: 'Cambodia' }],
    ['countryCode', { countryCode: null }],
    ['placeId', { placeId: 'not-a-uuid' }],
    ['placeId', { placeId: RANDOM_ID }],
    ['lat', { lat: '10.5' }],
    ['lat', { lat: 91 }],
    ['lat', { lat: [10] }],
    ['lng', { lng: -181 }],
    ['lng', { lng: { $gt: 0 } }],
    ['lng', { lng: null }],
    ['scamTypes', { scamTypes: ['romance'] }],
    ['scamTypes', { scamTypes: 'phishing' }],
    ['indicators', { indicators: ['moat'] }],
    ['status', { status: 'demolished' }],
    ['status', { status: null }],
    ['aliases', { aliases: [''] }],
    ['aliases', { aliases: Array.from({ length: 31 }, (_, i) => `a${i}`) }],
    ['notes', { notes: 'x'.repeat(10_001) }],
    ['address', { address: 'x'.repeat(501) }],
    ['refCode', { refCode: 'C-9999' }],
    ['id', { id: RANDOM_ID }],
    ['version', { version: 7 }],
    ['createdBy', { createdBy: RANDOM_ID }],
    ['archivedAt', { archivedAt: '2025-01-01T00:00:00Z' }],
    ['notes', { notes: 'a\u0000b' }],
  ])('answers 400 naming %s and records nothing', async (field, over) => {
    const before = await count();
    const res = await inv.post('/api/compounds').send(compound(over));
    expect(res.status).toBe(400);
    expect(res.body.fields.map((f: { field: string }) => f.field)).toContain(field);
    expect(await count()).toBe(before);
  });

  it('refuses an archived place', async () => {
    const th = (await inv.get('/api/places?q=thailand&kind=country')).body.items[0];
    const city = (
      await inv
        .post('/api/places')
        .send({ kind: 'city', nameLatin: 'Mae Sot', countryCode: 'TH', parentId: th.id })
    ).body;
    await inv.delete(`/api/places/${city.id}`);
    const res = await inv
      .post('/api/compounds')
      .send(compound({ countryCode: 'TH', placeId: city.id }));
    expect(res.status).toBe(400);
    expect(res.body.fields[0].field).toBe('placeId');
  });

  it('answers 413 to an oversized body and 400 to malformed JSON', async () => {
    const huge = await inv.post('/api/compounds').send(compound({ notes: 'x'.repeat(2_000_000) }));
    expect(huge.status).toBe(413);
    const bad = await inv
      .post('/api/compounds')
      .set('content-type', 'application/json')
      .send('{"name": ');
    expect(bad.status).toBe(400);
  });

  // Filters and sort orders are covered by compounds.repository.medium-spec.ts.
  it('lists with pagination, filters and search by the keys a write leaves', async () => {
    const TAG = `List${TOKEN}`;
    const a = (
      await inv.post('/api/compounds').send(
        compound({
          name: `Shwe Kokko ${TAG}`,
          aliases: [`Yatai New City ${TAG}`],
          countryCode: 'MM',
          placeId: null,
          operator: `Yatai International Holding ${TAG}`,
          status: 'raided',
        }),
      )
    ).body;
    const b = (
      await inv
        .post('/api/compounds')
        .send(
          compound({
            name: `KK Park ${TAG}`,
            aliases: [`កេកេ${TAG}`],
            countryCode: 'MM',
            placeId: null,
          }),
        )
    ).body;
    const all = await inv.get('/api/compounds?sort=name&order=desc&pageSize=100');
    expect(all.status).toBe(200);
    const page = await inv.get('/api/compounds?pageSize=2&page=2&sort=refCode');
    expect(page.body).toMatchObject({
      page: 2,
      pageSize: 2,
      total: all.body.total,
      totalExact: true,
    });
    expect(page.body.items).toHaveLength(2);

    const ids = async (query: string) =>
      (await inv.get(`/api/compounds?${query}&pageSize=100`)).body.items.map(
        (c: { id: string }) => c.id,
      );
    const token = TAG.toLowerCase();
    expect(await ids(`q=${token}`)).toEqual([a.id, b.id]);
    expect(await ids(`q=${token}&countryCode=MM&status=raided`)).toEqual([a.id]);
    expect(await ids(`q=yatai%20international%20holding%20${token}`)).toEqual([a.id]);
    expect(await ids(`q=${encodeURIComponent(`កេកេ${TAG}`)}`)).toEqual([b.id]);
    expect(await ids(`q=${encodeURIComponent(b.refCode)}`)).toContain(b.id);

    for (const query of [
      'sort=password',
      'sort=name;DROP TABLE compounds',
      'sort=(SELECT pg_sleep(5))',
      'order=sideways',
      'status=demolished',
      'status=active&status=raided',
      'countryCode=Myanmar',
      'scamType=romance',
      'archived=yes',
      'page=0',
      'pageSize=1000',
      'pageSize=ten',
      `q=${'x'.repeat(101)}`,
    ]) {
      const res = await inv.get(`/api/compounds?${query}`);
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
    }
    for (const q of [
      "' OR 1=1--",
      "%' UNION SELECT id FROM users--",
      'qjxq%',
      'qjxq_',
      "qjxq' --",
    ]) {
      const res = await inv.get(`/api/compounds?q=${encodeURIComponent(q)}`);
      expect(res.status).toBe(200);
      expect(res.body.items).toEqual([]);
    }
    expect((await inv.get('/api/compounds?status=active%27%20--')).status).toBe(400);
    expect(await count()).not.toBe('0');
  });

  it('updates with the current version, 409 with the current record on a stale one', async () => {
    const created = (await inv.post('/api/compounds').send(compound({ name: 'Versioned' }))).body;
    const ok = await inv
      .patch(`/api/compounds/${created.id}`)
      .send({ version: 1, status: 'raided', operator: `New Front Co ${TOKEN}`, aliases: ['V2'] });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      status: 'raided',
      operator: `New Front Co ${TOKEN}`,
      version: 2,
    });
    expect(
      (await inv.get(`/api/compounds?q=new%20front%20co%20${TOKEN}`)).body.items.map(
        (c: { id: string }) => c.id,
      ),
    ).toEqual([created.id]);
    expect((await inv.get('/api/compounds?q=golden%20fortune%20resort')).body.items).not.toEqual(
      expect.arrayContaining([expect.objectContaining({ id: created.id })]),
    );
    const stale = await sup
      .patch(`/api/compounds/${created.id}`)
      .send({ version: 1, status: 'closed' });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ status: 'raided', version: 2 });
    const cleared = await inv.patch(`/api/compounds/${created.id}`).send({
      version: 2,
      operator: null,
      lat: null,
      lng: null,
      placeId: null,
      scamTypes: null,
      notes: null,
    });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({
      operator: null,
      lat: null,
      lng: null,
      place: null,
      scamTypes: [],
      notes: null,
      version: 3,
    });
    expect(
      await auditRows(t.dataSource, { action: 'update', resourceId: created.id }),
    ).toHaveLength(2);
  });

  it.each([
    ['version', {}],
    ['version', { version: '1' }],
    ['version', { version: 0 }],
    ['name', { version: 1, name: null }],
    ['countryCode', { version: 1, countryCode: 'ZZ' }],
    ['status', { version: 1, status: null }],
    ['lat', { version: 1, lat: null }],
    ['refCode', { version: 1, refCode: 'C-0001' }],
    ['archivedAt', { version: 1, archivedAt: null }],
    ['createdBy', { version: 1, createdBy: RANDOM_ID }],
  ])('refuses an update naming %s and changes nothing', async (field, body) => {
    const created = (await inv.post('/api/compounds').send(compound({ name: 'Unchanged' }))).body;
    const res = await inv.patch(`/api/compounds/${created.id}`).send(body);
    expect(res.status).toBe(400);
    expect(res.body.fields.map((f: { field: string }) => f.field)).toContain(field);
    expect((await inv.get(`/api/compounds/${created.id}`)).body).toEqual(created);
  });

  it('answers 400 to malformed ids and 404 to unknown ones', async () => {
    for (const id of ['abc', '1e9', '-1', '..%2f..', 'x'.repeat(5000)]) {
      expect((await inv.get(`/api/compounds/${id}`)).status).toBe(400);
    }
    expect((await inv.get('/api/compounds/%00')).status).toBe(400);
    expect((await inv.get(`/api/compounds/${RANDOM_ID}`)).status).toBe(404);
    expect((await inv.patch(`/api/compounds/${RANDOM_ID}`).send({ version: 1 })).status).toBe(404);
    expect((await inv.delete(`/api/compounds/${RANDOM_ID}`)).status).toBe(404);
    expect((await sup.post(`/api/compounds/${RANDOM_ID}/restore`)).status).toBe(404);
  });

  it('archives instead of deleting; a supervisor restores', async () => {
    const created = (
      await inv.post('/api/compounds').send(compound({ name: `Archivable ${TOKEN}`, aliases: [] }))
    ).body;
    const archived = await inv.delete(`/api/compounds/${created.id}`);
    expect(archived.status).toBe(200);
    expect(archived.body).toMatchObject({ version: 2 });
    expect(archived.body.archivedAt).not.toBeNull();
    expect((await inv.delete(`/api/compounds/${created.id}`)).status).toBe(404);
    expect(
      (await inv.patch(`/api/compounds/${created.id}`).send({ version: 2, name: 'X' })).status,
    ).toBe(404);
    expect((await inv.get(`/api/compounds?q=archivable${TOKEN}`)).body.total).toBe(0);
    expect((await inv.get(`/api/compounds?archived=true&q=archivable${TOKEN}`)).body.total).toBe(1);
    expect((await inv.get(`/api/compounds/${created.id}`)).status).toBe(200);
    expect((await inv.post(`/api/compounds/${created.id}/restore`)).status).toBe(403);
    const restored = await sup.post(`/api/compounds/${created.id}/restore`);
    expect(restored.status).toBe(200);
    expect(restored.body.archivedAt).toBeNull();
    expect((await sup.post(`/api/compounds/${created.id}/restore`)).status).toBe(404);
    expect((await inv.get(`/api/compounds?q=archivable${TOKEN}`)).body.total).toBe(1);
    expect(await auditRows(t.dataSource, { resourceId: created.id })).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'archive' }),
        expect.objectContaining({ action: 'restore' }),
      ]),
    );
  });

  describe('role access on every endpoint', () => {
    const ROLES = {
      investigator: 'investigator@demo.local',
      supervisor: 'supervisor@demo.local',
      victim_support: 'support@demo.local',
      intake_officer: 'intake@demo.local',
      admin: 'admin@demo.local',
      auditor: 'auditor@demo.local',
    } as const;
    type Role = keyof typeof ROLES;
    const readers: Role[] = ['investigator', 'supervisor'];

    it.each(Object.keys(ROLES) as Role[])('as %s', async (role) => {
      const agent = await t.signIn(ROLES[role]);
      const mine = (await inv.post('/api/compounds').send(compound({ name: `For ${role}` }))).body;
      const allowed = readers.includes(role);
      const expectStatus = async (res: Promise<{ status: number }>, ok: number, okRole = allowed) =>
        expect((await res).status).toBe(okRole ? ok : 403);

      await expectStatus(agent.get('/api/compounds'), 200);
      await expectStatus(agent.get(`/api/compounds/${mine.id}`), 200);
      await expectStatus(agent.post('/api/compounds').send(compound({ name: `By ${role}` })), 201);
      await expectStatus(
        agent.patch(`/api/compounds/${mine.id}`).send({ version: 1, status: 'closed' }),
        200,
      );
      await expectStatus(agent.delete(`/api/compounds/${mine.id}`), 200);
      if (!allowed) await inv.delete(`/api/compounds/${mine.id}`);
      await expectStatus(
        agent.post(`/api/compounds/${mine.id}/restore`),
        200,
        role === 'supervisor',
      );
      if (!allowed) {
        const denied = await auditRows(t.dataSource, {
          action: 'access_denied',
          actorEmail: ROLES[role],
        });
        expect(denied.length).toBeGreaterThanOrEqual(6);
      }
    });

    it('answers 401 without a session', async () => {
      const anon = t.anonymous();
      expect((await anon.get('/api/compounds')).status).toBe(401);
      expect((await anon.get(`/api/compounds/${RANDOM_ID}`)).status).toBe(401);
      expect((await anon.post('/api/compounds').send(compound())).status).toBe(401);
      expect((await anon.patch(`/api/compounds/${RANDOM_ID}`).send({ version: 1 })).status).toBe(
        401,
      );
      expect((await anon.delete(`/api/compounds/${RANDOM_ID}`)).status).toBe(401);
      expect((await anon.post(`/api/compounds/${RANDOM_ID}/restore`)).status).toBe(401);
    });
  });

  it('does not lose an edit when many writers race on one version', async () => {
    const created = (await inv.post('/api/compounds').send(compound({ name: 'Raced' }))).body;
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        inv.patch(`/api/compounds/${created.id}`).send({ version: 1, notes: `writer ${i}` }),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(9);
    const after = (await inv.get(`/api/compounds/${created.id}`)).body;
    expect(after.version).toBe(2);
    expect(
      await auditRows(t.dataSource, { action: 'update', resourceId: created.id }),
    ).toHaveLength(1);
  });
});
