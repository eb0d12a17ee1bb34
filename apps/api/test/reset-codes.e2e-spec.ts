import { beforeAll, describe, expect, it } from '@jest/globals';

import { expectFieldRefused } from './utils/registry-suites';
import { type Agent, auditRows, DEMO_ROLES, useTestApp } from './utils/test-app';

describe('one-time reset codes: an admin never sets a password', () => {
  const t = useTestApp();
  let admin: Agent;

  beforeAll(async () => {
    admin = await t.signIn(DEMO_ROLES.admin);
  });

  async function account(role = 'investigator') {
    const email = `reset-${Math.random().toString(36).slice(2, 8)}@police.example`;
    const created = await admin.post('/api/users').send({ email, displayName: 'Reset Me', role });
    expect(created.status).toBe(201);
    return { email, id: created.body.id as string, code: created.body.resetCode.code as string };
  }

  const redeem = (email: string, code: string, newPassword = 'a-password-of-my-own') =>
    t.anonymous().post('/api/auth/reset-code').send({ email, code, newPassword });

  const version = async (id: string) =>
    (await admin.get(`/api/users/${id}`)).body.version as number;

  it('stores only the hash of a code, which works once', async () => {
    const { email, id, code } = await account();
    const [row] = (await t.dataSource.query(
      `SELECT code_hash, round(extract(epoch FROM expires_at - issued_at) / 3600) AS hours
         FROM password_reset_codes WHERE user_id = $1`,
      [id],
    )) as { code_hash: string; hours: string }[];
    expect(row!.code_hash).not.toContain(code.replace(/-/g, ''));
    expect(Number(row!.hours)).toBe(24);
    expect((await redeem(email, code)).status).toBe(204);
    expectFieldRefused(await redeem(email, code, 'another-long-password'), 'code');
    expect((await t.login(email, 'another-long-password')).status).toBe(401);
    expect((await t.login(email, 'a-password-of-my-own')).status).toBe(200);
    expect(await auditRows(t.dataSource, { action: 'redeem_reset_code', resourceId: id })).toEqual([
      expect.objectContaining({ actor_email: email, outcome: 'success' }),
    ]);
  });

  it('refuses an expired code, and a code given for another email', async () => {
    const first = await account();
    const second = await account();
    expectFieldRefused(await redeem(second.email, first.code), 'code');
    await t.dataSource.query(
      `UPDATE password_reset_codes SET issued_at = now() - interval '25 hours', expires_at = now() - interval '1 hour'
        WHERE user_id = $1`,
      [first.id],
    );
    expectFieldRefused(await redeem(first.email, first.code), 'code');
    expect(
      await auditRows(t.dataSource, { action: 'redeem_reset_code', resourceId: first.id }),
    ).toEqual([]);
  });

  it('resets a password: the old one stops working, sessions end, a new code sets a new one', async () => {
    const { email, id, code } = await account();
    expect((await redeem(email, code, 'first-own-password')).status).toBe(204);
    const session = await t.signIn(email, 'first-own-password');
    const reset = await admin
      .post(`/api/users/${id}/reset-code`)
      .send({ version: await version(id) });
    expect(reset.status).toBe(201);
    expect(reset.body).toMatchObject({ id, disabled: false, pendingGrantId: null });
    expect((await session.get('/api/auth/me')).status).toBe(401);
    expect((await t.login(email, 'first-own-password')).status).toBe(401);
    expect((await redeem(email, reset.body.resetCode.code, 'second-own-password')).status).toBe(
      204,
    );
    expect((await t.login(email, 'second-own-password')).status).toBe(200);
    expect(await auditRows(t.dataSource, { action: 'issue_reset_code', resourceId: id })).toEqual([
      expect.objectContaining({ actor_email: 'admin@demo.local' }),
    ]);
  });

  it('replaces a live code with the newer one', async () => {
    const { email, id, code } = await account();
    const reset = await admin
      .post(`/api/users/${id}/reset-code`)
      .send({ version: await version(id) });
    expectFieldRefused(await redeem(email, code), 'code');
    expect((await redeem(email, reset.body.resetCode.code)).status).toBe(204);
  });

  it('disables a reset supervisor until a second person approves again', async () => {
    const [sup] = (await t.dataSource.query(
      `SELECT id, version FROM users WHERE email = 'supervisor@demo.local'`,
    )) as { id: string; version: number }[];
    const reset = await admin
      .post(`/api/users/${sup!.id}/reset-code`)
      .send({ version: sup!.version });
    expect(reset.status).toBe(201);
    expect(reset.body).toMatchObject({ disabled: true, pendingGrantId: expect.any(String) });
    // The admin holding the code cannot become the supervisor by redeeming it.
    expect((await redeem('supervisor@demo.local', reset.body.resetCode.code)).status).toBe(204);
    expect((await t.login('supervisor@demo.local', 'a-password-of-my-own')).status).toBe(401);
  });

  it('answers 409 with the current account on a stale version, and issues nothing', async () => {
    const { id } = await account();
    const stale = await admin.post(`/api/users/${id}/reset-code`).send({ version: 99 });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ id });
    expect(await auditRows(t.dataSource, { action: 'issue_reset_code', resourceId: id })).toEqual(
      [],
    );
  });

  it.each([
    ['newPassword', { newPassword: 'short' }],
    ['email', { email: 'not-an-email' }],
    ['code', { code: '' }],
    ['code', { code: 'x'.repeat(41) }],
  ])('answers 400 naming %s and changes nothing', async (field, over) => {
    const { email, code } = await account();
    const res = await t
      .anonymous()
      .post('/api/auth/reset-code')
      .send({ email, code, newPassword: 'a-password-of-my-own', ...over });
    expectFieldRefused(res, field);
    expect((await redeem(email, code)).status).toBe(204);
  });

  it('counts wrong codes as failed sign-ins, so guessing is throttled', async () => {
    const { email, code } = await account();
    for (let i = 0; i < t.config.loginMaxFailures; i += 1) {
      expectFieldRefused(await redeem(email, `WRNG-CODE-000${i}`), 'code');
    }
    const blocked = await redeem(email, code);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
  });
});
