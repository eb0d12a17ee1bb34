import { beforeAll, describe, expect, it } from '@jest/globals';

import {
  auditCount,
  expectConflict,
  expectCreated,
  expectFieldRefused,
  expectMalformedIds,
  expectOneWinner,
  expectRefused,
  expectUpdated,
  RANDOM_ID,
  rowCount,
} from './utils/registry-suites';
import { type Agent, auditRows, DEMO_ROLES, useTestApp } from './utils/test-app';

describe('user accounts (admin)', () => {
  const t = useTestApp();
  let admin: Agent;

  beforeAll(async () => {
    admin = await t.signIn(DEMO_ROLES.admin);
  });

  const newUser = (over: Record<string, unknown> = {}) => ({
    email: `user-${Math.random().toString(36).slice(2, 8)}@police.example`,
    displayName: 'សុខ សុខា',
    role: 'investigator',
    ...over,
  });

  it('creates a user with a one-time code, which the user redeems to set a password and sign in; audited in the same transaction', async () => {
    const body = newUser({ email: '  New.Officer@Police.Example ' });
    const res = await expectCreated(admin, '/api/users', body, {
      email: 'new.officer@police.example',
      displayName: 'សុខ សុខា',
      role: 'investigator',
      disabled: false,
      version: 1,
      pendingGrantId: null,
      resetCode: {
        code: expect.stringMatching(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){2}$/),
      },
    });
    expect(res.body).not.toHaveProperty('passwordHash');
    expect(
      await auditRows(t.dataSource, { action: 'create', resourceId: res.body.id }),
    ).toHaveLength(1);
    // No one knows a password yet: the account signs in only after its user redeems the code.
    expect((await t.login('new.officer@police.example', 'correct-horse-battery')).status).toBe(401);
    const redeemed = await t.anonymous().post('/api/auth/reset-code').send({
      email: 'new.officer@police.example',
      code: res.body.resetCode.code.toLowerCase(),
      newPassword: 'correct-horse-battery',
    });
    expect(redeemed.status).toBe(204);
    await t.signIn('new.officer@police.example', 'correct-horse-battery');
  });

  it('refuses a second account with the same email with 409 naming the field', async () => {
    const res = await admin.post('/api/users').send(newUser({ email: 'supervisor@demo.local' }));
    expect(res.status).toBe(409);
    expect(res.body.fields).toEqual([
      { field: 'email', problems: ['a user with this email already exists'] },
    ]);
  });

  it.each([
    ['email', { email: 'not-an-email' }],
    ['role', { role: 'superuser' }],
    // An admin never sets a password: the user sets their own with a one-time code.
    ['password', { password: 'correct-horse-battery' }],
    ['displayName', { displayName: '' }],
    ['displayName', { displayName: 'x'.repeat(121) }],
    ['role', { role: ['admin'] }],
  ])('answers 400 naming %s for a bad value and creates nothing', async (field, over) => {
    await expectRefused(
      field,
      () => admin.post('/api/users').send(newUser(over)),
      () => rowCount(t.dataSource, 'users'),
    );
  });

  it.each(['id', 'version', 'createdAt', 'passwordHash', 'disabled', '__proto__', 'constructor'])(
    'refuses mass assignment of %s with 400',
    async (field) => {
      const raw = JSON.stringify(newUser()).replace(/}$/, `,"${field}":{"isAdmin":true}}`);
      const res = await admin.post('/api/users').set('content-type', 'application/json').send(raw);
      expect(res.status).toBe(400);
    },
  );

  it('lists users with pagination, sorting and filters', async () => {
    const page1 = await admin.get('/api/users?page=1&pageSize=2&sort=email&order=asc');
    expect(page1.status).toBe(200);
    expect(page1.body.items).toHaveLength(2);
    expect(page1.body.total).toBeGreaterThanOrEqual(6);
    const emails = page1.body.items.map((u: { email: string }) => u.email);
    expect([...emails].sort()).toEqual(emails);
    const page2 = await admin.get('/api/users?page=2&pageSize=2&sort=email&order=asc');
    expect(page2.body.items[0].email > emails[1]).toBe(true);

    const desc = await admin.get('/api/users?sort=email&order=desc&pageSize=100');
    const all = desc.body.items.map((u: { email: string }) => u.email);
    expect([...all].sort().reverse()).toEqual(all);

    const auditors = await admin.get('/api/users?role=auditor');
    expect(auditors.body.items.map((u: { role: string }) => u.role)).toEqual(['auditor']);
    const found = await admin.get('/api/users?q=SUPERVISOR');
    expect(found.body.items.map((u: { email: string }) => u.email)).toEqual([
      'supervisor@demo.local',
    ]);
    const none = await admin.get(`/api/users?q=${encodeURIComponent("%' OR 1=1 --")}`);
    expect(none.status).toBe(200);
    expect(none.body.items).toEqual([]);
  });

  it.each([
    ['sort', 'sort=password_hash'],
    ['sort', 'sort=email;DROP TABLE users'],
    ['sort', 'sort=(SELECT pg_sleep(5))'],
    ['order', 'order=sideways'],
    ['page', 'page=0'],
    ['page', 'page=abc'],
    ['page', 'page=1&page=2'],
    ['pageSize', 'pageSize=1000'],
    ['disabled', 'disabled=maybe'],
    ['role', 'role=root'],
  ])('answers 400 naming %s for ?%s', async (field, query) => {
    const res = await admin.get(`/api/users?${query}`);
    expectFieldRefused(res, field);
  });

  it('answers 400 for a malformed id and 404 for an unknown one', async () => {
    await expectMalformedIds(
      (id) => admin.get(`/api/users/${id}`),
      ['abc', '1e9', '-1', 'x'.repeat(5000), '..%2f..%2fetc'],
    );
    expect((await admin.get(`/api/users/${RANDOM_ID}`)).status).toBe(404);
  });

  it('updates with the current version and answers 409 with the current record on a stale one', async () => {
    const created = (await admin.post('/api/users').send(newUser())).body;
    const url = `/api/users/${created.id}`;
    const { version } = created;
    await expectUpdated(
      admin,
      url,
      { version, displayName: 'First edit' },
      { version: version + 1 },
    );
    await expectConflict(
      admin,
      url,
      { version, displayName: 'Lost edit' },
      { id: created.id, displayName: 'First edit', version: version + 1 },
    );
    const now = await admin.get(`/api/users/${created.id}`);
    expect(now.body.displayName).toBe('First edit');
    expect(await auditCount(t.dataSource, 'update', created.id)).toBe(1);
  });

  it('lets exactly one of many concurrent edits with the same version win', async () => {
    const created = (await admin.post('/api/users').send(newUser())).body;
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        admin
          .patch(`/api/users/${created.id}`)
          .send({ version: created.version, displayName: `Edit ${i}` }),
      ),
    );
    expectOneWinner(results);
    const [row] = (await t.dataSource.query('SELECT version FROM users WHERE id = $1', [
      created.id,
    ])) as { version: number }[];
    expect(row?.version).toBe(created.version + 1);
  });

  it('does not let an admin change their own role or disable themselves: 400 naming the rule, audited', async () => {
    const me = (await admin.get('/api/auth/me')).body;
    const current = (await admin.get(`/api/users/${me.id}`)).body;
    for (const [field, change, problem] of [
      ['role', { role: 'supervisor' }, 'you cannot change your own role'],
      ['disabled', { disabled: true }, 'you cannot disable your own account'],
    ] as const) {
      const res = await admin
        .patch(`/api/users/${me.id}`)
        .send({ version: current.version, ...change });
      expect(res.status).toBe(400);
      expect(res.body.fields).toEqual([{ field, problems: [problem] }]);
      const [denied] = await auditRows(t.dataSource, {
        action: 'access_denied',
        resourceId: me.id,
      });
      expect(denied).toMatchObject({
        outcome: 'denied',
        actor_email: 'admin@demo.local',
        reason: field === 'role' ? 'own_role' : 'own_account',
        details: { field },
      });
    }
    expect((await admin.get(`/api/users/${me.id}`)).body).toEqual(current);
  });

  it.each(['password', 'displayName', 'role', 'disabled'])(
    'refuses %s: null naming it, and changes and audits nothing',
    async (field) => {
      const created = (await admin.post('/api/users').send(newUser())).body;
      await expectRefused(
        field,
        () =>
          admin.patch(`/api/users/${created.id}`).send({ version: created.version, [field]: null }),
        async () => ({
          user: (await admin.get(`/api/users/${created.id}`)).body,
          updates: await auditCount(t.dataSource, 'update', created.id),
        }),
      );
    },
  );

  it('requires version on update', async () => {
    const created = (await admin.post('/api/users').send(newUser())).body;
    const res = await admin.patch(`/api/users/${created.id}`).send({ displayName: 'No version' });
    expect(res.status).toBe(400);
    expect(res.body.fields.map((f: { field: string }) => f.field)).toContain('version');
  });
});
