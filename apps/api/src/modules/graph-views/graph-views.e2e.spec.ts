import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

// eslint-disable-next-line no-restricted-imports -- the shared API test harness lives in apps/api/test
import { auditRows, startTestApp, type TestApp } from '../../../test/utils/test-app';

type Agent = Awaited<ReturnType<TestApp['signIn']>>;

/** A canvas of `n` records as the workbench saves it. */
function canvas(n = 2, extra: Record<string, unknown> = {}) {
  const nodes: Record<string, unknown> = {};
  const positions: Record<string, { x: number; y: number }> = {};
  for (let i = 0; i < n; i += 1) {
    const key = `broker:${randomUUID()}`;
    nodes[key] = { key, kind: 'broker', label: `Broker ${i} សុខា`, depth: 0, broughtBy: null };
    positions[key] = { x: i * 10, y: i * 5 };
  }
  return {
    version: 1,
    layout: 'fcose',
    state: {
      nodes,
      edges: {},
      hidden: [],
      pinned: {},
      groups: {},
      frontier: {},
      nextGroupNumber: 1,
    },
    positions,
    ...extra,
  };
}

describe('saved graph views', () => {
  let t: TestApp;
  let inv: Agent;
  let sup: Agent;

  beforeAll(async () => {
    // Saved views have their own body limit above the 2 MB canvas bound: the API's own check answers.
    t = await startTestApp();
    inv = await t.signIn('investigator@demo.local');
    sup = await t.signIn('supervisor@demo.local');
  }, 60_000);
  afterAll(async () => t?.close());

  const count = async () =>
    Number(
      (await t.dataSource.query<{ n: string }[]>('SELECT count(*) AS n FROM graph_views'))[0]!.n,
    );
  const create = async (agent: Agent, name: string, n = 2) => {
    const res = await agent.post('/api/graph/views').send({ name, canvas: canvas(n) });
    expect(res.status).toBe(201);
    return res.body as { id: string; version: number; name: string };
  };

  it('saves a view with its canvas, counts its records and writes an audit row', async () => {
    const body = canvas(3);
    const res = await inv
      .post('/api/graph/views')
      .send({ name: '  Poipet\u200B network ', canvas: body });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'Poipet network',
      nodeCount: 3,
      version: 1,
      archivedAt: null,
      canvas: body,
    });
    const rows = await auditRows(t.dataSource, { action: 'create', resourceId: res.body.id });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      outcome: 'success',
      actor_email: 'investigator@demo.local',
      details: { nodeCount: 3 },
    });
    const fetched = await inv.get(`/api/graph/views/${res.body.id}`);
    expect(fetched.status).toBe(200);
    expect(fetched.body).toEqual(res.body);
  });

  it('lists only the caller’s own views, newest first, paginated, without canvases', async () => {
    const a = await create(inv, 'List A');
    const b = await create(inv, 'List B');
    await create(sup, 'Supervisor view');
    const res = await inv.get('/api/graph/views?pageSize=2');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ page: 1, pageSize: 2 });
    expect(res.body.items.map((v: { id: string }) => v.id)).toEqual([b.id, a.id]);
    expect(res.body.items[0]).not.toHaveProperty('canvas');
    const all = await inv.get('/api/graph/views?pageSize=100');
    expect(all.body.total).toBe(all.body.items.length);
    expect(all.body.items.map((v: { name: string }) => v.name)).not.toContain('Supervisor view');
    const byName = await inv.get('/api/graph/views?sort=name&pageSize=100');
    const names = byName.body.items.map((v: { name: string }) => v.name.toLowerCase());
    expect(names).toEqual([...names].sort());
    expect((await inv.get('/api/graph/views?sort=canvas')).status).toBe(400);
  });

  it('renames and overwrites with the version read, and audits which fields changed', async () => {
    const view = await create(inv, 'Rename me');
    const renamed = await inv
      .patch(`/api/graph/views/${view.id}`)
      .send({ version: view.version, name: 'Renamed' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Renamed', version: 2 });
    const next = canvas(5);
    const overwritten = await inv
      .patch(`/api/graph/views/${view.id}`)
      .send({ version: 2, canvas: next });
    expect(overwritten.status).toBe(200);
    expect(overwritten.body).toMatchObject({
      name: 'Renamed',
      version: 3,
      nodeCount: 5,
      canvas: next,
    });
    const rows = await auditRows(t.dataSource, { action: 'update', resourceId: view.id });
    expect(rows.map((r) => r.details)).toEqual([
      { changed: ['canvas'], nodeCount: 5 },
      { changed: ['name'] },
    ]);
  });

  it('answers 409 with the current view on a stale version, and changes nothing', async () => {
    const view = await create(inv, 'Contested');
    expect(
      (await inv.patch(`/api/graph/views/${view.id}`).send({ version: 1, name: 'First' })).status,
    ).toBe(200);
    const stale = await inv
      .patch(`/api/graph/views/${view.id}`)
      .send({ version: 1, canvas: canvas(4) });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({
      id: view.id,
      name: 'First',
      version: 2,
      nodeCount: 2,
    });
    expect(await auditRows(t.dataSource, { action: 'update', resourceId: view.id })).toHaveLength(
      1,
    );
  });

  it('refuses a second active view of the same name (any case), but frees it on delete', async () => {
    const view = await create(inv, 'Unique name');
    const before = await count();
    const dup = await inv.post('/api/graph/views').send({ name: 'UNIQUE NAME', canvas: canvas() });
    expect(dup.status).toBe(409);
    expect(dup.body.fields).toEqual([{ field: 'name', problems: [expect.any(String)] }]);
    const other = await create(inv, 'Other name');
    const rename = await inv
      .patch(`/api/graph/views/${other.id}`)
      .send({ version: other.version, name: 'unique name' });
    expect(rename.status).toBe(409);
    expect(rename.body.fields[0].field).toBe('name');
    expect(await count()).toBe(before + 1);
    // Another user may use the same name.
    await create(sup, 'Unique name');
    expect((await inv.delete(`/api/graph/views/${view.id}`)).status).toBe(200);
    await create(inv, 'Unique name');
  });

  it('deletes as a soft, audited archive: gone from the list and from reads', async () => {
    const view = await create(inv, 'Short-lived');
    const res = await inv.delete(`/api/graph/views/${view.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: view.id, archivedAt: expect.any(String) });
    expect(await auditRows(t.dataSource, { action: 'archive', resourceId: view.id })).toHaveLength(
      1,
    );
    expect((await inv.get(`/api/graph/views/${view.id}`)).status).toBe(404);
    expect((await inv.delete(`/api/graph/views/${view.id}`)).status).toBe(404);
    expect(
      (await inv.patch(`/api/graph/views/${view.id}`).send({ version: 2, name: 'Back' })).status,
    ).toBe(404);
    const list = await inv.get('/api/graph/views?pageSize=100');
    expect(list.body.items.map((v: { id: string }) => v.id)).not.toContain(view.id);
    const [row] = await t.dataSource.query<{ archived_at: Date | null }[]>(
      'SELECT archived_at FROM graph_views WHERE id = $1',
      [view.id],
    );
    expect(row?.archived_at).not.toBeNull();
  });

  it('answers 404 to anyone but the owner, supervisors included, and changes nothing', async () => {
    const view = await create(inv, 'Mine alone');
    for (const res of [
      await sup.get(`/api/graph/views/${view.id}`),
      await sup.patch(`/api/graph/views/${view.id}`).send({ version: 1, name: 'Taken over' }),
      await sup.delete(`/api/graph/views/${view.id}`),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body.current).toBeUndefined();
    }
    expect((await sup.get(`/api/graph/views/${randomUUID()}`)).status).toBe(404);
    expect((await sup.get('/api/graph/views/not-a-uuid')).status).toBe(400);
    const mine = await inv.get(`/api/graph/views/${view.id}`);
    expect(mine.body).toMatchObject({ name: 'Mine alone', version: 1, archivedAt: null });
  });

  it.each([
    ['victim_support', 'support@demo.local'],
    ['admin', 'admin@demo.local'],
    ['auditor', 'auditor@demo.local'],
    ['intake_officer', 'intake@demo.local'],
  ])('refuses a role without graph:read (%s) with 403 on every route', async (_role, email) => {
    const agent = await t.signIn(email);
    const id = randomUUID();
    for (const res of [
      await agent.get('/api/graph/views'),
      await agent.get(`/api/graph/views/${id}`),
      await agent.post('/api/graph/views').send({ name: 'x', canvas: canvas() }),
      await agent.patch(`/api/graph/views/${id}`).send({ version: 1, name: 'x' }),
      await agent.delete(`/api/graph/views/${id}`),
    ]) {
      expect(res.status).toBe(403);
    }
    expect((await t.anonymous().get('/api/graph/views')).status).toBe(401);
  });

  const big = (bytes: number) => canvas(1, { padding: 'x'.repeat(bytes) });

  it.each([
    ['name', { name: undefined }],
    ['name', { name: '' }],
    ['name', { name: '\u200B ' }],
    ['name', { name: 'x'.repeat(121) }],
    ['name', { name: 42 }],
    ['canvas', { canvas: undefined }],
    ['canvas', { canvas: null }],
    ['canvas', { canvas: 'a canvas' }],
    ['canvas', { canvas: [canvas()] }],
    ['canvas', { canvas: 7 }],
    ['canvas', { canvas: { ...canvas(), version: 2 } }],
    ['canvas', { canvas: { ...canvas(), state: null } }],
    ['canvas', { canvas: { ...canvas(), state: { nodes: [] } } }],
    ['canvas', { canvas: { ...canvas(), positions: 'here' } }],
    ['canvas', { canvas: { ...canvas(), layout: '' } }],
    ['canvas', { canvas: canvas(5001) }],
    ['canvas', { canvas: big(2 * 1024 * 1024) }],
    ['ownerId', { ownerId: randomUUID() }],
    ['version', { version: 7 }],
  ])('refuses a bad %s on create with a 400 naming it, and saves nothing', async (field, over) => {
    const before = await count();
    const res = await inv.post('/api/graph/views').send({ name: 'Bad', canvas: canvas(), ...over });
    expect(res.status).toBe(400);
    expect(res.body.fields.map((f: { field: string }) => f.field)).toContain(field);
    expect(await count()).toBe(before);
  });

  it('accepts a canvas just under the bounds', async () => {
    const res = await inv.post('/api/graph/views').send({ name: 'Large', canvas: canvas(5000) });
    expect(res.status).toBe(201);
    expect(res.body.nodeCount).toBe(5000);
  });

  it.each([
    ['version', { name: 'x' }],
    ['version', { version: '1', name: 'x' }],
    ['name', { version: 1 }],
    ['name', { version: 1, name: '' }],
    ['name', { version: 1, name: null }],
    ['name', { version: 1, name: 'x'.repeat(121) }],
    ['canvas', { version: 1, canvas: null }],
    ['canvas', { version: 1, canvas: [] }],
    ['canvas', { version: 1, canvas: canvas(5001) }],
    ['ownerId', { version: 1, ownerId: randomUUID() }],
    ['archivedAt', { version: 1, archivedAt: null }],
  ])(
    'refuses a bad %s on update with a 400 naming it, and changes nothing',
    async (field, body) => {
      const view = await create(inv, `Patch ${randomUUID()}`);
      const res = await inv.patch(`/api/graph/views/${view.id}`).send(body);
      expect(res.status).toBe(400);
      expect(res.body.fields.map((f: { field: string }) => f.field)).toContain(field);
      const after = await inv.get(`/api/graph/views/${view.id}`);
      expect(after.body).toMatchObject({ name: view.name, version: 1 });
      expect(await auditRows(t.dataSource, { action: 'update', resourceId: view.id })).toEqual([]);
    },
  );

  it('is in the OpenAPI document', async () => {
    const doc = await t.anonymous().get('/api/docs-json');
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(['/api/graph/views', '/api/graph/views/{id}']),
    );
  });
});
