import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { createBroker, insertCompound } from './utils/registry-fixtures';
import {
  auditCount,
  badListQueries,
  describeRecordAccess,
  expectArchiveAndRestore,
  expectBadQueries,
  expectBodyLimits,
  expectCreated,
  expectFilteredOn,
  expectFindsNothing,
  expectMalformedAndUnknownIds,
  expectOneWinner,
  expectRecorded,
  expectRefused,
  expectRefusedUpdate,
  expectVersionedUpdates,
  fieldsOf,
  RANDOM_ID,
  REFUSED_UPDATES,
  rowCount,
  SERVER_FIELDS_ON_CREATE,
  startRegistryApp,
  testToken,
} from './utils/registry-suites';
import type { Agent, TestApp } from './utils/test-app';

type Leg = Record<string, unknown>;
// it.each tables are built before beforeAll has created the places: those entries are thunks.
type Over = Record<string, unknown> | (() => Record<string, unknown>);
const lazy = (over: Over) => (typeof over === 'function' ? over() : over);

const TOKEN = testToken();

describe('recruitment routes', () => {
  let t: TestApp;
  let inv: Agent;
  let sup: Agent;
  let places: Record<string, string>;
  // The village of origin, then a border crossing, a Thai town, an airport.
  let village: string;
  let poipet: string;
  let aranya: string;
  let airport: string;
  let brokerA: { id: string; refCode: string };
  let brokerB: { id: string; refCode: string };
  let compound: { id: string; ref_code: string };

  const newPlace = async (body: Record<string, unknown>) => {
    const res = await inv.post('/api/places').send(body);
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const newBroker = (name: string) => createBroker(inv, `${name} ${TOKEN}`, 'transporter');
  const newCompound = (name: string) => insertCompound(t.dataSource, `${name} ${TOKEN}`);
  const counts = async () => ({
    routes: await rowCount(t.dataSource, 'routes'),
    legs: await rowCount(t.dataSource, 'route_legs'),
  });

  beforeAll(async () => {
    ({ t, places, inv, sup } = await startRegistryApp());
    village = places['01020101']!;
    const th = (await inv.get('/api/places?q=thailand&kind=country')).body.items[0].id;
    poipet = await newPlace({
      kind: 'border_crossing',
      nameLatin: `Poipet ${TOKEN}`,
      countryCode: 'KH',
      parentId: places['01'],
    });
    aranya = await newPlace({
      kind: 'city',
      nameLatin: `Aranyaprathet ${TOKEN}`,
      countryCode: 'TH',
      parentId: th,
    });
    airport = await newPlace({
      kind: 'airport',
      nameLatin: `Suvarnabhumi ${TOKEN}`,
      countryCode: 'TH',
      parentId: th,
    });
    brokerA = await newBroker('Sok Sokha');
    brokerB = await newBroker('Somchai');
    compound = await newCompound('Jin Bei');
  }, 60_000);
  afterAll(async () => t?.close());

  const legs = (): Leg[] => [
    {
      fromPlaceId: village,
      toPlaceId: poipet,
      mode: 'bus',
      departedOn: '2024-03-01',
      arrivedOn: '2024-03-01',
      brokerId: brokerA.id,
      notes: 'Night bus from Sisophon',
    },
    { fromPlaceId: poipet, toPlaceId: aranya, mode: 'on_foot', departedOn: '2024-03-02' },
    {
      fromPlaceId: aranya,
      toPlaceId: airport,
      mode: 'minivan',
      arrivedOn: '2024-03-03',
      brokerId: brokerB.id,
    },
  ];
  const route = (over: Record<string, unknown> = {}) => ({
    name: `Ou Thum to Jin Bei via Poipet ${TOKEN}`,
    originPlaceId: village,
    destinationCompoundId: compound.id,
    lureJob: 'Casino work in Sihanoukville, 800 USD a month',
    lureChannel: 'facebook',
    moneyAdvanced: 350.5,
    currency: 'USD',
    firstSeen: '2024-02-01',
    lastSeen: '2024-11-30',
    notes: 'Three victims interviewed describe the same route.',
    legs: legs(),
    ...over,
  });

  it('records a route with its legs in order, places with their parents, brokers and the compound', async () => {
    const res = await expectCreated(inv, '/api/routes', route(), {
      refCode: expect.stringMatching(/^R-\d{4}$/),
      name: `Ou Thum to Jin Bei via Poipet ${TOKEN}`,
      originPlace: {
        id: village,
        pathLatin: 'Phum Ou Thum, Banteay Neang commune, Mongkol Borey, Banteay Meanchey',
      },
      destinationCompound: {
        id: compound.id,
        refCode: compound.ref_code,
        name: `Jin Bei ${TOKEN}`,
      },
      destinationPlace: null,
      lureChannel: 'facebook',
      moneyAdvanced: 350.5,
      currency: 'USD',
      firstSeen: '2024-02-01',
      lastSeen: '2024-11-30',
      version: 1,
      archivedAt: null,
    });
    expect(res.body.legs).toEqual([
      {
        id: expect.any(String),
        position: 0,
        fromPlace: expect.objectContaining({ id: village, nameLatin: 'Ou Thum' }),
        toPlace: expect.objectContaining({
          id: poipet,
          kind: 'border_crossing',
          pathLatin: expect.stringContaining(`Poipet ${TOKEN}, `),
        }),
        mode: 'bus',
        departedOn: '2024-03-01',
        arrivedOn: '2024-03-01',
        broker: { id: brokerA.id, refCode: brokerA.refCode, label: `Sok Sokha ${TOKEN}` },
        notes: 'Night bus from Sisophon',
      },
      {
        id: expect.any(String),
        position: 1,
        fromPlace: expect.objectContaining({ id: poipet }),
        toPlace: expect.objectContaining({ id: aranya, countryCode: 'TH' }),
        mode: 'on_foot',
        departedOn: '2024-03-02',
        arrivedOn: null,
        broker: null,
        notes: null,
      },
      {
        id: expect.any(String),
        position: 2,
        fromPlace: expect.objectContaining({ id: aranya }),
        toPlace: expect.objectContaining({ id: airport, kind: 'airport' }),
        mode: 'minivan',
        departedOn: null,
        arrivedOn: '2024-03-03',
        broker: { id: brokerB.id, refCode: brokerB.refCode, label: `Somchai ${TOKEN}` },
        notes: null,
      },
    ]);
    await expectRecorded(t, inv, '/api/routes', res);
  });

  it('needs only a name and an origin; a destination may be a place', async () => {
    await expectCreated(
      inv,
      '/api/routes',
      { name: `Minimal ${TOKEN}`, originPlaceId: village, destinationPlaceId: airport },
      {
        destinationCompound: null,
        destinationPlace: { id: airport },
        lureJob: null,
        lureChannel: null,
        moneyAdvanced: null,
        currency: null,
        firstSeen: null,
        lastSeen: null,
        notes: null,
        legs: [],
      },
    );
  });

  const badLegs = (i: number, over: Leg) =>
    legs().map((leg, j) => (j === i ? { ...leg, ...over } : leg));

  it.each([
    ['name', { name: '' }],
    ['name', { name: 12 }],
    ['name', { name: 'x'.repeat(201) }],
    ['originPlaceId', { originPlaceId: undefined }],
    ['originPlaceId', { originPlaceId: null }],
    ['originPlaceId', { originPlaceId: 'not-a-uuid' }],
    ['originPlaceId', { originPlaceId: RANDOM_ID }],
    ['destinationCompoundId', { destinationCompoundId: RANDOM_ID }],
    ['destinationPlaceId', { destinationPlaceId: RANDOM_ID }],
    ['destinationPlaceId', () => ({ destinationPlaceId: airport })],
    ['lureChannel', { lureChannel: 'myspace' }],
    ['moneyAdvanced', { moneyAdvanced: '350' }],
    ['moneyAdvanced', { moneyAdvanced: -1 }],
    ['moneyAdvanced', { moneyAdvanced: 1.234 }],
    ['moneyAdvanced', { moneyAdvanced: 1e13 }],
    ['moneyAdvanced', { moneyAdvanced: [350] }],
    ['moneyAdvanced', { moneyAdvanced: { $gt: 0 } }],
    ['currency', { currency: 'usd' }],
    ['currency', { currency: 'ABC' }],
    ['currency', { currency: 'US' }],
    ['currency', { currency: null }],
    ['firstSeen', { firstSeen: '2025-02-30' }],
    ['firstSeen', { firstSeen: '2024-02-01T00:00:00Z' }],
    ['lastSeen', { lastSeen: '2024-01-31' }],
    ['notes', { notes: 'x'.repeat(10_001) }],
    ['notes', { notes: 'a\u0000b' }],
    ['lureJob', { lureJob: 'x'.repeat(501) }],
    ['legs', { legs: 'village to Poipet' }],
    ['legs', { legs: null }],
    ['legs', { legs: ['village to Poipet'] }],
    ['legs', () => ({ legs: Array.from({ length: 31 }, () => legs()[0]) })],
    ['refCode', { refCode: 'R-9999' }],
    ...SERVER_FIELDS_ON_CREATE,
    ['legs[1].mode', () => ({ legs: badLegs(1, { mode: 'teleport' }) })],
    ['legs[1].mode', () => ({ legs: badLegs(1, { mode: undefined }) })],
    ['legs[0].fromPlaceId', () => ({ legs: badLegs(0, { fromPlaceId: 'poipet' }) })],
    ['legs[0].departedOn', () => ({ legs: badLegs(0, { departedOn: '2025-02-30' }) })],
    ['legs[2].brokerId', () => ({ legs: badLegs(2, { brokerId: 42 }) })],
    ['legs[0].position', () => ({ legs: badLegs(0, { position: 5 }) })],
    ['legs[0].id', () => ({ legs: badLegs(0, { id: RANDOM_ID }) })],
    ['legs[1].notes', () => ({ legs: badLegs(1, { notes: 'x'.repeat(2_001) }) })],
    ['legs[1].notes', () => ({ legs: badLegs(1, { notes: 'a\u0000b' }) })],
  ] as [string, Over][])('answers 400 naming %s and records nothing', async (field, over) => {
    await expectRefused(field, () => inv.post('/api/routes').send(route(lazy(over))), counts);
  });

  it.each([
    [
      'a leg that does not start where the previous one ended',
      'legs[2].fromPlaceId',
      () => badLegs(2, { fromPlaceId: poipet }),
    ],
    [
      'a leg that goes nowhere',
      'legs[1].toPlaceId',
      () => [legs()[0]!, { ...legs()[1]!, toPlaceId: poipet }],
    ],
    [
      'a leg that arrives before it departs',
      'legs[1].arrivedOn',
      () => badLegs(1, { departedOn: '2024-03-05', arrivedOn: '2024-03-04' }),
    ],
    [
      'an unknown place',
      'legs[1].toPlaceId',
      () => [legs()[0]!, { ...legs()[1]!, toPlaceId: RANDOM_ID }],
    ],
    ['an unknown broker', 'legs[2].brokerId', () => badLegs(2, { brokerId: RANDOM_ID })],
  ])('refuses %s, naming %s', async (_, field, make) => {
    const res = await expectRefused(
      field,
      () => inv.post('/api/routes').send(route({ legs: make() })),
      counts,
    );
    expect(fieldsOf(res)).toEqual([field]);
    expect(res.body.message).toContain(field);
  });

  it('refuses archived places, brokers and compounds, naming each', async () => {
    const th = (await inv.get('/api/places?q=thailand&kind=country')).body.items[0].id;
    const gone = await newPlace({
      kind: 'city',
      nameLatin: `Gone ${TOKEN}`,
      countryCode: 'TH',
      parentId: th,
    });
    await inv.delete(`/api/places/${gone}`);
    const goneBroker = await newBroker('Gone');
    await inv.delete(`/api/brokers/${goneBroker.id}`);
    const goneCompound = await newCompound('Gone');
    await t.dataSource.query('UPDATE compounds SET archived_at = now() WHERE id = $1', [
      goneCompound.id,
    ]);
    const res = await inv.post('/api/routes').send(
      route({
        destinationCompoundId: goneCompound.id,
        legs: [
          legs()[0]!,
          { fromPlaceId: poipet, toPlaceId: gone, mode: 'car', brokerId: goneBroker.id },
        ],
      }),
    );
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual(
      expect.arrayContaining([
        { field: 'destinationCompoundId', problems: ['no such compound'] },
        { field: 'legs[1].toPlaceId', problems: ['no such place'] },
        { field: 'legs[1].brokerId', problems: ['no such broker'] },
      ]),
    );
  });

  it('answers 413 to an oversized body and 400 to malformed JSON', async () => {
    await expectBodyLimits(inv, '/api/routes', route({ notes: 'x'.repeat(2_000_000) }));
  });

  // Filters and sort orders are covered by routes.repository.medium-spec.ts.
  it('lists with pagination, filters and search by name and code, each route with its legs', async () => {
    const TAG = `List${TOKEN}`;
    const a = (
      await inv.post('/api/routes').send(route({ name: `Alpha ${TAG}`, lureChannel: 'telegram' }))
    ).body;
    const b = (
      await inv.post('/api/routes').send(
        route({
          name: `Bravo ${TAG}`,
          originPlaceId: places['01020102'],
          legs: [{ fromPlaceId: places['01020102'], toPlaceId: poipet, mode: 'car' }],
        }),
      )
    ).body;
    const c = (
      await inv.post('/api/routes').send(
        route({
          name: `Charlie ${TAG}`,
          originPlaceId: poipet,
          destinationCompoundId: null,
          destinationPlaceId: airport,
          legs: [{ fromPlaceId: poipet, toPlaceId: airport, mode: 'plane', brokerId: brokerB.id }],
        }),
      )
    ).body;
    const token = TAG.toLowerCase();
    const ids = async (query: string, q = token) => {
      const res = await inv.get(`/api/routes?q=${q}&pageSize=100&${query}`);
      expect(res.status).toBe(200);
      return res.body.items.map((r: { id: string }) => r.id);
    };
    expect(await ids('sort=name&order=desc')).toEqual([c.id, b.id, a.id]);
    expect(await ids(`originPlaceId=${places['0102']}&sort=name`)).toEqual([a.id, b.id]);
    expect(await ids(`brokerId=${brokerB.id}&sort=name`)).toEqual([a.id, c.id]);
    expect(await ids('', `bravo%20${token}`)).toEqual([b.id]);
    expect(
      (await inv.get(`/api/routes?q=${encodeURIComponent(c.refCode)}`)).body.items.map(
        (r: { id: string }) => r.id,
      ),
    ).toContain(c.id);
    const page = await inv.get(`/api/routes?q=${token}&sort=name&pageSize=2&page=2`);
    expect(page.body).toMatchObject({ page: 2, pageSize: 2, total: 3, totalExact: true });
    expect(page.body.items.map((r: { id: string }) => r.id)).toEqual([c.id]);
    // Each route in a list carries its legs, brokers and compound described.
    const listed = (await inv.get(`/api/routes?q=${token}&sort=name`)).body.items;
    expect(listed[0].legs.map((l: { position: number }) => l.position)).toEqual([0, 1, 2]);
    expect(listed[0].legs[2].broker).toEqual({
      id: brokerB.id,
      refCode: brokerB.refCode,
      label: `Somchai ${TOKEN}`,
    });
    expect(listed[0].destinationCompound).toMatchObject({
      id: compound.id,
      refCode: compound.ref_code,
    });
    await expectFilteredOn(inv, '/api/routes', 'lureChannel', 'facebook');

    await expectBadQueries(inv, '/api/routes', [
      ...badListQueries('name', 'routes'),
      'lureChannel=myspace',
      'lureChannel=facebook&lureChannel=telegram',
      'sort=name&sort=refCode',
      'originPlaceId=abc',
      `brokerId=${brokerA.id}&brokerId=${brokerB.id}`,
      'destinationCompoundId=1e9',
      `q=${'x'.repeat(101)}`,
      'q=a&q=b',
      'type=bus',
    ]);
    await expectFindsNothing(inv, '/api/routes');
  });

  it('updates fields with the current version, 409 with the current route on a stale one', async () => {
    const created = (await inv.post('/api/routes').send(route({ name: `Versioned ${TOKEN}` })))
      .body;
    const changed = { lureChannel: 'telegram', moneyAdvanced: 0, lastSeen: '2025-01-15' };
    const cleared = { moneyAdvanced: null, currency: null, lureJob: null };
    const { stale } = await expectVersionedUpdates({
      t,
      url: `/api/routes/${created.id}`,
      inv,
      sup,
      first: {
        update: { version: 1, ...changed, name: `Renamed ${TOKEN}` },
        expected: { ...changed, currency: 'USD', version: 2 },
      },
      afterFirst: async (first) => {
        // Legs left out of an update are kept as they are.
        expect(first.body.legs).toEqual(created.legs);
        const renamed = await inv.get(`/api/routes?q=renamed%20${TOKEN.toLowerCase()}`);
        expect(renamed.body.items[0].id).toBe(created.id);
      },
      stale: {
        update: { version: 1, lureChannel: 'whatsapp', legs: [] },
        current: { lureChannel: 'telegram', version: 2 },
      },
      second: {
        update: {
          version: 2,
          ...cleared,
          destinationCompoundId: null,
          destinationPlaceId: airport,
        },
        expected: {
          ...cleared,
          destinationCompound: null,
          destinationPlace: { id: airport },
          version: 3,
        },
      },
    });
    expect(stale.body.current.legs).toHaveLength(3);
  });

  it('replaces the whole ordered list of legs: reorders, adds and removes in one transaction', async () => {
    const created = (await inv.post('/api/routes').send(route({ name: `Relegged ${TOKEN}` }))).body;
    // The same places in another order: village → Aranyaprathet → Poipet → airport.
    const reordered = [
      { fromPlaceId: village, toPlaceId: aranya, mode: 'car', brokerId: brokerB.id },
      { fromPlaceId: aranya, toPlaceId: poipet, mode: 'boat' },
      { fromPlaceId: poipet, toPlaceId: airport, mode: 'plane', brokerId: brokerA.id },
    ];
    const res = await inv.patch(`/api/routes/${created.id}`).send({ version: 1, legs: reordered });
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(2);
    expect(
      res.body.legs.map(
        (l: {
          position: number;
          fromPlace: { id: string };
          toPlace: { id: string };
          mode: string;
          broker: { id: string } | null;
        }) => [l.position, l.fromPlace.id, l.toPlace.id, l.mode, l.broker?.id ?? null],
      ),
    ).toEqual([
      [0, village, aranya, 'car', brokerB.id],
      [1, aranya, poipet, 'boat', null],
      [2, poipet, airport, 'plane', brokerA.id],
    ]);
    expect((await inv.get(`/api/routes/${created.id}`)).body.legs).toEqual(res.body.legs);

    const added = await inv.patch(`/api/routes/${created.id}`).send({
      version: 2,
      legs: [...reordered, { fromPlaceId: airport, toPlaceId: village, mode: 'plane' }],
    });
    expect(added.status).toBe(200);
    expect(added.body.legs).toHaveLength(4);
    const removed = await inv
      .patch(`/api/routes/${created.id}`)
      .send({ version: 3, legs: [reordered[0]] });
    expect(removed.body.legs).toHaveLength(1);
    const none = await inv.patch(`/api/routes/${created.id}`).send({ version: 4, legs: [] });
    expect(none.body.legs).toEqual([]);
    const rows = await t.dataSource.query<{ n: string }[]>(
      'SELECT count(*) AS n FROM route_legs WHERE route_id = $1',
      [created.id],
    );
    expect(rows[0]!.n).toBe('0');
  });

  it('refuses an update that breaks the chain, naming the leg, and changes nothing', async () => {
    const created = (await inv.post('/api/routes').send(route({ name: `Chained ${TOKEN}` }))).body;
    const broken = legs();
    broken.splice(1, 1);
    const res = await inv.patch(`/api/routes/${created.id}`).send({ version: 1, legs: broken });
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual([
      { field: 'legs[1].fromPlaceId', problems: ['must be where legs[0] ended (its toPlaceId)'] },
    ]);
    expect((await inv.get(`/api/routes/${created.id}`)).body).toEqual(created);
  });

  it.each([
    ...REFUSED_UPDATES,
    ['name', { version: 1, name: null }],
    ['originPlaceId', { version: 1, originPlaceId: null }],
    ['legs', { version: 1, legs: null }],
    ['destinationPlaceId', () => ({ version: 1, destinationPlaceId: airport })],
    ['lastSeen', { version: 1, lastSeen: '2024-01-01' }],
    ['firstSeen', { version: 1, firstSeen: '2024-12-01' }],
    ['currency', { version: 1, currency: null }],
    ['moneyAdvanced', { version: 1, moneyAdvanced: '12' }],
    ['refCode', { version: 1, refCode: 'R-0001' }],
    [
      'legs[0].toPlaceId',
      () => ({ version: 1, legs: [{ fromPlaceId: village, toPlaceId: RANDOM_ID, mode: 'car' }] }),
    ],
  ] as [string, Over][])(
    'refuses an update naming %s and changes nothing',
    async (field, update) => {
      const body = route({ name: `Unchanged ${TOKEN}` });
      await expectRefusedUpdate(inv, '/api/routes', body, field, lazy(update));
    },
  );

  it('keeps a leg whose place was archived since, but refuses a new reference to it', async () => {
    const th = (await inv.get('/api/places?q=thailand&kind=country')).body.items[0].id;
    const town = await newPlace({
      kind: 'city',
      nameLatin: `Mae Sot ${TOKEN}`,
      countryCode: 'TH',
      parentId: th,
    });
    const created = (
      await inv.post('/api/routes').send(
        route({
          name: `Kept ${TOKEN}`,
          legs: [
            { fromPlaceId: village, toPlaceId: town, mode: 'bus' },
            { fromPlaceId: town, toPlaceId: airport, mode: 'car' },
          ],
        }),
      )
    ).body;
    await inv.delete(`/api/places/${town}`);
    const kept = await inv.patch(`/api/routes/${created.id}`).send({
      version: 1,
      legs: [
        { fromPlaceId: village, toPlaceId: town, mode: 'bus' },
        { fromPlaceId: town, toPlaceId: airport, mode: 'car' },
        { fromPlaceId: airport, toPlaceId: aranya, mode: 'car' },
      ],
    });
    expect(kept.status).toBe(200);
    expect(kept.body.legs[0].toPlace).toMatchObject({ id: town });
    const other = (await inv.post('/api/routes').send(route({ name: `Other ${TOKEN}` }))).body;
    const refused = await inv.patch(`/api/routes/${other.id}`).send({
      version: 1,
      legs: [{ fromPlaceId: village, toPlaceId: town, mode: 'bus' }],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.fields[0].field).toBe('legs[0].toPlaceId');
  });

  it('answers 400 to malformed ids and 404 to unknown ones', async () => {
    await expectMalformedAndUnknownIds('/api/routes', inv, sup);
  });

  it('archives instead of deleting; a supervisor restores', async () => {
    const created = (await inv.post('/api/routes').send(route({ name: `Archivable ${TOKEN}` })))
      .body;
    const { archived } = await expectArchiveAndRestore({
      t,
      path: '/api/routes',
      id: created.id,
      inv,
      sup,
      listed: `q=archivable%20${TOKEN.toLowerCase()}`,
      update: { version: 2, name: 'X' },
    });
    expect(archived.body.legs).toHaveLength(3);
  });

  describeRecordAccess({
    app: () => t,
    owner: () => inv,
    path: '/api/routes',
    body: (label) => route(label ? { name: `${label} ${TOKEN}` } : {}),
    change: { lureChannel: 'tiktok' },
    users: ['investigator', 'supervisor'],
  });

  it('does not lose an edit when many writers replace the legs of one version', async () => {
    const created = (await inv.post('/api/routes').send(route({ name: `Raced ${TOKEN}` }))).body;
    const modes = [
      'car',
      'bus',
      'minivan',
      'motorbike',
      'boat',
      'plane',
      'train',
      'on_foot',
      'other',
      'car',
    ];
    const results = await Promise.all(
      modes.map((mode, i) =>
        inv.patch(`/api/routes/${created.id}`).send({
          version: 1,
          notes: `writer ${i}`,
          legs: [{ fromPlaceId: village, toPlaceId: airport, mode }],
        }),
      ),
    );
    expectOneWinner(results);
    const winner = results.find((r) => r.status === 200)!.body;
    const after = (await inv.get(`/api/routes/${created.id}`)).body;
    expect(after).toEqual(winner);
    expect(after.legs).toHaveLength(1);
    expect(await auditCount(t.dataSource, 'update', created.id)).toBe(1);
  });
});
