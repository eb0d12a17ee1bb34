import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { createBroker, insertCompound, insertVictim } from './utils/registry-fixtures';
import {
  auditCount,
  badListQueries,
  describeRecordAccess,
  expectArchiveAndRestore,
  expectBadQueries,
  expectFilteredOn,
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
import { type Agent, auditRows, type TestApp } from './utils/test-app';

const TOKEN = testToken();

/** What a link says beyond its ends, as recorded and as answered. */
const DETAILS = {
  type: 'recruited',
  startedOn: '2024-03-01',
  endedOn: '2024-03-15',
  evidence: 'Victim interview: he offered casino work in Sihanoukville.',
  source: 'interview',
  sourceRef: 'INT-2024-017',
  confidence: 'probable',
};

describe('links', () => {
  let t: TestApp;
  let inv: Agent;
  let sup: Agent;
  let places: Record<string, string>;
  let broker: { id: string; refCode: string };
  let other: { id: string; refCode: string };
  let victim: { id: string; code: string };
  let compound: { id: string; ref_code: string };

  const newBroker = (name: string) => createBroker(inv, `${name} ${TOKEN}`);
  const newVictim = () => insertVictim(t.dataSource);
  const newCompound = (name: string) => insertCompound(t.dataSource, `${name} ${TOKEN}`);
  const count = () => rowCount(t.dataSource, 'links');

  beforeAll(async () => {
    ({ t, places, inv, sup } = await startRegistryApp());
    broker = await newBroker('Sok Sokha');
    other = await newBroker('Chan Dara');
    victim = await newVictim();
    compound = await newCompound('Jin Bei');
  }, 60_000);
  afterAll(async () => t?.close());

  const link = (over: Record<string, unknown> = {}) => ({
    fromKind: 'broker',
    fromId: broker.id,
    toKind: 'victim',
    toId: victim.id,
    ...DETAILS,
    ...over,
  });

  it('records a link with both ends labelled, who recorded it, and an audit row', async () => {
    const res = await inv.post('/api/links').send(link());
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      from: {
        kind: 'broker',
        id: broker.id,
        label: `Sok Sokha ${TOKEN}`,
        sublabel: broker.refCode,
      },
      // A victim is referred to by its pseudonymous code, never by name.
      to: { kind: 'victim', id: victim.id, label: victim.code, sublabel: null },
      ...DETAILS,
      createdBy: expect.any(String),
      createdByName: 'Dara Investigator (demo)',
      createdAt: expect.any(String),
      version: 1,
      archivedAt: null,
    });
    await expectRecorded(t, inv, '/api/links', res);
    const [row] = await auditRows(t.dataSource, { action: 'create', resourceId: res.body.id });
    expect(row).toMatchObject({
      actor_email: 'investigator@demo.local',
      resource_ids: [res.body.id, broker.id, victim.id],
    });
  });

  it('links any two kinds of record, with only the required fields; confidence defaults to unverified', async () => {
    const route = (
      await t.dataSource.query<{ id: string }[]>(
        `INSERT INTO routes (name, origin_place_id) VALUES ($1, $2) RETURNING id`,
        [`Route ${TOKEN}`, places['01020101']],
      )
    )[0]!;
    const pairs = [
      ['compound', compound.id, 'place', places['01020101']],
      ['broker', broker.id, 'compound', compound.id],
      ['victim', victim.id, 'route', route.id],
      ['broker', broker.id, 'broker', other.id],
    ] as const;
    for (const [fromKind, fromId, toKind, toId] of pairs) {
      const res = await inv
        .post('/api/links')
        .send({ fromKind, fromId, toKind, toId, type: 'associate_of', source: 'case' });
      expect({ pair: `${fromKind}-${toKind}`, status: res.status }).toEqual({
        pair: `${fromKind}-${toKind}`,
        status: 201,
      });
      expect(res.body).toMatchObject({
        from: { kind: fromKind, id: fromId },
        to: { kind: toKind, id: toId },
        confidence: 'unverified',
        startedOn: null,
        endedOn: null,
        evidence: null,
        sourceRef: null,
      });
    }
    const toPlace = await inv.get(`/api/links?recordId=${places['01020101']}`);
    expect(toPlace.body.items[0].to).toMatchObject({
      kind: 'place',
      label: 'Ou Thum',
      sublabel: expect.stringContaining('Banteay Meanchey'),
    });
    expect(toPlace.body.items[0].from).toMatchObject({
      kind: 'compound',
      label: `Jin Bei ${TOKEN}`,
      sublabel: `${compound.ref_code} · KH`,
    });
  });

  it('keeps Khmer and markup in the evidence as plain text', async () => {
    const evidence = 'សម្ភាសន៍ជនរងគ្រោះ <script>alert(1)</script> "><img src=x onerror=alert(1)> 🚨';
    const res = await inv.post('/api/links').send(link({ evidence }));
    expect(res.status).toBe(201);
    expect(res.body.evidence).toBe(evidence);
  });

  it.each([
    ['fromKind', { fromKind: 'tipster' }],
    ['fromKind', { fromKind: null }],
    ['toKind', { toKind: ['victim'] }],
    ['fromId', { fromId: 'not-a-uuid' }],
    ['fromId', { fromId: 12 }],
    ['toId', { toId: [RANDOM_ID] }],
    ['type', { type: 'knows' }],
    ['type', { type: 12 }],
    ['type', { type: { $ne: null } }],
    ['source', { source: 'rumour' }],
    ['source', { source: null }],
    ['confidence', { confidence: 'sure' }],
    ['confidence', { confidence: null }],
    ['startedOn', { startedOn: '2025-02-30' }],
    ['startedOn', { startedOn: '2025-13-01' }],
    ['startedOn', { startedOn: '01/03/2024' }],
    ['startedOn', { startedOn: 20240301 }],
    ['endedOn', { endedOn: '2024-02-29T00:00:00Z' }],
    ['endedOn', { startedOn: '2024-03-15', endedOn: '2024-03-01' }],
    ['evidence', { evidence: 'x'.repeat(10_001) }],
    ['evidence', { evidence: 12 }],
    ['evidence', { evidence: 'a\u0000b' }],
    ['sourceRef', { sourceRef: 'x'.repeat(201) }],
    ...SERVER_FIELDS_ON_CREATE,
    ['createdAt', { createdAt: '2020-01-01T00:00:00Z' }],
    ['refCode', { refCode: 'L-0001' }],
    ['__proto__', JSON.parse('{"__proto__": {"isAdmin": true}}') as Record<string, unknown>],
  ])('answers 400 naming %s and records nothing', async (field, over) => {
    await expectRefused(field, () => inv.post('/api/links').send(link(over)), count);
  });

  it('refuses a link to itself, to a record that does not exist, of the wrong kind, or archived', async () => {
    const before = await count();
    const self = await inv
      .post('/api/links')
      .send(link({ toKind: 'broker', toId: broker.id, type: 'associate_of' }));
    expect(self.status).toBe(400);
    expect(self.body.fields[0].field).toBe('toId');

    const missing = await inv.post('/api/links').send(link({ fromId: RANDOM_ID }));
    expect(missing.status).toBe(400);
    expect(missing.body.fields[0]).toEqual({
      field: 'fromId',
      problems: ['no such active broker'],
    });

    // The id of a victim presented as a compound is no compound.
    const wrongKind = await inv.post('/api/links').send(link({ toKind: 'compound' }));
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.body.fields[0].field).toBe('toId');

    const archived = await newBroker('Archived end');
    await inv.delete(`/api/brokers/${archived.id}`);
    const toArchived = await inv
      .post('/api/links')
      .send(link({ toKind: 'broker', toId: archived.id, type: 'associate_of' }));
    expect(toArchived.status).toBe(400);
    expect(toArchived.body.fields[0].field).toBe('toId');
    expect(await count()).toBe(before);
  });

  it('lists the links of a record at either end, with filters and pagination', async () => {
    const hub = await newBroker('Hub');
    const a = await newBroker('Spoke A');
    const c = await newCompound('Spoke C');
    const v = await newVictim();
    const make = async (over: Record<string, unknown>) => {
      const res = await inv.post('/api/links').send(link(over));
      expect(res.status).toBe(201);
      return res.body as { id: string };
    };
    const out1 = await make({
      fromId: hub.id,
      toKind: 'broker',
      toId: a.id,
      type: 'associate_of',
      source: 'tip',
      confidence: 'possible',
      startedOn: '2023-01-01',
      endedOn: null,
    });
    const out2 = await make({
      fromId: hub.id,
      toKind: 'compound',
      toId: c.id,
      type: 'works_for',
      source: 'raid',
      confidence: 'confirmed',
      startedOn: '2024-06-01',
      endedOn: null,
    });
    const in1 = await make({
      fromKind: 'victim',
      fromId: v.id,
      toKind: 'broker',
      toId: hub.id,
      type: 'paid',
      source: 'interview',
      confidence: 'probable',
      startedOn: null,
      endedOn: null,
    });
    const unrelated = await make({ fromId: a.id, toKind: 'compound', toId: c.id });

    const ids = async (query: string) => {
      const res = await inv.get(`/api/links?recordId=${hub.id}&${query}`);
      expect(res.status).toBe(200);
      return res.body.items.map((l: { id: string }) => l.id);
    };
    // Newest first by default; the other filters and orders: links.repository.medium-spec.ts.
    expect(await ids('')).toEqual([in1.id, out2.id, out1.id]);
    expect(await ids('')).not.toContain(unrelated.id);
    expect(await ids('source=raid&confidence=confirmed')).toEqual([out2.id]);
    expect(await ids('sort=startedOn&order=asc')).toEqual([out1.id, out2.id, in1.id]);
    const page = await inv.get(`/api/links?recordId=${hub.id}&pageSize=2&page=2`);
    expect(page.body).toMatchObject({ page: 2, pageSize: 2, total: 3, totalExact: true });
    expect(page.body.items.map((l: { id: string }) => l.id)).toEqual([out1.id]);
    await expectFilteredOn(inv, '/api/links', 'type', 'paid');

    await expectBadQueries(inv, '/api/links', [
      ...badListQueries('type', 'links'),
      'type=knows',
      'type=paid&type=recruited',
      "type=paid' --",
      'recordId=abc',
      `recordId=${hub.id}&recordId=${a.id}`,
      'confidence=sure',
      'source=rumour',
      'q=anything',
    ]);
    expect((await inv.get(`/api/links?recordId=${RANDOM_ID}`)).body).toMatchObject({
      items: [],
      total: 0,
    });
  });

  it('answers lists by record from the from_id and to_id indexes', async () => {
    // At a realistic size (here 20,000 synthetic links, rolled back) the planner must reach one
    // record's links through both partial indexes rather than by reading the table.
    const runner = t.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await runner.query(
        `INSERT INTO links (from_kind, from_id, to_kind, to_id, type, source)
         SELECT 'broker', gen_random_uuid(), 'victim', gen_random_uuid(), 'recruited', 'case'
           FROM generate_series(1, 20000)`,
      );
      await runner.query('ANALYZE links');
      const rows: { 'QUERY PLAN': string }[] = await runner.query(
        `EXPLAIN SELECT * FROM links l WHERE l.archived_at IS NULL AND (l.from_id = $1 OR l.to_id = $1)`,
        [broker.id],
      );
      const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
      expect(plan).toContain('idx_links_from_id');
      expect(plan).toContain('idx_links_to_id');
      expect(plan).not.toContain('Seq Scan');
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('updates with the current version, 409 with the current link on a stale one', async () => {
    const created = (await inv.post('/api/links').send(link())).body;
    const changed = { confidence: 'confirmed', endedOn: '2024-04-01', sourceRef: 'CASE-12' };
    const cleared = { evidence: null, endedOn: null, sourceRef: null };
    await expectVersionedUpdates({
      t,
      url: `/api/links/${created.id}`,
      inv,
      sup,
      first: {
        update: { version: 1, ...changed },
        expected: { ...changed, version: 2, from: { id: broker.id }, to: { id: victim.id } },
      },
      stale: {
        update: { version: 1, confidence: 'possible' },
        current: { confidence: 'confirmed', version: 2 },
      },
      second: { update: { version: 2, ...cleared }, expected: { ...cleared, version: 3 } },
    });
  });

  it.each([
    ...REFUSED_UPDATES,
    ['type', { version: 1, type: null }],
    ['type', { version: 1, type: 'knows' }],
    ['source', { version: 1, source: null }],
    ['confidence', { version: 1, confidence: null }],
    ['endedOn', { version: 1, endedOn: '2024-02-01' }],
    ['startedOn', { version: 1, startedOn: '2024-02-30' }],
    ['fromId', { version: 1, fromId: RANDOM_ID }],
    ['toKind', { version: 1, toKind: 'compound' }],
  ])('refuses an update naming %s and changes nothing', async (field, update) => {
    await expectRefusedUpdate(inv, '/api/links', link(), field, update);
  });

  it('answers 400 to malformed ids and 404 to unknown ones', async () => {
    await expectMalformedAndUnknownIds('/api/links', inv, sup);
  });

  it('archives instead of deleting; a supervisor restores', async () => {
    const end = await newBroker('Archive test');
    const created = (
      await inv
        .post('/api/links')
        .send(link({ toKind: 'broker', toId: end.id, type: 'associate_of' }))
    ).body;
    await expectArchiveAndRestore({
      t,
      path: '/api/links',
      id: created.id,
      inv,
      sup,
      listed: `recordId=${end.id}`,
      update: { version: 2 },
    });
  });

  describeRecordAccess({
    app: () => t,
    owner: () => inv,
    path: '/api/links',
    body: () => link(),
    change: { confidence: 'possible' },
    users: ['investigator', 'supervisor'],
    list: () => `/api/links?recordId=${broker.id}`,
  });

  it('does not lose an edit when many writers race on one version', async () => {
    const created = (await inv.post('/api/links').send(link())).body;
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        inv.patch(`/api/links/${created.id}`).send({ version: 1, sourceRef: `writer ${i}` }),
      ),
    );
    expectOneWinner(results);
    expect((await inv.get(`/api/links/${created.id}`)).body.version).toBe(2);
    expect(await auditCount(t.dataSource, 'update', created.id)).toBe(1);
  });
});
