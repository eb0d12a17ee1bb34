import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import {
  auditCount,
  badListQueries,
  describeRecordAccess,
  expectArchiveAndRestore,
  expectBadQueries,
  expectBodyLimits,
  expectCreated,
  expectFindsNothing,
  expectMalformedAndUnknownIds,
  expectOneWinner,
  expectRecorded,
  expectRefused,
  expectRefusedUpdate,
  expectVersionedUpdates,
  RANDOM_ID,
  REFUSED_UPDATES,
  rowCount,
  SERVER_FIELDS_ON_CREATE,
  startRegistryApp,
  testToken,
} from './utils/registry-suites';
import type { Agent, TestApp } from './utils/test-app';

const TOKEN = testToken();

describe('compounds', () => {
  let t: TestApp;
  let inv: Agent;
  let sup: Agent;
  let places: Record<string, string>;

  beforeAll(async () => {
    ({ t, places, inv, sup } = await startRegistryApp());
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

  const count = () => rowCount(t.dataSource, 'compounds');

  it('records a compound with a reference code, its place with parents, and an audit row', async () => {
    const { placeId: _placeId, ...sent } = compound();
    const res = await expectCreated(inv, '/api/compounds', compound(), {
      ...sent,
      refCode: expect.stringMatching(/^C-\d{4}$/),
      version: 1,
      archivedAt: null,
      place: {
        nameLatin: 'Ou Thum',
        pathLatin: 'Phum Ou Thum, Banteay Neang commune, Mongkol Borey, Banteay Meanchey',
      },
    });
    await expectRecorded(t, inv, '/api/compounds', res);
  });

  it('needs only a name and a country; status defaults to suspected', async () => {
    await expectCreated(
      inv,
      '/api/compounds',
      { name: 'Minimal', countryCode: 'MM' },
      {
        status: 'suspected',
        aliases: [],
        scamTypes: [],
        indicators: [],
        place: null,
        lat: null,
        lng: null,
        operator: null,
      },
    );
  });

  it('keeps Khmer text exactly, folded to NFC with zero-width spaces removed from names', async () => {
    const khmer = 'កំពង់សោម ខេត្តព្រះសីហនុ';
    const kept = {
      aliases: [khmer],
      address: 'ផ្លូវលេខ ៤ អូរត្រេះ',
      notes: `${khmer} <script>alert(1)</script> 🚨`,
    };
    const res = await expectCreated(
      inv,
      '/api/compounds',
      compound({ name: `ជីនបី\u200Bប្រាំ${TOKEN}`, ...kept }),
      { name: `ជីនបីប្រាំ${TOKEN}`, ...kept },
    );
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
    ...SERVER_FIELDS_ON_CREATE,
    ['notes', { notes: 'a\u0000b' }],
  ])('answers 400 naming %s and records nothing', async (field, over) => {
    await expectRefused(field, () => inv.post('/api/compounds').send(compound(over)), count);
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
    await expectBodyLimits(inv, '/api/compounds', compound({ notes: 'x'.repeat(2_000_000) }));
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
      await inv.post('/api/compounds').send(
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

    await expectBadQueries(inv, '/api/compounds', [
      ...badListQueries('name', 'compounds'),
      'status=demolished',
      'status=active&status=raided',
      'countryCode=Myanmar',
      'scamType=romance',
      `q=${'x'.repeat(101)}`,
    ]);
    await expectFindsNothing(inv, '/api/compounds');
    expect((await inv.get('/api/compounds?status=active%27%20--')).status).toBe(400);
    expect(await count()).not.toBe('0');
  });

  it('updates with the current version, 409 with the current record on a stale one', async () => {
    const created = (await inv.post('/api/compounds').send(compound({ name: 'Versioned' }))).body;
    const changed = { status: 'raided', operator: `New Front Co ${TOKEN}` };
    const cleared = { operator: null, lat: null, lng: null, notes: null };
    await expectVersionedUpdates({
      t,
      url: `/api/compounds/${created.id}`,
      inv,
      sup,
      first: {
        update: { version: 1, ...changed, aliases: ['V2'] },
        expected: { ...changed, version: 2 },
      },
      afterFirst: async () => {
        expect(
          (await inv.get(`/api/compounds?q=new%20front%20co%20${TOKEN}`)).body.items.map(
            (c: { id: string }) => c.id,
          ),
        ).toEqual([created.id]);
        expect(
          (await inv.get('/api/compounds?q=golden%20fortune%20resort')).body.items,
        ).not.toEqual(expect.arrayContaining([expect.objectContaining({ id: created.id })]));
      },
      stale: {
        update: { version: 1, status: 'closed' },
        current: { status: 'raided', version: 2 },
      },
      second: {
        update: { version: 2, ...cleared, placeId: null, scamTypes: null },
        expected: { ...cleared, place: null, scamTypes: [], version: 3 },
      },
    });
  });

  it.each([
    ...REFUSED_UPDATES,
    ['name', { version: 1, name: null }],
    ['countryCode', { version: 1, countryCode: 'ZZ' }],
    ['status', { version: 1, status: null }],
    ['lat', { version: 1, lat: null }],
    ['refCode', { version: 1, refCode: 'C-0001' }],
  ])('refuses an update naming %s and changes nothing', async (field, update) => {
    await expectRefusedUpdate(
      inv,
      '/api/compounds',
      compound({ name: 'Unchanged' }),
      field,
      update,
    );
  });

  it('answers 400 to malformed ids and 404 to unknown ones', async () => {
    await expectMalformedAndUnknownIds('/api/compounds', inv, sup);
  });

  it('archives instead of deleting; a supervisor restores', async () => {
    const created = (
      await inv.post('/api/compounds').send(compound({ name: `Archivable ${TOKEN}`, aliases: [] }))
    ).body;
    await expectArchiveAndRestore({
      t,
      path: '/api/compounds',
      id: created.id,
      inv,
      sup,
      listed: `q=archivable${TOKEN}`,
      update: { version: 2, name: 'X' },
    });
  });

  describeRecordAccess({
    app: () => t,
    owner: () => inv,
    path: '/api/compounds',
    body: (label) => compound(label ? { name: label } : {}),
    change: { status: 'closed' },
    users: ['investigator', 'supervisor'],
  });

  it('does not lose an edit when many writers race on one version', async () => {
    const created = (await inv.post('/api/compounds').send(compound({ name: 'Raced' }))).body;
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        inv.patch(`/api/compounds/${created.id}`).send({ version: 1, notes: `writer ${i}` }),
      ),
    );
    expectOneWinner(results);
    const after = (await inv.get(`/api/compounds/${created.id}`)).body;
    expect(after.version).toBe(2);
    expect(await auditCount(t.dataSource, 'update', created.id)).toBe(1);
  });
});
