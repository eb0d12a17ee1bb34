import { randomBytes } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import type { Role } from '@khsae/domain';

import {
  badListQueries,
  describeRecordAccess,
  expectArchiveAndRestore,
  expectBadQueries,
  expectCreated,
  expectFindsNothing,
  expectMalformedAndUnknownIds,
  expectMalformedIds,
  expectRecorded,
  expectRefused,
  expectRefusedUpdate,
  expectVersionedUpdates,
  RANDOM_ID,
  REFUSED_UPDATES,
  rowCount,
  startRegistryApp,
} from './utils/registry-suites';
import {
  type Agent,
  auditRows,
  DEMO_ROLES,
  type Res,
  type TestApp,
  whileAuditFails,
} from './utils/test-app';

// Unique strings that must never reach a caller without need-to-know, nor the audit trail.
const CANARY = `Canaryname${randomBytes(4).toString('hex')}`;
const CANARY_KM = `ស្រីកាណារី${[...String(randomBytes(3).readUIntBE(0, 3))].map((d) => String.fromCharCode(0x17e0 + Number(d))).join('')}`;
const CANARY_PHONE_LOCAL = '012 987 654';
const CANARY_PHONE = '+85512987654';
const CANARY_ID_NUMBER = `N${randomBytes(4).toString('hex').toUpperCase()}`;

const IDENTITY_READERS: Role[] = ['supervisor', 'victim_support'];

