import { type IdentifierKind, type Role, ROLE_PERMISSIONS } from '@khsae/domain';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import type { Actor, RequestOrigin } from 'src/common/access/auth-context';
import { IdentifiersService } from 'src/modules/identifiers/identifiers.service';

import { createBroker, insertCompound, insertVictim } from './utils/registry-fixtures';
import {
  describeRoleAccess,
  expectMalformedIds,
  expectRefused,
  RANDOM_ID,
  rowCount,
  testToken,
} from './utils/registry-suites';
import { type Agent, auditRows, DEMO_ROLES, startTestApp, type TestApp } from './utils/test-app';

const TOKEN = testToken();
// A victim's name that must never appear in an identifiers answer.
const CANARY = `Canary Srey Neang ${TOKEN}`;

describe('identifiers', () => {
  let t: TestApp;
  let inv: Agent;
  let sup: Agent;

  const newBroker = (name: string) => createBroker(inv, `${name} ${TOKEN}`);
  const newVictim = async () => {
    const victim = await insertVictim(t.dataSource);
    await t.dataSource.query(
      `INSERT INTO victim_identities (victim_id, full_name_latin, phone) VALUES ($1, $2, '012 999 000')`,
      [victim.id, CANARY],
    );
    return victim;
  };
  const newCompound = (name: string) => insertCompound(t.dataSource, `${name} ${TOKEN}`);
  const counts = async () => ({
    identifiers: await rowCount(t.dataSource, 'identifiers'),
    holders: await rowCount(t.dataSource, 'identifier_holders'),
  });
  const attach = (agent: Agent, body: Record<string, unknown>) =>
    agent.post('/api/identifiers').send(body);
  /** Attaches `kind: value` to a broker. */
  const attachTo = (agent: Agent, brokerId: string, kind: string, value: string) =>
    attach(agent, { kind, value, holderKind: 'broker', holderId: brokerId });
  const sharedOf = async (agent: Agent, holderKind: string, holderId: string) => {
    const res = await agent.get(
      `/api/identifiers/shared?holderKind=${holderKind}&holderId=${holderId}`,
    );
    expect(res.status).toBe(200);
    return res.body as {
      identifier: { id: string; kind: string; value: string; display: string };
      others: { kind: string; id: string; label: string; sublabel: string | null }[];
    }[];
  };

  /**
   * The victim rule is also exercised on the service with a caller holding every permission it checks,
   * besides victim support's own requests over HTTP.
   */
  let privileged: Actor;
  const origin: RequestOrigin = { requestId: null, clientIp: null, userAgent: 'identifiers test' };
  const service = () => t.app.get(IdentifiersService);

  beforeAll(async () => {
    t = await startTestApp();
    inv = await t.signIn(DEMO_ROLES.investigator);
    sup = await t.signIn(DEMO_ROLES.supervisor);
    const [support] = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM users WHERE email = 'support@demo.local'`,
    );
    privileged = {
      auth: {
        sessionId: 'test',
        user: {
          id: support!.id,
          email: 'support@demo.local',
          displayName: 'Chanthou Support (demo)',
          role: 'victim_support',
        },
        permissions: [...ROLE_PERMISSIONS.victim_support, 'identifiers:read', 'identifiers:write'],
      },
      origin,
    };
  }, 60_000);
  afterAll(async () => t?.close());

  it('matches one phone written two ways on two brokers: one identifier, two holders, each shows the other', async () => {
    const a = await newBroker('Sok Sokha');
    const b = await newBroker('Chan Dara');
    const first = await attachTo(inv, a.id, 'phone', '012 345 678');
    expect(first.status).toBe(201);
    expect(first.body).toEqual({
      id: expect.any(String),
      kind: 'phone',
      value: '+85512345678',
      display: '+855 12 345 678',
      holders: [{ kind: 'broker', id: a.id, label: `Sok Sokha ${TOKEN}`, sublabel: a.refCode }],
      createdAt: expect.any(String),
    });
    const second = await attachTo(inv, b.id, 'phone', '+855 12 345 678');
    expect(second.status).toBe(201);
    expect(second.body.id).toBe(first.body.id);
    expect(second.body.holders.map((h: { id: string }) => h.id)).toEqual([a.id, b.id]);

    const rows = await t.dataSource.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM identifiers WHERE kind = 'phone' AND value = '+85512345678'`,
    );
    expect(rows[0]!.n).toBe('1');

    expect(await sharedOf(inv, 'broker', a.id)).toEqual([
      {
        identifier: {
          id: first.body.id,
          kind: 'phone',
          value: '+85512345678',
          display: '+855 12 345 678',
        },
        others: [{ kind: 'broker', id: b.id, label: `Chan Dara ${TOKEN}`, sublabel: b.refCode }],
      },
    ]);
    expect((await sharedOf(inv, 'broker', b.id))[0]!.others.map((o) => o.id)).toEqual([a.id]);

    const fetched = await inv.get(`/api/identifiers/${first.body.id}`);
    expect(fetched.status).toBe(200);
    expect(fetched.body).toEqual(second.body);

    // Both holders can be found by the number in the search index.
    const entries = await t.dataSource.query<{ record_id: string; restricted: boolean }[]>(
      `SELECT record_id, restricted FROM search_entries WHERE field = 'identifier' AND text = '+855 12 345 678'`,
    );
    expect(entries.map((e) => e.record_id).sort()).toEqual([a.id, b.id].sort());
    expect(entries.every((e) => !e.restricted)).toBe(true);
    const audits = await auditRows(t.dataSource, { action: 'create', resourceId: first.body.id });
    expect(audits).toHaveLength(2);
    // The audit trail says what happened, never the value.
    expect(JSON.stringify(audits)).not.toMatch(/12345678|345 678/);
  });

  it('normalises handles, accounts and wallets so that each is matched however it is written', async () => {
    const a = await newBroker('Handles A');
    const c = await newCompound('Golden Fortune');
    const pairs: [string, string, string, string][] = [
      ['telegram', '@SokhaRecruit', 'https://t.me/sokharecruit', 'sokharecruit'],
      ['facebook', 'https://www.facebook.com/Jobs.Abroad.KH', '@jobs.abroad.kh', 'jobs.abroad.kh'],
      ['bank_account', '0012-345-678', '0012 345 678', '0012345678'],
      ['passport', 'n 0123456', 'N0123456', 'N0123456'],
      ['email', ' Jobs@Example.COM ', 'jobs@example.com', 'jobs@example.com'],
      [
        'crypto_wallet',
        '0xAbC0000000000000000000000000000000000001',
        '0xabc0000000000000000000000000000000000001',
        '0xabc0000000000000000000000000000000000001',
      ],
    ];
    for (const [kind, onBroker, onCompound, value] of pairs) {
      const x = await attachTo(inv, a.id, kind, onBroker);
      const y = await attach(inv, {
        kind,
        value: onCompound,
        holderKind: 'compound',
        holderId: c.id,
      });
      expect({ kind, status: [x.status, y.status] }).toEqual({ kind, status: [201, 201] });
      expect({ kind, value: y.body.value, same: y.body.id === x.body.id }).toEqual({
        kind,
        value,
        same: true,
      });
    }
    const ofCompound = await sharedOf(inv, 'compound', c.id);
    expect(ofCompound).toHaveLength(pairs.length);
    expect(ofCompound.every((s) => s.others.length === 1 && s.others[0]!.id === a.id)).toBe(true);
  });

  it('attaches idempotently, detaches softly with an audit row, and re-attaching brings the attachment back', async () => {
    const a = await newBroker('Detach A');
    const b = await newBroker('Detach B');
    const body = { kind: 'whatsapp', value: '092 111 222', holderKind: 'broker' };
    const first = (await attach(inv, { ...body, holderId: a.id })).body;
    await attach(inv, { ...body, holderId: b.id });
    const before = await counts();
    const again = await attach(inv, { ...body, value: '+85592111222', holderId: a.id });
    expect(again.status).toBe(201);
    expect(again.body.holders).toHaveLength(2);
    expect(await counts()).toEqual(before);
    expect(await auditRows(t.dataSource, { action: 'create', resourceId: first.id })).toHaveLength(
      2,
    );

    const detached = await inv.delete(`/api/identifiers/${first.id}/holders/broker/${b.id}`);
    expect(detached.status).toBe(204);
    expect(await sharedOf(inv, 'broker', b.id)).toEqual([]);
    expect((await sharedOf(inv, 'broker', a.id))[0]!.others).toEqual([]);
    expect((await inv.get(`/api/identifiers/${first.id}`)).body.holders).toEqual([
      expect.objectContaining({ id: a.id }),
    ]);
    const kept = await t.dataSource.query<{ archived_at: Date | null }[]>(
      `SELECT archived_at FROM identifier_holders WHERE identifier_id = $1 AND holder_id = $2`,
      [first.id, b.id],
    );
    expect(kept[0]!.archived_at).not.toBeNull();
    const entries = await t.dataSource.query<unknown[]>(
      `SELECT 1 FROM search_entries WHERE record_id = $1 AND field = 'identifier'`,
      [b.id],
    );
    expect(entries).toEqual([]);
    expect(
      await auditRows(t.dataSource, { action: 'archive', resourceId: first.id }),
    ).toMatchObject([{ actor_email: 'investigator@demo.local', resource_ids: [first.id, b.id] }]);
    expect((await inv.delete(`/api/identifiers/${first.id}/holders/broker/${b.id}`)).status).toBe(
      404,
    );

    const back = await attach(inv, { ...body, holderId: b.id });
    expect(back.status).toBe(201);
    expect(back.body.holders.map((h: { id: string }) => h.id).sort()).toEqual([a.id, b.id].sort());
    expect(await counts()).toEqual(before);
    const [reattached] = await auditRows(t.dataSource, { action: 'create', resourceId: b.id });
    expect(reattached!.details).toMatchObject({ reattached: true, newIdentifier: false });
  });

  it('finds identifiers by value written any way, and treats injection as text', async () => {
    const a = await newBroker('Search A');
    const phone = (await attachTo(inv, a.id, 'phone', '093 222 333')).body;
    const handle = (await attachTo(inv, a.id, 'telegram', `@recruit_${TOKEN}`)).body;
    const ids = async (query: string) => {
      const res = await inv.get(`/api/identifiers?${query}`);
      expect({ query, status: res.status }).toEqual({ query, status: 200 });
      return res.body.map((i: { id: string }) => i.id);
    };
    expect(await ids('q=093222333')).toContain(phone.id);
    expect(await ids(`q=${encodeURIComponent('+855 93 222 333')}`)).toEqual([phone.id]);
    expect(await ids(`q=${encodeURIComponent('222 333')}`)).toContain(phone.id);
    expect(await ids(`q=${encodeURIComponent('222 333')}&kind=telegram`)).not.toContain(phone.id);
    expect(await ids(`q=${encodeURIComponent(`https://t.me/recruit_${TOKEN}`)}`)).toEqual([
      handle.id,
    ]);
    expect(await ids(`q=recruit_${TOKEN.toUpperCase()}`)).toEqual([handle.id]);
    const found = (await inv.get('/api/identifiers?q=093222333')).body[0];
    expect(found).toMatchObject({ holders: [{ kind: 'broker', id: a.id }] });
    for (const q of ["' OR 1=1--", "%' UNION SELECT id FROM users--", 'qjxq%', 'qjxq_', '%%%']) {
      expect(await ids(`q=${encodeURIComponent(q)}`)).toEqual([]);
    }
    for (const query of [
      'q=1',
      `q=${'9'.repeat(101)}`,
      'q=a&q=b',
      '',
      `q=093222333&holderKind=broker&holderId=${a.id}`,
      'q=0932&kind=pager',
      'q=0932&limit=0',
      'q=0932&limit=51',
      'q=0932&sort=value',
    ]) {
      const res = await inv.get(`/api/identifiers?${query}`);
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
    }
    for (const query of [
      '',
      'holderKind=broker',
      `holderId=${a.id}`,
      `holderKind=tipster&holderId=${a.id}`,
      `holderKind=place&holderId=${a.id}`,
      `holderKind=broker&holderKind=victim&holderId=${a.id}`,
      'holderKind=broker&holderId=abc',
      `q=093222333&holderKind=broker&holderId=${a.id}`,
    ]) {
      const res = await inv.get(`/api/identifiers/shared?${query}`);
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
    }
    expect(
      (await inv.get(`/api/identifiers/shared?holderKind=broker&holderId=${RANDOM_ID}`)).status,
    ).toBe(404);
  });

  it.each([
    ['kind', { kind: 'pager' }],
    ['kind', { kind: 12 }],
    ['kind', { kind: null }],
    ['value', { value: '' }],
    ['value', { value: 12 }],
    ['value', { value: ['012 345 678'] }],
    ['value', { value: '12' }],
    ['value', { value: 'not a phone' }],
    ['value', { value: 'x'.repeat(201) }],
    ['value', { value: '012\u0000345678' }],
    ['value', { value: '\u200B' }],
    ['value', { kind: 'email', value: 'jobs.example.com' }],
    ['value', { kind: 'crypto_wallet', value: '0x12' }],
    ['value', { kind: 'telegram', value: '@ two words' }],
    ['holderKind', { holderKind: 'place' }],
    ['holderKind', { holderKind: 'route' }],
    ['holderKind', { holderKind: undefined }],
    ['holderId', { holderId: 'not-a-uuid' }],
    ['holderId', { holderId: RANDOM_ID }],
    ['id', { id: RANDOM_ID }],
    ['display', { display: '+855 12 000 000' }],
    ['createdBy', { createdBy: RANDOM_ID }],
    ['archivedAt', { archivedAt: null }],
    ['version', { version: 1 }],
  ])('answers 400 naming %s and records nothing', async (field, over) => {
    const holder = await newBroker('Bad input');
    const body = { kind: 'phone', value: '015 444 555', holderKind: 'broker', holderId: holder.id };
    await expectRefused(field, () => attach(inv, { ...body, ...over }), counts);
  });

  it('refuses an archived holder, and malformed or unknown ids', async () => {
    const gone = await newBroker('Gone');
    await inv.delete(`/api/brokers/${gone.id}`);
    const res = await attachTo(inv, gone.id, 'phone', '015 444 556');
    expect(res.status).toBe(400);
    expect(res.body.fields[0]).toEqual({ field: 'holderId', problems: ['no such active broker'] });
    await expectMalformedIds((id) => inv.get(`/api/identifiers/${id}`));
    expect((await inv.get('/api/identifiers/%00')).status).toBe(400);
    expect((await inv.get(`/api/identifiers/${RANDOM_ID}`)).status).toBe(404);
    const a = await newBroker('Ids');
    const id = (await attachTo(inv, a.id, 'phone', '015 444 557')).body.id;
    const detach = (path: string) => inv.delete(`/api/identifiers/${path}`);
    expect((await detach(`${id}/holders/broker/abc`)).status).toBe(400);
    expect((await detach(`${id}/holders/place/${a.id}`)).body.fields[0].field).toBe('holderKind');
    expect((await detach(`abc/holders/broker/${a.id}`)).status).toBe(400);
    expect((await detach(`${RANDOM_ID}/holders/broker/${a.id}`)).status).toBe(404);
    expect((await detach(`${id}/holders/broker/${RANDOM_ID}`)).status).toBe(404);
    expect((await detach(`${id}/holders/compound/${a.id}`)).status).toBe(404);
  });

  it('makes one identifier row when the same value is attached five times at once', async () => {
    const brokers = await Promise.all([1, 2, 3, 4, 5].map((i) => newBroker(`Racer ${i}`)));
    const written = ['016 777 888', '+855 16 777 888', '016777888', '+85516777888', '16 777 888'];
    const results = await Promise.all(
      brokers.map((b, i) => attachTo(inv, b.id, 'phone', written[i]!)),
    );
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    const rows = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM identifiers WHERE kind = 'phone' AND value = '+85516777888'`,
    );
    expect(rows).toHaveLength(1);
    expect((await inv.get(`/api/identifiers/${rows[0]!.id}`)).body.holders).toHaveLength(5);
    expect((await sharedOf(inv, 'broker', brokers[0]!.id))[0]!.others).toHaveLength(4);

    // The same holder five times at once: one attachment.
    const one = await newBroker('Racer same');
    const same = await Promise.all(written.map((value) => attachTo(inv, one.id, 'phone', value)));
    expect(same.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    const holders = await t.dataSource.query<unknown[]>(
      `SELECT 1 FROM identifier_holders WHERE holder_id = $1`,
      [one.id],
    );
    expect(holders).toHaveLength(1);
    const attachments = (
      await auditRows(t.dataSource, { action: 'create', resourceId: one.id })
    ).filter((r) => r.details['holderKind'] === 'broker');
    expect(attachments).toHaveLength(1);
  });

  describe("a victim's identifiers are contact data", () => {
    let victim: { id: string; code: string };
    let broker: { id: string; refCode: string };
    let victimOnly: string;
    let shared: string;
    /** Attaches `kind: value` to the victim as a caller with every permission the rule checks. */
    const attachToVictim = (kind: IdentifierKind, value: string) =>
      service().attach(privileged, { kind, value, holderKind: 'victim', holderId: victim.id });

    beforeAll(async () => {
      victim = await newVictim();
      broker = await newBroker('Shares with a victim');
      victimOnly = (await attachToVictim('phone', '012 888 111')).id;
      shared = (await attachToVictim('phone', '012 888 222')).id;
      await attachTo(inv, broker.id, 'phone', '012 888 222');
    });

    it('needs victim_identity:write to attach to or detach from a victim; the refusal is audited', async () => {
      for (const [email, agent] of [
        ['investigator@demo.local', () => inv],
        ['supervisor@demo.local', () => sup],
      ] as const) {
        const before = await counts();
        const res = await attach(agent(), {
          kind: 'phone',
          value: '012 888 333',
          holderKind: 'victim',
          holderId: victim.id,
        });
        expect(res.status).toBe(403);
        expect(await counts()).toEqual(before);
        const detach = await agent().delete(
          `/api/identifiers/${shared}/holders/victim/${victim.id}`,
        );
        expect(detach.status).toBe(403);
        const denied = await auditRows(t.dataSource, {
          action: 'access_denied',
          actorEmail: email,
        });
        expect(denied.slice(0, 2)).toEqual([
          expect.objectContaining({
            outcome: 'denied',
            details: { permission: 'victim_identity:write', holderKind: 'victim' },
          }),
          expect.objectContaining({
            outcome: 'denied',
            details: { permission: 'victim_identity:write', holderKind: 'victim' },
          }),
        ]);
      }
      // Still attached.
      expect((await sharedOf(sup, 'victim', victim.id)).map((s) => s.identifier.id).sort()).toEqual(
        [victimOnly, shared].sort(),
      );
    });

    it('keeps a victim’s identifiers from callers who may not read identities', async () => {
      // A victim's identifiers are its contact data, shared with a broker or not.
      expect(await sharedOf(inv, 'victim', victim.id)).toEqual([]);
      expect((await inv.get(`/api/identifiers/${victimOnly}`)).status).toBe(404);
      expect((await inv.get('/api/identifiers?q=012888111')).body).toEqual([]);
      expect(
        (await inv.get('/api/identifiers?q=888').then((r) => r.body)).map(
          (i: { id: string }) => i.id,
        ),
      ).not.toContain(victimOnly);
      const index = await t.dataSource.query<{ restricted: boolean }[]>(
        `SELECT restricted FROM search_entries WHERE record_id = $1 AND field = 'identifier'`,
        [victim.id],
      );
      expect(index.map((e) => e.restricted)).toEqual([true, true]);
    });

    it('shows a phone shared by a broker and a victim without the victim to a caller who may not read identities', async () => {
      const before = await auditRows(t.dataSource, {
        action: 'read_sensitive',
        resourceId: victim.id,
      });
      const res = await inv.get(`/api/identifiers/shared?holderKind=broker&holderId=${broker.id}`);
      expect(res.body).toEqual([
        {
          identifier: {
            id: shared,
            kind: 'phone',
            value: '+85512888222',
            display: '+855 12 888 222',
          },
          others: [],
        },
      ]);
      const byId = await inv.get(`/api/identifiers/${shared}`);
      expect(byId.body.holders).toEqual([
        expect.objectContaining({ kind: 'broker', id: broker.id }),
      ]);
      for (const text of [res.text, byId.text]) {
        expect(text).not.toContain(victim.id);
        expect(text).not.toContain(victim.code);
      }
      expect(
        await auditRows(t.dataSource, { action: 'read_sensitive', resourceId: victim.id }),
      ).toEqual(before);
    });

    it('shows a phone shared by a broker and a victim, the victim by its code only, to a caller who reads identities, and audits the read', async () => {
      const before = await auditRows(t.dataSource, {
        action: 'read_sensitive',
        resourceId: victim.id,
      });
      const res = await sup.get(`/api/identifiers/shared?holderKind=broker&holderId=${broker.id}`);
      expect(res.body).toEqual([
        {
          identifier: {
            id: shared,
            kind: 'phone',
            value: '+85512888222',
            display: '+855 12 888 222',
          },
          others: [{ kind: 'victim', id: victim.id, label: victim.code, sublabel: null }],
        },
      ]);
      expect(res.text).not.toContain(CANARY);
      const byId = await sup.get(`/api/identifiers/${shared}`);
      expect(byId.body.holders).toEqual([
        { kind: 'victim', id: victim.id, label: victim.code, sublabel: null },
        expect.objectContaining({ kind: 'broker', id: broker.id }),
      ]);
      expect(byId.text).not.toContain(CANARY);
      const after = await auditRows(t.dataSource, {
        action: 'read_sensitive',
        resourceId: victim.id,
      });
      expect(after.length - before.length).toBe(2);
      expect(after[0]).toMatchObject({
        actor_email: 'supervisor@demo.local',
        details: { via: 'identifiers', identifierIds: [shared] },
      });
      const [groups] = await t.dataSource.query<{ field_groups: string[] }[]>(
        `SELECT field_groups FROM audit_events WHERE action = 'read_sensitive' AND $1 = ANY(resource_ids)
          ORDER BY id DESC LIMIT 1`,
        [victim.id],
      );
      expect(groups!.field_groups).toEqual(['contact']);
    });

    it("does not confirm a victim's phone to an investigator who attaches it to a broker; a supervisor sees the match", async () => {
      const probe = await newBroker('Probe');
      const earlier = await attachToVictim('passport', 'n 0777 444');
      await t.dataSource.query(
        `UPDATE identifiers SET created_at = now() - interval '30 days' WHERE id = $1`,
        [earlier.id],
      );
      const readsBefore = await auditRows(t.dataSource, {
        action: 'read_sensitive',
        resourceId: victim.id,
      });
      const started = Date.now() - 1_000;
      for (const [kind, value] of [
        ['phone', '012 888 111'],
        ['passport', 'N0777444'],
      ] as const) {
        const res = await attachTo(inv, probe.id, kind, value);
        expect(res.status).toBe(201);
        expect(res.body.holders).toEqual([
          expect.objectContaining({ kind: 'broker', id: probe.id }),
        ]);
        // Nothing in the answer comes from the victim's record: not its code, nor how or when it was written.
        expect(res.text).not.toContain(victim.id);
        expect(res.text).not.toContain(victim.code);
        expect(res.body.display).toBe(kind === 'phone' ? '+855 12 888 111' : 'N0777444');
        expect(new Date(res.body.createdAt).getTime()).toBeGreaterThanOrEqual(started);
        const found = await inv.get(`/api/identifiers?q=${encodeURIComponent(value)}`);
        expect(found.body).toEqual([res.body]);
        expect((await inv.get(`/api/identifiers/${res.body.id}`)).body).toEqual(res.body);
        expect((await sharedOf(inv, 'broker', probe.id)).every((s) => !s.others.length)).toBe(true);
      }
      expect(
        await auditRows(t.dataSource, { action: 'read_sensitive', resourceId: victim.id }),
      ).toEqual(readsBefore);
      // The match is recorded: a supervisor sees the broker and the victim holding the same phone.
      const phone = (await sup.get('/api/identifiers?q=012888111')).body;
      expect(phone).toEqual([
        expect.objectContaining({
          id: victimOnly,
          holders: [
            { kind: 'victim', id: victim.id, label: victim.code, sublabel: null },
            expect.objectContaining({ kind: 'broker', id: probe.id }),
          ],
        }),
      ]);
      expect((await sharedOf(sup, 'broker', probe.id)).flatMap((s) => s.others)).toEqual([
        { kind: 'victim', id: victim.id, label: victim.code, sublabel: null },
        { kind: 'victim', id: victim.id, label: victim.code, sublabel: null },
      ]);
      await inv.delete(`/api/identifiers/${victimOnly}/holders/broker/${probe.id}`);
      await service().detach(privileged, earlier.id, { kind: 'victim', id: victim.id });
    });

    it('shows every identifier of a victim to a caller who reads identities, still by code', async () => {
      const all = await sharedOf(sup, 'victim', victim.id);
      expect(all.map((s) => s.identifier.id).sort()).toEqual([victimOnly, shared].sort());
      const only = await sup.get(`/api/identifiers/${victimOnly}`);
      expect(only.status).toBe(200);
      expect(only.body.holders).toEqual([
        { kind: 'victim', id: victim.id, label: victim.code, sublabel: null },
      ]);
      expect(only.text).not.toContain(CANARY);
      expect(
        (await sup.get('/api/identifiers?q=012888111')).body.map((i: { id: string }) => i.id),
      ).toEqual([victimOnly]);
    });

    it('lets a caller with victim_identity:write detach from a victim, audited', async () => {
      const extra = await attachToVictim('line', `@victim_${TOKEN}`);
      expect(extra.holders).toEqual([
        { kind: 'victim', id: victim.id, label: victim.code, sublabel: null },
      ]);
      await service().detach(privileged, extra.id, { kind: 'victim', id: victim.id });
      expect((await sharedOf(sup, 'victim', victim.id)).map((s) => s.identifier.id)).not.toContain(
        extra.id,
      );
      const [archived] = await auditRows(t.dataSource, { action: 'archive', resourceId: extra.id });
      expect(archived).toMatchObject({
        actor_email: 'support@demo.local',
        details: { kind: 'line', holderKind: 'victim' },
      });
    });
  });

  const allowed: Role[] = ['investigator', 'supervisor', 'victim_support'];
  describeRoleAccess<{ holder: { id: string }; mine: { id: string } }>({
    app: () => t,
    async prepare(role) {
      const holder = await newBroker(`For ${role}`);
      const mine = (await attachTo(inv, holder.id, 'telegram', `@for_${role}_${TOKEN}`)).body;
      return { holder, mine };
    },
    steps: [
      {
        name: 'shared',
        send: (a, { holder }) =>
          a.get(`/api/identifiers/shared?holderKind=broker&holderId=${holder.id}`),
        ok: 200,
        allowed,
      },
      {
        name: 'search',
        send: (a, _, role) => a.get(`/api/identifiers?q=for_${role}`),
        ok: 200,
        allowed,
      },
      {
        name: 'get',
        send: (a, { mine }) => a.get(`/api/identifiers/${mine.id}`),
        ok: 200,
        allowed,
      },
      {
        name: 'attach',
        send: (a, { holder }, role) => attachTo(a, holder.id, 'telegram', `@by_${role}_${TOKEN}`),
        ok: 201,
        allowed,
      },
      {
        name: 'detach',
        send: (a, { holder, mine }) =>
          a.delete(`/api/identifiers/${mine.id}/holders/broker/${holder.id}`),
        ok: 204,
        allowed,
      },
    ],
    anonymous: () => [
      (anon) => anon.get('/api/identifiers?q=0123'),
      (anon) => anon.get(`/api/identifiers/${RANDOM_ID}`),
      (anon) =>
        anon
          .post('/api/identifiers')
          .send({ kind: 'phone', value: '012 345 678', holderKind: 'broker', holderId: RANDOM_ID }),
      (anon) => anon.delete(`/api/identifiers/${RANDOM_ID}/holders/broker/${RANDOM_ID}`),
    ],
  });

  it("lets victim support record a victim's phone, which investigators then do not see", async () => {
    const support = await t.signIn('support@demo.local');
    const victim = await insertVictim(t.dataSource);
    const res = await support
      .post('/api/identifiers')
      .send({ kind: 'phone', value: '097 555 0102', holderKind: 'victim', holderId: victim.id });
    expect(res.status).toBe(201);
    expect(res.body.value).toBe('+855975550102');
    const seen = await inv.get(`/api/identifiers/shared?holderKind=victim&holderId=${victim.id}`);
    expect(JSON.stringify(seen.body)).not.toContain('5550102');
  });
});
