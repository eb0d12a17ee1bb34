import { describe, expect, it } from '@jest/globals';

import { auditRows, useTestApp } from './utils/test-app';

describe('sign-in, sessions and revocation', () => {
  const t = useTestApp();

  it('signs in with the demo password and sets an httpOnly, SameSite=Strict session cookie', async () => {
    const res = await t.login('supervisor@demo.local');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      email: 'supervisor@demo.local',
      role: 'supervisor',
      demoMode: true,
    });
    expect(res.body.permissions).toContain('cases:read');
    expect(res.body).not.toHaveProperty('passwordHash');
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/khsae_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
  });

  it('answers /me with the user and role, and 401 without a session', async () => {
    const agent = await t.signIn('investigator@demo.local');
    const me = await agent.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      email: 'investigator@demo.local',
      role: 'investigator',
      displayName: expect.any(String),
    });
    expect((await t.anonymous().get('/api/auth/me')).status).toBe(401);
  });

  it('accepts the email in any case and with spaces around it', async () => {
    const res = await t.login('  Auditor@Demo.Local ');
    expect(res.status).toBe(200);
  });

  it('refuses a wrong password with 401 and audits the failed login without the password', async () => {
    const res = await t.login('intake@demo.local', 'wrong-password-123');
    expect(res.status).toBe(401);
    expect(res.body.message).toBe('Email or password is incorrect.');
    const rows = await auditRows(t.dataSource, {
      action: 'login_failed',
      actorEmail: 'intake@demo.local',
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ outcome: 'failure', details: { reason: 'bad_credentials' } });
    expect(JSON.stringify(rows)).not.toContain('wrong-password-123');
  });

  it('gives an unknown email the same answer as a wrong password', async () => {
    const res = await t.login('nobody@demo.local', 'whatever-123456');
    expect(res.status).toBe(401);
    expect(res.body.message).toBe('Email or password is incorrect.');
  });

  it('audits a successful login', async () => {
    await t.signIn('support@demo.local');
    const rows = await auditRows(t.dataSource, {
      action: 'login',
      actorEmail: 'support@demo.local',
    });
    expect(rows.length).toBeGreaterThanOrEqual(1);
    expect(rows[0]?.outcome).toBe('success');
  });

  it('names the field when the login body is malformed', async () => {
    const res = await t.login('not-an-email', 'x');
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'email' })]),
    );
  });

  it('ends the session on logout: the same cookie no longer works', async () => {
    const agent = await t.signIn('investigator@demo.local');
    expect((await agent.get('/api/auth/me')).status).toBe(200);
    expect((await agent.post('/api/auth/logout')).status).toBe(204);
    expect((await agent.get('/api/auth/me')).status).toBe(401);
    const rows = await auditRows(t.dataSource, {
      action: 'logout',
      actorEmail: 'investigator@demo.local',
    });
    expect(rows.length).toBeGreaterThanOrEqual(1);
  });

  it('locks out an email after too many failed attempts with 429, even with the right password', async () => {
    await t.dataSource.query(
      `INSERT INTO users (email, display_name, role, password_hash) SELECT 'target@demo.local', 'Target', 'investigator', password_hash FROM users WHERE email = 'admin@demo.local'`,
    );
    for (let i = 0; i < t.config.loginMaxFailures; i += 1) {
      const res = await t.login('target@demo.local', `wrong-${i}-password`);
      expect(res.status).toBe(401);
    }
    const blocked = await t.login('target@demo.local');
    expect(blocked.status).toBe(429);
    expect(blocked.headers['retry-after']).toBeDefined();
    expect(
      await auditRows(t.dataSource, {
        action: 'login_rate_limited',
        actorEmail: 'target@demo.local',
      }),
    ).toHaveLength(1);
    const window = t.config.loginWindowMinutes * 60;
    const retryAfter = Number(blocked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(window - 30);
    expect(retryAfter).toBeLessThanOrEqual(window);
    expect(blocked.body.message).toBe(
      `Too many failed sign-in attempts. Try again in ${t.config.loginWindowMinutes} minutes.`,
    );
  });

  it('tells a locked-out email the real time left, in Retry-After and in the message alike', async () => {
    const email = 'earlier-failures@demo.local';
    // The failures are ten minutes old: the lockout lifts when the oldest that still counts leaves the window.
    await t.dataSource.query(
      `INSERT INTO audit_events (occurred_at, action, outcome, actor_email, details)
       SELECT now() - interval '10 minutes' - n * interval '1 second', 'login_failed', 'failure', $1, '{}'
         FROM generate_series(1, $2) AS n`,
      [email, t.config.loginMaxFailures],
    );
    const blocked = await t.login(email);
    expect(blocked.status).toBe(429);
    const left = t.config.loginWindowMinutes * 60 - 600;
    const retryAfter = Number(blocked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(left - 30);
    expect(retryAfter).toBeLessThanOrEqual(left);
    expect(blocked.body.message).toBe(
      `Too many failed sign-in attempts. Try again in ${Math.ceil(retryAfter / 60)} minutes.`,
    );
  });
});

describe('changes to an account take effect on the next request', () => {
  const t = useTestApp();

  async function userId(email: string): Promise<{ id: string; version: number }> {
    const [row] = (await t.dataSource.query('SELECT id, version FROM users WHERE email = $1', [
      email,
    ])) as { id: string; version: number }[];
    if (!row) throw new Error(`no user ${email}`);
    return row;
  }

  it('a disabled user is signed out at once', async () => {
    const admin = await t.signIn('admin@demo.local');
    const support = await t.signIn('support@demo.local');
    expect((await support.get('/api/auth/me')).status).toBe(200);
    const { id, version } = await userId('support@demo.local');
    expect((await admin.patch(`/api/users/${id}`).send({ version, disabled: true })).status).toBe(
      200,
    );
    expect((await support.get('/api/auth/me')).status).toBe(401);
    const again = await t.login('support@demo.local');
    expect(again.status).toBe(401);
  });

  it('a new role applies to the next request of an existing session', async () => {
    const admin = await t.signIn('admin@demo.local');
    const intake = await t.signIn('intake@demo.local');
    expect((await intake.get('/api/audit-events')).status).toBe(403);
    const { id, version } = await userId('intake@demo.local');
    expect((await admin.patch(`/api/users/${id}`).send({ version, role: 'auditor' })).status).toBe(
      200,
    );
    expect((await intake.get('/api/audit-events')).status).toBe(200);
    expect((await intake.get('/api/auth/me')).body.role).toBe('auditor');
  });
});
