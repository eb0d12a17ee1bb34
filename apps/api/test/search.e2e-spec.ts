import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { searchKey } from '@khsae/domain';

import { seedPlaces } from './utils/registry-fixtures';
import { type Agent, auditRows, startTestApp, type TestApp } from './utils/test-app';

describe('search across the registry', () => {
  let t: TestApp;
  let inv: Agent;
  let victimId = '';

  beforeAll(async () => {
    t = await startTestApp();
    await seedPlaces(t.dataSource);
    inv = await t.signIn('investigator@demo.local');
    for (const b of [
      { nameLatin: 'Sokhar Chea', role: 'local_recruiter' },
      { nameLatin: 'Sok Ha', nameKm: 'សុខ ហា', role: 'transporter' },
      { nameKm: 'ចាន់ ដារ៉ា', nameLatin: 'Chan Dara', aliases: ['Ta Dara'], role: 'foreign_agent' },
      { nameLatin: 'Unrelated Person', role: 'financier' },
    ]) {
      expect((await inv.post('/api/brokers').send(b)).status).toBe(201);
    }
    // A victim whose name is identity data: only searchable by those allowed to read identities.
    const [victim] = await t.dataSource.query<{ id: string; code: string }[]>(
      `INSERT INTO victims (sex) VALUES ('female') RETURNING id, code`,
    );
    victimId = victim!.id;
    await t.dataSource.query(
      `INSERT INTO search_entries (record_kind, record_id, field, source, text, key, restricted) VALUES
        ('victim', $1, 'code', 'code', $2, $3, false),
        ('victim', $1, 'identity_name', 'fullNameLatin', 'Srey Canary', $4, true)`,
      [victim!.id, victim!.code, searchKey(victim!.code), searchKey('Srey Canary')],
    );
  }, 60_000);
  afterAll(async () => t?.close());

  const labels = (body: { label: string }[]) => body.map((r) => r.label);

  it('finds spelling variants: "Sokha" finds "Sokhar" and "Sok Ha"', async () => {
    const res = await inv.get('/api/search?q=Sokha');
    expect(res.status).toBe(200);
    expect(labels(res.body)).toEqual(expect.arrayContaining(['Sokhar Chea', 'Sok Ha']));
    expect(labels(res.body)).not.toContain('Unrelated Person');
  });

  it('finds a Khmer-script record by a Khmer query, and by its romanised name', async () => {
    const km = await inv.get(`/api/search?q=${encodeURIComponent('ដារ៉ា')}`);
    expect(labels(km.body)).toContain('Chan Dara');
    const latin = await inv.get('/api/search?q=chan%20dara');
    expect(labels(latin.body)[0]).toBe('Chan Dara');
    const alias = await inv.get('/api/search?q=ta%20dara');
    expect(alias.body[0]).toMatchObject({ label: 'Chan Dara', matchedField: 'alias' });
  });

  it('matches the gazetteer pairs in either script and the UN romanisation', async () => {
    const pairs: [string, string][] = [
      ['បន្ទាយមានជ័យ', 'Banteay Meanchey'],
      ['Banteay Meanchey', 'Banteay Meanchey'],
      ['Bântéay Méanchoăy', 'Banteay Meanchey'],
      ['មង្គលបូរី', 'Mongkol Borey'],
      ['Mongkol Borei', 'Mongkol Borey'],
      ['អូរធំ', 'Ou Thum'],
    ];
    for (const [q, expected] of pairs) {
      const res = await inv.get(`/api/search?q=${encodeURIComponent(q)}&kinds=place`);
      expect({ q, found: labels(res.body) }).toEqual({
        q,
        found: expect.arrayContaining([expected]),
      });
    }
  });

  it('finds a victim by code for investigators but never by name', async () => {
    const [victim] = await t.dataSource.query<{ code: string }[]>(
      `SELECT code FROM victims WHERE id = $1`,
      [victimId],
    );
    const code = victim!.code;
    const byCode = await inv.get(`/api/search?q=${code}`);
    expect(byCode.body[0]).toMatchObject({ kind: 'victim', id: victimId, label: code });
    const byName = await inv.get('/api/search?q=srey%20canary');
    expect(byName.body).toEqual([]);
    expect(JSON.stringify(byName.body)).not.toContain('Canary');
  });

  it('finds a victim by name for victim support, shows only the code as label, and audits the identity read', async () => {
    const support = await t.signIn('support@demo.local');
    const res = await support.get('/api/search?q=srey%20canary');
    expect(res.body[0]).toMatchObject({
      kind: 'victim',
      id: victimId,
      matchedField: 'identity_name',
    });
    expect(res.body[0].label).toMatch(/^V-/);
    const rows = await auditRows(t.dataSource, {
      action: 'read_sensitive',
      actorEmail: 'support@demo.local',
    });
    expect(rows[0]).toMatchObject({ resource_ids: [victimId], details: { via: 'search' } });
    expect(JSON.stringify(rows)).not.toContain('Canary');
  });

  it('limits results to the kinds the caller may read', async () => {
    const admin = await t.signIn('admin@demo.local');
    const res = await admin.get('/api/search?q=sokha');
    expect(res.status).toBe(200);
    expect(res.body.every((r: { kind: string }) => r.kind === 'place')).toBe(true);
    const auditor = await t.signIn('auditor@demo.local');
    expect((await auditor.get('/api/search?q=sokha')).body).toEqual([]);
  });

  it('answers two-letter prefixes and treats injection as text', async () => {
    expect(labels((await inv.get('/api/search?q=ou&kinds=place')).body)).toContain('Ou Thum');
    const inj = await inv.get(`/api/search?q=${encodeURIComponent("' OR 1=1 --")}`);
    expect(inj.status).toBe(200);
    expect(inj.body).toEqual([]);
  });

  it.each([
    ['q', ''],
    ['q', 'q=a'],
    ['q', `q=${'x'.repeat(101)}`],
    ['kinds', 'q=sokha&kinds=user'],
    ['limit', 'q=sokha&limit=500'],
    ['limit', 'q=sokha&limit=ten'],
  ])('answers 400 naming %s for ?%s', async (field, query) => {
    const res = await inv.get(`/api/search?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.fields.map((f: { field: string }) => f.field)).toContain(field);
  });

  it('hides archived records', async () => {
    const created = (
      await inv.post('/api/brokers').send({ nameLatin: 'Vanishing Broker', role: 'other' })
    ).body;
    expect(labels((await inv.get('/api/search?q=vanishing')).body)).toContain('Vanishing Broker');
    await inv.delete(`/api/brokers/${created.id}`);
    expect(labels((await inv.get('/api/search?q=vanishing')).body)).not.toContain(
      'Vanishing Broker',
    );
  });

  describe('exact matches first', () => {
    let held = { id: '', refCode: '' };
    let near = { id: '', refCode: '' };

    beforeAll(async () => {
      held = (await inv.post('/api/brokers').send({ nameLatin: 'Phone Holder', role: 'other' }))
        .body;
      near = (await inv.post('/api/brokers').send({ nameLatin: 'Near Number', role: 'other' }))
        .body;
      for (const [holder, value] of [
        [held, '+855 12 345 678'],
        [near, '+855 12 345 6789'],
      ] as const) {
        const res = await inv
          .post('/api/identifiers')
          .send({ kind: 'phone', value, holderKind: 'broker', holderId: holder.id });
        expect(res.status).toBe(201);
      }
    });

    it.each(['+855 12 345 678', '012345678', '855-12-345678', '012 345 678'])(
      'a phone written as %s finds its holder first, marked exact, neighbours as similar',
      async (q) => {
        const res = await inv.get(`/api/search?q=${encodeURIComponent(q)}`);
        expect(res.status).toBe(200);
        expect(res.body[0]).toMatchObject({
          id: held.id,
          match: 'exact',
          matchedField: 'identifier',
        });
        const others = res.body.slice(1) as { id: string; match: string }[];
        expect(others.every((r) => r.match === 'similar')).toBe(true);
      },
    );

    it('a record code finds its record first, marked exact, and codes that contain it follow as similar', async () => {
      // Brokers B-0001… exist from the start; the first code is contained in others' keys (B-00010).
      const res = await inv.get(`/api/search?q=${encodeURIComponent(held.refCode)}`);
      expect(res.body[0]).toMatchObject({ id: held.id, match: 'exact', matchedField: 'code' });
      expect(res.body.slice(1).every((r: { match: string }) => r.match === 'similar')).toBe(true);
      const [victim] = await t.dataSource.query<{ code: string }[]>(
        `SELECT code FROM victims WHERE id = $1`,
        [victimId],
      );
      const byVictimCode = await inv.get(`/api/search?q=${victim!.code.toLowerCase()}`);
      expect(byVictimCode.body[0]).toMatchObject({ id: victimId, match: 'exact' });
    });

    it('an exact code ranks before a name that merely resembles it', async () => {
      const lookalike = (
        await inv
          .post('/api/brokers')
          .send({ nameLatin: held.refCode.replace('-', ' '), role: 'other' })
      ).body;
      const res = await inv.get(`/api/search?q=${encodeURIComponent(held.refCode)}&kinds=broker`);
      expect(
        res.body.map((r: { id: string; match: string }) => [r.id, r.match]).slice(0, 2),
      ).toEqual([
        [held.id, 'exact'],
        [lookalike.id, 'exact'],
      ]);
    });
  });

  it('pages one kind at a time with offset', async () => {
    const all = (await inv.get('/api/search?q=sokha&kinds=broker&limit=10')).body as {
      id: string;
    }[];
    expect(all.length).toBeGreaterThanOrEqual(2);
    const second = await inv.get('/api/search?q=sokha&kinds=broker&limit=1&offset=1');
    expect(second.status).toBe(200);
    expect(second.body.map((r: { id: string }) => r.id)).toEqual([all[1]!.id]);
    const bad = await inv.get('/api/search?q=sokha&offset=-1');
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f: { field: string }) => f.field)).toEqual(['offset']);
  });

  it('describes a place by its names and the areas it lies in, in both scripts', async () => {
    const res = await inv.get(`/api/search?q=${encodeURIComponent('អូរធំ')}&kinds=place`);
    const village = res.body.find((r: { label: string }) => r.label === 'Ou Thum');
    expect(village).toMatchObject({
      kind: 'place',
      match: 'exact',
      place: { kind: 'village', nameKm: 'អូរធំ', nameLatin: 'Ou Thum' },
    });
    expect(village.place.pathLatin).toMatch(/Ou Thum, Banteay Neang commune, .*Banteay Meanchey$/);
    expect(village.place.pathKm).toContain('បន្ទាយមានជ័យ');
    const broker = (await inv.get('/api/search?q=sokha&kinds=broker')).body[0];
    expect(broker.place).toBeNull();
  });

  describe("a victim's identity phone", () => {
    let phoneVictim = '';

    beforeAll(async () => {
      const support = await t.signIn('support@demo.local');
      const created = await support.post('/api/victims').send({ sex: 'male' });
      expect(created.status).toBe(201);
      phoneVictim = created.body.id;
      const identity = await support
        .put(`/api/victims/${phoneVictim}/identity`)
        .send({ fullNameLatin: 'Phone Canary', phone: '097 765 4321' });
      expect(identity.status).toBe(200);
    });

    it('finds the victim for victim support, by the number in any format, and audits it as a contact read', async () => {
      const support = await t.signIn('support@demo.local');
      for (const q of ['+855 97 765 4321', '0977654321', '855-97-7654321']) {
        const res = await support.get(`/api/search?q=${encodeURIComponent(q)}`);
        expect(res.body[0]).toMatchObject({
          kind: 'victim',
          id: phoneVictim,
          match: 'exact',
          matchedField: 'identifier',
        });
      }
      const rows = await auditRows(t.dataSource, {
        action: 'read_sensitive',
        actorEmail: 'support@demo.local',
      });
      expect(rows[0]).toMatchObject({ resource_ids: [phoneVictim], details: { via: 'search' } });
      const [groups] = await t.dataSource.query<{ field_groups: string[] }[]>(
        `SELECT field_groups FROM audit_events WHERE action = 'read_sensitive' ORDER BY id DESC LIMIT 1`,
      );
      expect(groups!.field_groups).toEqual(['contact']);
      expect(JSON.stringify(rows)).not.toContain('765');
    });

    it('finds nothing by it for roles without identity access, and audits nothing', async () => {
      const before = await auditRows(t.dataSource, { action: 'read_sensitive' });
      for (const agent of [inv, await t.signIn('admin@demo.local')]) {
        for (const q of ['+855 97 765 4321', '0977654321', '7654321']) {
          const res = await agent.get(`/api/search?q=${encodeURIComponent(q)}`);
          expect(res.status).toBe(200);
          expect(res.body.map((r: { id: string }) => r.id)).not.toContain(phoneVictim);
        }
      }
      expect(await auditRows(t.dataSource, { action: 'read_sensitive' })).toHaveLength(
        before.length,
      );
    });
  });
});