/** A date `days` after today in UTC, as YYYY-MM-DD. */
const daysFromToday = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('victims', () => {
  let t: TestApp;
  let inv: Agent;
  let sup: Agent;
  let vss: Agent;
  let places: Record<string, string>;

  beforeAll(async () => {
    ({ t, places, inv, sup } = await startRegistryApp());
    vss = await t.signIn(DEMO_ROLES.victim_support);
  }, 60_000);
  afterAll(async () => t?.close());

  const victim = (over: Record<string, unknown> = {}) => ({
    sex: 'female',
    ageBand: '18_24',
    nationality: 'KH',
    homePlaceId: places['01020101'],
    recruitedOn: '2025-06-01',
    jobPromised: 'Casino work in Sihanoukville',
    recruitmentChannel: 'facebook',
    exploitationType: 'forced_criminality',
    meansOfControl: ['debt_bondage', 'withholds_documents'],
    status: 'in_compound',
    consentToShare: false,
    notes: 'Sister reported her missing.',
    ...over,
  });

  const count = () => rowCount(t.dataSource, 'victims');

  /** How many audit rows, anywhere in the table, contain this text. */
  const auditMentions = async (text: string) =>
    Number(
      (
        await t.dataSource.query<{ n: string }[]>(
          `SELECT count(*) AS n FROM audit_events a WHERE position($1 in a::text) > 0`,
          [text],
        )
      )[0]!.n,
    );

  const readRows = (victimId: string) =>
    t.dataSource.query<
      { resource_ids: string[]; field_groups: string[]; actor_email: string; details: object }[]
    >(
      `SELECT resource_ids, field_groups, actor_email, details FROM audit_events
        WHERE action = 'read_sensitive' AND resource_type = 'victim' AND $1 = ANY(resource_ids)
        ORDER BY id`,
      [victimId],
    );

  it('records a victim with an assigned pseudonymous code, the home village and an audit row', async () => {
    const { homePlaceId: _homePlaceId, ...sent } = victim();
    const res = await expectCreated(inv, '/api/victims', victim(), {
      ...sent,
      code: expect.stringMatching(/^V-\d{4}-\d{6}$/),
      version: 1,
      archivedAt: null,
      canReadIdentity: false,
      homePlace: {
        nameLatin: 'Ou Thum',
        pathLatin: 'Phum Ou Thum, Banteay Neang commune, Mongkol Borey, Banteay Meanchey',
      },
    });
    expect(res.body.code.slice(2, 6)).toBe(String(new Date().getFullYear()));
    await expectRecorded(t, inv, '/api/victims', res);
    // The same record tells each caller whether they may read the identity.
    expect((await sup.get(`/api/victims/${res.body.id}`)).body.canReadIdentity).toBe(true);
    expect((await vss.get(`/api/victims/${res.body.id}`)).body.canReadIdentity).toBe(true);
  });

  it('needs no field at all: defaults for sex, age band, status and consent', async () => {
    await expectCreated(
      inv,
      '/api/victims',
      {},
      {
        sex: 'unknown',
        ageBand: 'unknown',
        status: 'missing',
        consentToShare: false,
        meansOfControl: [],
        homePlace: null,
        recruitedOn: null,
        nationality: null,
      },
    );
  });

  it('keeps Khmer text exactly', async () => {
    const job = 'ការងារកាស៊ីណូនៅក្រុងព្រះសីហនុ';
    const notes = `បងស្រីរបស់នាងបានរាយការណ៍ 🚨 <script>alert(1)</script>`;
    const res = await inv.post('/api/victims').send(victim({ jobPromised: job, notes }));
    expect(res.status).toBe(201);
    const again = (await inv.get(`/api/victims/${res.body.id}`)).body;
    expect(again).toMatchObject({ jobPromised: job, notes });
    expect(Buffer.from(again.jobPromised).equals(Buffer.from(job))).toBe(true);
  });

  it.each([
    ['sex', { sex: 'woman' }],
    ['sex', { sex: null }],
    ['ageBand', { ageBand: '30' }],
    ['ageBand', { ageBand: 30 }],
    ['nationality', { nationality: 'XX' }],
    ['nationality', { nationality: 'kh' }],
    ['nationality', { nationality: 'Cambodia' }],
    ['homePlaceId', { homePlaceId: 'not-a-uuid' }],
    ['homePlaceId', { homePlaceId: RANDOM_ID }],
    ['recruitedOn', { recruitedOn: '2025-02-30' }],
    ['recruitedOn', { recruitedOn: '2025-13-01' }],
    ['recruitedOn', { recruitedOn: '01/06/2025' }],
    ['recruitedOn', { recruitedOn: '2025-06-01T00:00:00Z' }],
    ['recruitedOn', { recruitedOn: 20250601 }],
    ['recruitedOn', { recruitedOn: daysFromToday(2) }],
    ['recruitedOn', { recruitedOn: '2999-01-01' }],
    ['recruitedOn', { recruitedOn: '1899-12-31' }],
    ['jobPromised', { jobPromised: 'x'.repeat(501) }],
    ['jobPromised', { jobPromised: ['casino'] }],
    ['recruitmentChannel', { recruitmentChannel: 'pigeon' }],
    ['exploitationType', { exploitationType: 'scam' }],
    ['meansOfControl', { meansOfControl: ['curses'] }],
    ['meansOfControl', { meansOfControl: 'debt_bondage' }],
    ['meansOfControl', { meansOfControl: Array.from({ length: 17 }, () => 'other') }],
    ['status', { status: 'dead' }],
    ['status', { status: null }],
    ['consentToShare', { consentToShare: 'true' }],
    ['consentToShare', { consentToShare: 1 }],
    ['consentToShare', { consentToShare: null }],
    ['notes', { notes: 'x'.repeat(10_001) }],
    ['notes', { notes: 'a\u0000b' }],
    ['notes', { notes: 'lone \ud800 surrogate' }],
    ['code', { code: 'V-2026-000001' }],
    ['id', { id: RANDOM_ID }],
    ['version', { version: 9 }],
    ['createdBy', { createdBy: RANDOM_ID }],
    ['archivedAt', { archivedAt: '2025-01-01T00:00:00Z' }],
    ['canReadIdentity', { canReadIdentity: true }],
    ['fullNameLatin', { fullNameLatin: 'Sneaked In' }],
  ])('answers 400 naming %s and records nothing', async (field, over) => {
    await expectRefused(field, () => inv.post('/api/victims').send(victim(over)), count);
  });

  it('refuses prototype keys and oversized bodies', async () => {
    const before = await count();
    const proto = await inv
      .post('/api/victims')
      .set('content-type', 'application/json')
      .send('{"status":"missing","__proto__":{"isAdmin":true}}');
    expect(proto.status).toBe(400);
    expect(proto.body.fields[0].field).toBe('__proto__');
    const huge = await inv.post('/api/victims').send(victim({ notes: 'x'.repeat(2_000_000) }));
    expect(huge.status).toBe(413);
    expect(await count()).toBe(before);
  });

  it('lists with pagination, allow-listed sorting and filters', async () => {
    const mk = async (over: Record<string, unknown>) =>
      (await inv.post('/api/victims').send(victim(over))).body as { id: string; code: string };
    // Recruited in 1990, a year no other record uses: the filters below are scoped to it.
    const a = await mk({
      status: 'repatriated',
      sex: 'male',
      ageBand: '14_17',
      exploitationType: 'forced_labour',
      homePlaceId: places['01020102'],
      recruitedOn: '1990-01-15',
    });
    const b = await mk({
      status: 'repatriated',
      sex: 'female',
      ageBand: '25_34',
      exploitationType: 'sexual_exploitation',
      homePlaceId: null,
      recruitedOn: '1990-03-10',
    });
    const in1990 = 'recruitedFrom=1990-01-01&recruitedTo=1990-12-31';
    const ids = async (query: string) =>
      (await inv.get(`/api/victims?${query}&pageSize=100`)).body.items.map(
        (v: { id: string }) => v.id,
      );

    const all = await inv.get('/api/victims?sort=code&order=desc&pageSize=100');
    expect(all.status).toBe(200);
    const codes = all.body.items.map((v: { code: string }) => v.code);
    expect([...codes].sort().reverse()).toEqual(codes);
    const first4 = (await inv.get('/api/victims?sort=code&pageSize=4')).body;
    const page = await inv.get('/api/victims?sort=code&pageSize=2&page=2');
    expect(page.body).toMatchObject({ page: 2, pageSize: 2, total: all.body.total });
    expect(page.body.items).toEqual(first4.items.slice(2, 4));
    const byDate = (await inv.get('/api/victims?sort=recruitedOn&pageSize=100')).body.items
      .map((v: { recruitedOn: string | null }) => v.recruitedOn)
      .filter((d: string | null) => d !== null);
    expect([...byDate].sort()).toEqual(byDate);

    // Sorted by code by default: a was recorded first.
    expect(await ids(in1990)).toEqual([a.id, b.id]);
    expect(await ids(`${in1990}&sort=recruitedOn&order=desc`)).toEqual([b.id, a.id]);
    expect(await ids(`${in1990}&status=repatriated&sex=male`)).toEqual([a.id]);
    expect(await ids(`${in1990}&ageBand=25_34`)).toEqual([b.id]);
    expect(await ids(`${in1990}&exploitationType=forced_labour`)).toEqual([a.id]);
    expect(await ids(`${in1990}&homePlaceId=${places['01020102']}`)).toEqual([a.id]);
    expect(await ids(`${in1990}&homePlaceId=${places['01']}`)).toEqual([a.id]);
    expect(await ids(`${in1990}&homePlaceId=${places['01020101']}`)).toEqual([]);
    expect(await ids('recruitedFrom=1990-02-01&recruitedTo=1990-12-31')).toEqual([b.id]);
    expect(await ids('recruitedFrom=1990-01-15&recruitedTo=1990-01-15')).toEqual([a.id]);
    expect(await ids(`q=${encodeURIComponent(a.code)}`)).toEqual([a.id]);
    expect(await ids(`q=${a.code.slice(-6)}`)).toEqual([a.id]);

    await expectBadQueries(inv, '/api/victims', [
      ...badListQueries('code', 'victims'),
      'status=dead',
      'status=missing&status=rescued',
      "status=missing' --",
      'sex=woman',
      'ageBand=30',
      'exploitationType=scam',
      'homePlaceId=abc',
      'recruitedFrom=2025-02-30',
      'recruitedTo=yesterday',
      'recruitedFrom=2025-01-01&recruitedTo=2024-01-01',
      'pageSize=101',
      `q=${'x'.repeat(101)}`,
      'q=a%00b',
    ]);
    await expectFindsNothing(inv, '/api/victims', [
      "' OR 1=1--",
      "%' UNION SELECT full_name_latin FROM victim_identities--",
    ]);
    expect(await count()).not.toBe('0');
  });

  it('updates with the current version, 409 with the current record on a stale one', async () => {
    const created = (await inv.post('/api/victims').send(victim())).body;
    const cleared = { recruitedOn: null, nationality: null, recruitmentChannel: null };
    await expectVersionedUpdates({
      t,
      url: `/api/victims/${created.id}`,
      inv,
      sup,
      first: {
        update: { version: 1, status: 'rescued', meansOfControl: ['other', 'other'] },
        expected: { status: 'rescued', meansOfControl: ['other'], version: 2 },
      },
      stale: {
        update: { version: 1, status: 'in_shelter' },
        current: { status: 'rescued', version: 2, canReadIdentity: true },
      },
      second: {
        update: {
          version: 2,
          ...cleared,
          homePlaceId: null,
          meansOfControl: null,
          consentToShare: true,
        },
        expected: {
          ...cleared,
          homePlace: null,
          meansOfControl: [],
          consentToShare: true,
          version: 3,
        },
      },
    });
  });

  it.each([
    ...REFUSED_UPDATES,
    ['status', { version: 1, status: null }],
    ['consentToShare', { version: 1, consentToShare: 'yes' }],
    ['recruitedOn', { version: 1, recruitedOn: daysFromToday(3) }],
    ['recruitedOn', { version: 1, recruitedOn: '2023-02-29' }],
    ['nationality', { version: 1, nationality: 'ZZ' }],
    ['homePlaceId', { version: 1, homePlaceId: RANDOM_ID }],
    ['code', { version: 1, code: 'V-2000-000001' }],
    ['phone', { version: 1, phone: '+85512345678' }],
  ])('refuses an update naming %s and changes nothing', async (field, update) => {
    await expectRefusedUpdate(inv, '/api/victims', victim(), field, update);
  });

  it('answers 400 to malformed ids and 404 to unknown ones, on every endpoint', async () => {
    await expectMalformedAndUnknownIds('/api/victims', inv, sup);
    await expectMalformedIds((id) => sup.get(`/api/victims/${id}/identity`));
    await expectMalformedIds((id) => vss.put(`/api/victims/${id}/identity`).send({}));
    expect((await sup.get(`/api/victims/${RANDOM_ID}/identity`)).status).toBe(404);
    expect((await vss.put(`/api/victims/${RANDOM_ID}/identity`).send({})).status).toBe(404);
  });

  it('archives instead of deleting; a supervisor restores', async () => {
    const created = (await inv.post('/api/victims').send(victim())).body;
    await expectArchiveAndRestore({
      t,
      path: '/api/victims',
      id: created.id,
      inv,
      sup,
      listed: `q=${encodeURIComponent(created.code)}`,
      update: { version: 2, status: 'rescued' },
      nonRestorers: [vss],
      whileArchived: async () => {
        expect((await vss.put(`/api/victims/${created.id}/identity`).send({})).status).toBe(404);
      },
    });
  });

  describe('the identity', () => {
    let id: string;
    let code: string;
    let identityVersion: number;

    beforeAll(async () => {
      const created = (await inv.post('/api/victims').send(victim())).body;
      id = created.id;
      code = created.code;
      const res = await vss.put(`/api/victims/${id}/identity`).send({
        fullNameKm: `${CANARY_KM}\u200B`,
        fullNameLatin: `${CANARY}  Sok`,
        dateOfBirth: '2003-04-05',
        phone: CANARY_PHONE_LOCAL,
        contactNotes: `Call her aunt, ask for ${CANARY}`,
        idNumbers: [CANARY_ID_NUMBER],
      });
      expect(res.status).toBe(200);
      identityVersion = res.body.version;
    });

    it('is recorded by victim support: names cleaned, phone in E.164, audited without values', async () => {
      const res = await vss.get(`/api/victims/${id}/identity`);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        victimId: id,
        fullNameKm: CANARY_KM,
        fullNameLatin: `${CANARY} Sok`,
        dateOfBirth: '2003-04-05',
        phone: CANARY_PHONE,
        contactNotes: `Call her aunt, ask for ${CANARY}`,
        idNumbers: [CANARY_ID_NUMBER],
        version: 1,
        updatedAt: expect.any(String),
      });
      const [update] = await t.dataSource.query<{ field_groups: string[]; actor_email: string }[]>(
        `SELECT field_groups, actor_email FROM audit_events WHERE action = 'update' AND $1 = ANY(resource_ids)`,
        [id],
      );
      expect(update).toEqual({ field_groups: ['identity'], actor_email: 'support@demo.local' });
      const stored = await t.dataSource.query<{ phone: string }[]>(
        `SELECT phone FROM victim_identities WHERE victim_id = $1`,
        [id],
      );
      expect(stored[0]!.phone).toBe(CANARY_PHONE);
    });

    it('never reaches an investigator: not in the record, the list, a search, a conflict or an error', async () => {
      const bodies: Res[] = [];
      const keep = async (req: PromiseLike<Res>) => {
        const res = await req;
        bodies.push(res);
        return res;
      };
      const detail = await keep(inv.get(`/api/victims/${id}`));
      expect(detail.status).toBe(200);
      expect(detail.body).toMatchObject({ code, canReadIdentity: false });
      for (const key of ['fullNameKm', 'fullNameLatin', 'dateOfBirth', 'phone', 'idNumbers']) {
        expect(detail.body).not.toHaveProperty(key);
      }
      expect((await keep(inv.get('/api/victims?pageSize=100'))).status).toBe(200);
      expect((await keep(inv.get(`/api/victims?q=${encodeURIComponent(code)}`))).body.total).toBe(
        1,
      );
      for (const q of [CANARY, CANARY.slice(0, 12), `${CANARY} sok`, CANARY_KM, CANARY_PHONE]) {
        const found = await keep(inv.get(`/api/victims?q=${encodeURIComponent(q)}`));
        expect(found.status).toBe(200);
        expect(found.body).toMatchObject({ items: [], total: 0 });
      }
      const identity = await keep(inv.get(`/api/victims/${id}/identity`));
      const unknown = await inv.get(`/api/victims/${RANDOM_ID}/identity`);
      expect(identity.status).toBe(404);
      // The same answer as for a victim that does not exist: nothing leaks.
      expect(identity.body).toEqual(unknown.body);
      expect((await keep(inv.put(`/api/victims/${id}/identity`).send({ phone: '1' }))).status).toBe(
        403,
      );
      const current = (await inv.get(`/api/victims/${id}`)).body;
      const stale = await keep(
        inv.patch(`/api/victims/${id}`).send({ version: current.version - 1 || 99, notes: 'x' }),
      );
      expect(stale.status).toBe(409);
      expect(stale.body.current).toMatchObject({ code, canReadIdentity: false });
      const bad = await keep(
        inv.patch(`/api/victims/${id}`).send({ version: current.version, fullNameLatin: CANARY }),
      );
      expect(bad.status).toBe(400);
      const ok = await keep(
        inv.patch(`/api/victims/${id}`).send({ version: current.version, notes: 'seen at Poipet' }),
      );
      expect(ok.status).toBe(200);
      expect((await keep(inv.delete(`/api/victims/${id}`))).status).toBe(200);
      expect((await keep(inv.get('/api/victims?archived=true&pageSize=100'))).status).toBe(200);
      expect(
        (await keep(inv.get(`/api/victims?archived=true&q=${encodeURIComponent(CANARY)}`))).body
          .total,
      ).toBe(0);
      expect((await sup.post(`/api/victims/${id}/restore`)).status).toBe(200);

      for (const res of bodies) {
        for (const secret of [CANARY, CANARY_KM, CANARY_PHONE, CANARY_ID_NUMBER, '2003-04-05']) {
          expect(res.text).not.toContain(secret);
        }
      }
      const denied = await auditRows(t.dataSource, {
        action: 'access_denied',
        actorEmail: 'investigator@demo.local',
        resourceId: id,
      });
      expect(denied).toHaveLength(1);
      expect(denied[0]).toMatchObject({ reason: 'no_need_to_know', outcome: 'denied' });
      expect(await readRows(id)).toEqual(
        expect.not.arrayContaining([
          expect.objectContaining({ actor_email: 'investigator@demo.local' }),
        ]),
      );
    });

    it.each([
      ['supervisor', 'supervisor@demo.local'],
      ['victim support', 'support@demo.local'],
    ])('is read by %s, each read writing exactly one read_sensitive row', async (_, email) => {
      const agent = await t.signIn(email);
      for (let i = 1; i <= 2; i += 1) {
        const before = await readRows(id);
        const res = await agent.get(`/api/victims/${id}/identity`);
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({ fullNameLatin: `${CANARY} Sok`, phone: CANARY_PHONE });
        const after = await readRows(id);
        expect(after).toHaveLength(before.length + 1);
        expect(res.headers['cache-control']).toMatch(/no-store/);
        expect(after[after.length - 1]).toEqual({
          resource_ids: [id],
          field_groups: ['identity', 'contact'],
          actor_email: email,
          details: {},
        });
      }
      expect(await auditMentions(CANARY)).toBe(0);
      expect(await auditMentions(CANARY_KM)).toBe(0);
      expect(await auditMentions(CANARY_PHONE)).toBe(0);
      expect(await auditMentions(CANARY_ID_NUMBER)).toBe(0);
    });

    it('is found by name in either script only by those allowed, and such a search is audited', async () => {
      for (const agent of [sup, vss]) {
        for (const q of [CANARY.toLowerCase(), CANARY_KM, `${CANARY} sok`]) {
          const before = (await readRows(id)).length;
          const res = await agent.get(`/api/victims?q=${encodeURIComponent(q)}`);
          expect(res.body.items.map((v: { id: string }) => v.id)).toEqual([id]);
          expect(res.text).not.toContain(CANARY);
          const rows = await readRows(id);
          expect(rows).toHaveLength(before + 1);
          expect(rows[rows.length - 1]).toMatchObject({
            field_groups: ['identity'],
            details: { via: 'list' },
          });
        }
        // A search by code is not an identity read.
        const before = (await readRows(id)).length;
        await agent.get(`/api/victims?q=${encodeURIComponent(code)}`);
        expect(await readRows(id)).toHaveLength(before);
      }
      expect(await auditMentions(CANARY)).toBe(0);
    });

    it('changes with the current version; a stale or missing version answers 409 with the current identity', async () => {
      const ok = await vss.put(`/api/victims/${id}/identity`).send({
        version: identityVersion,
        contactNotes: null,
        idNumbers: ['AB 123-456', 'AB123456'],
      });
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({
        fullNameLatin: `${CANARY} Sok`,
        contactNotes: null,
        idNumbers: ['AB 123-456', 'AB123456'],
        version: identityVersion + 1,
      });
      const stale = await vss
        .put(`/api/victims/${id}/identity`)
        .send({ version: identityVersion, fullNameLatin: 'Overwrite' });
      expect(stale.status).toBe(409);
      expect(stale.body.current).toMatchObject({
        fullNameLatin: `${CANARY} Sok`,
        version: identityVersion + 1,
      });
      const blind = await vss.put(`/api/victims/${id}/identity`).send({ fullNameLatin: 'Blind' });
      expect(blind.status).toBe(409);
      expect(blind.body.current.version).toBe(identityVersion + 1);
      const conflicts = (await readRows(id)).filter(
        (r) => (r.details as { via?: string }).via === 'conflict',
      );
      expect(conflicts).toHaveLength(2);
      identityVersion += 1;
      const renamed = await vss
        .put(`/api/victims/${id}/identity`)
        .send({ version: identityVersion, fullNameLatin: `${CANARY} Renamed` });
      expect(renamed.status).toBe(200);
      identityVersion += 1;
      expect(
        (await sup.get(`/api/victims?q=${encodeURIComponent(`${CANARY} renamed`)}`)).body.total,
      ).toBe(1);
      expect(
        (await sup.get(`/api/victims?q=${encodeURIComponent(`${CANARY} sok`)}`)).body.total,
      ).toBe(0);
    });

    it.each([
      ['phone', { phone: 'call me maybe' }],
      ['phone', { phone: '12' }],
      ['phone', { phone: 85512345678 }],
      ['dateOfBirth', { dateOfBirth: '2005-02-30' }],
      ['dateOfBirth', { dateOfBirth: daysFromToday(2) }],
      ['dateOfBirth', { dateOfBirth: '1850-01-01' }],
      ['dateOfBirth', { dateOfBirth: '05/04/2003' }],
      ['fullNameLatin', { fullNameLatin: 12 }],
      ['fullNameLatin', { fullNameLatin: 'x'.repeat(201) }],
      ['fullNameKm', { fullNameKm: ['ស្រី'] }],
      ['idNumbers', { idNumbers: 'N123' }],
      ['idNumbers', { idNumbers: [''] }],
      ['idNumbers', { idNumbers: Array.from({ length: 21 }, (_, i) => `N${i}`) }],
      ['contactNotes', { contactNotes: 'x'.repeat(2_001) }],
      ['contactNotes', { contactNotes: 'a\u0000b' }],
      ['version', { version: '2' }],
      ['victimId', { victimId: RANDOM_ID }],
      ['updatedAt', { updatedAt: '2025-01-01T00:00:00Z' }],
      ['code', { code: 'V-2000-000001' }],
    ])('refuses an identity naming %s and changes nothing', async (field, body) => {
      const res = await expectRefused(
        field,
        () => vss.put(`/api/victims/${id}/identity`).send({ version: identityVersion, ...body }),
        () => t.dataSource.query(`SELECT * FROM victim_identities WHERE victim_id = $1`, [id]),
      );
      expect(res.text).not.toContain(CANARY);
    });

    it('is created only without a version, and is 404 until it exists', async () => {
      const fresh = (await inv.post('/api/victims').send(victim())).body;
      expect((await sup.get(`/api/victims/${fresh.id}/identity`)).status).toBe(404);
      const withVersion = await vss.put(`/api/victims/${fresh.id}/identity`).send({ version: 1 });
      expect(withVersion.status).toBe(400);
      expect(withVersion.body.fields[0].field).toBe('version');
      const created = await vss
        .put(`/api/victims/${fresh.id}/identity`)
        .send({ fullNameLatin: 'Only A Name' });
      expect(created.status).toBe(200);
      expect(created.body).toMatchObject({
        fullNameKm: null,
        phone: null,
        dateOfBirth: null,
        idNumbers: [],
        version: 1,
      });
    });

    it('lets exactly one of many racing writers win', async () => {
      const fresh = (await inv.post('/api/victims').send(victim())).body;
      const creates = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          vss.put(`/api/victims/${fresh.id}/identity`).send({ fullNameLatin: `Writer ${i}` }),
        ),
      );
      expect(creates.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409, 409]);
      const updates = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          vss
            .put(`/api/victims/${fresh.id}/identity`)
            .send({ version: 1, fullNameLatin: `Updater ${i}` }),
        ),
      );
      expect(updates.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409, 409]);
      const [row] = await t.dataSource.query<{ version: number }[]>(
        `SELECT version FROM victim_identities WHERE victim_id = $1`,
        [fresh.id],
      );
      expect(row!.version).toBe(2);
    });

    it('fails the read with 503, returning nothing, when its audit row cannot be written', async () => {
      const before = (await readRows(id)).length;
      const res = await whileAuditFails(t.dataSource, () => sup.get(`/api/victims/${id}/identity`));
      expect(res.status).toBe(503);
      expect(res.body.message).toMatch(/audit trail/);
      expect(res.text).not.toContain(CANARY);
      expect(res.text).not.toContain(CANARY_PHONE);
      expect(await readRows(id)).toHaveLength(before);
      expect((await sup.get(`/api/victims/${id}/identity`)).status).toBe(200);
    });
  });

  describeRecordAccess({
    app: () => t,
    owner: () => inv,
    path: '/api/victims',
    body: () => victim(),
    change: { status: 'rescued' },
    users: ['investigator', 'supervisor', 'victim_support'],
    async prepare(id) {
      const res = await vss.put(`/api/victims/${id}/identity`).send({ fullNameLatin: CANARY });
      expect(res.status).toBe(200);
    },
    more: [
      {
        name: 'identity read',
        send: (a, r) => a.get(`/api/victims/${r.id}/identity`),
        ok: 200,
        allowed: IDENTITY_READERS,
        // Investigators hold victims:read but no need-to-know: 404, not 403.
        refused: (role) => (role === 'investigator' ? 404 : 403),
      },
      {
        name: 'identity write',
        send: (a, r) =>
          a.put(`/api/victims/${r.id}/identity`).send({ version: 1, phone: '+85512000000' }),
        ok: 200,
        allowed: ['victim_support'],
      },
    ],
    moreAnonymous: [
      (anon) => anon.get(`/api/victims/${RANDOM_ID}/identity`),
      (anon) => anon.put(`/api/victims/${RANDOM_ID}/identity`).send({}),
    ],
    inspect(role, results) {
      for (const [name, res] of results) {
        if (name.startsWith('identity') && IDENTITY_READERS.includes(role)) continue;
        expect([name, res.text.includes(CANARY)]).toEqual([name, false]);
      }
    },
  });
});
