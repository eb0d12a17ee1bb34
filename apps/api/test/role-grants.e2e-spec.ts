import { beforeAll, describe, expect, it } from '@jest/globals';
import { type Role, ROLES } from '@khsae/domain';

import { insertVictim } from './utils/registry-fixtures';
import { expectFieldRefused, RANDOM_ID } from './utils/registry-suites';
import { type Agent, auditRows, DEMO_ROLES, type TestApp, useTestApp } from './utils/test-app';

const PASSWORD = 'my-own-secret-password';

/** Creates an account as the admin and has its user redeem the code: answers the create's body. */
async function createAccount(t: TestApp, admin: Agent, role: Role, email = uniqueEmail(role)) {
  const created = await admin.post('/api/users').send({ email, displayName: `New ${role}`, role });
  expect(created.status).toBe(201);
  const redeemed = await t
    .anonymous()
    .post('/api/auth/reset-code')
    .send({ email, code: created.body.resetCode.code, newPassword: PASSWORD });
  expect(redeemed.status).toBe(204);
  return created.body as {
    id: string;
    email: string;
    version: number;
    disabled: boolean;
    role: Role;
    pendingGrantId: string | null;
  };
}

function uniqueEmail(prefix: string): string {
  return `${prefix.replace('_', '-')}-${Math.random().toString(36).slice(2, 8)}@police.example`;
}

async function pendingGrant(agent: Agent, userId: string) {
  const list = await agent.get('/api/role-grants');
  expect(list.status).toBe(200);
  return (list.body as { id: string; version: number; user: { id: string } }[]).find(
    (g) => g.user.id === userId,
  );
}

describe('two-person rule: with one admin, a supervisor approves', () => {
  const t = useTestApp();
  let admin: Agent;
  let supervisor: Agent;
  let victimId: string;

  beforeAll(async () => {
    admin = await t.signIn(DEMO_ROLES.admin);
    supervisor = await t.signIn(DEMO_ROLES.supervisor);
    victimId = (await insertVictim(t.dataSource)).id;
    const support = await t.signIn(DEMO_ROLES.victim_support);
    const identity = await support
      .put(`/api/victims/${victimId}/identity`)
      .send({ fullNameLatin: 'Identity Canary' });
    expect(identity.status).toBe(200);
  });

  it('keeps a new supervisor from reading identities until someone other than the requesting admin approves', async () => {
    const created = await createAccount(t, admin, 'supervisor');
    expect(created).toMatchObject({ role: 'supervisor', disabled: true });
    expect(created.pendingGrantId).toEqual(expect.any(String));
    // The code set a password, but the account is disabled until approval: no sign-in, no identities.
    expect((await t.login(created.email, PASSWORD)).status).toBe(401);

    const grant = await pendingGrant(admin, created.id);
    expect(grant).toMatchObject({
      id: created.pendingGrantId,
      role: 'supervisor',
      kind: 'create',
      requestedBy: { email: 'admin@demo.local' },
      decision: null,
      mayDecide: false,
    });
    const own = await admin
      .post(`/api/role-grants/${grant!.id}/approve`)
      .send({ version: grant!.version });
    expect(own.status).toBe(403);
    expect((await t.login(created.email, PASSWORD)).status).toBe(401);
    const [denied] = await auditRows(t.dataSource, {
      action: 'access_denied',
      resourceId: grant!.id,
    });
    expect(denied).toMatchObject({
      outcome: 'denied',
      actor_email: 'admin@demo.local',
      reason: 'own_request',
    });

    expect(await pendingGrant(supervisor, created.id)).toMatchObject({ mayDecide: true });
    const approved = await supervisor
      .post(`/api/role-grants/${grant!.id}/approve`)
      .send({ version: grant!.version });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      decision: 'approved',
      decidedBy: { email: 'supervisor@demo.local' },
      user: { id: created.id, role: 'supervisor', disabled: false },
    });
    expect(await pendingGrant(admin, created.id)).toBeUndefined();

    const newcomer = await t.signIn(created.email, PASSWORD);
    expect((await newcomer.get(`/api/victims/${victimId}/identity`)).body).toMatchObject({
      fullNameLatin: 'Identity Canary',
    });
    expect(
      await auditRows(t.dataSource, { action: 'approve_role', resourceId: grant!.id }),
    ).toEqual([expect.objectContaining({ actor_email: 'supervisor@demo.local' })]);
    expect(
      await auditRows(t.dataSource, { action: 'request_role', resourceId: grant!.id }),
    ).toEqual([expect.objectContaining({ actor_email: 'admin@demo.local' })]);
  });

  it('keeps the old role on a change to an identity-reading role until approved; declining keeps it for good', async () => {
    const created = await createAccount(t, admin, 'investigator');
    expect(created).toMatchObject({ disabled: false, pendingGrantId: null });
    const officer = await t.signIn(created.email, PASSWORD);
    const { version } = (await admin.get(`/api/users/${created.id}`)).body;
    const changed = await admin
      .patch(`/api/users/${created.id}`)
      .send({ version, role: 'victim_support' });
    expect(changed.status).toBe(200);
    expect(changed.body.role).toBe('investigator');
    expect((await officer.get('/api/auth/me')).body.role).toBe('investigator');
    expect((await officer.get(`/api/victims/${victimId}/identity`)).status).toBe(404);

    const grant = await pendingGrant(supervisor, created.id);
    expect(grant).toMatchObject({ role: 'victim_support', kind: 'role_change' });
    const declined = await supervisor
      .post(`/api/role-grants/${grant!.id}/decline`)
      .send({ version: grant!.version, reason: 'Not on the support team' });
    expect(declined.status).toBe(200);
    expect(declined.body).toMatchObject({
      decision: 'declined',
      reason: 'Not on the support team',
    });
    expect((await officer.get('/api/auth/me')).body.role).toBe('investigator');
    // A decided grant cannot be decided again.
    const again = await supervisor
      .post(`/api/role-grants/${grant!.id}/approve`)
      .send({ version: grant!.version });
    expect(again.status).toBe(409);
    expect((await officer.get('/api/auth/me')).body.role).toBe('investigator');
  });

  it('makes re-enabling a disabled identity-reading account wait for approval too', async () => {
    const [support] = (await t.dataSource.query(
      `SELECT id, version FROM users WHERE email = 'support@demo.local'`,
    )) as { id: string; version: number }[];
    const off = await admin
      .patch(`/api/users/${support!.id}`)
      .send({ version: support!.version, disabled: true });
    expect(off.body.disabled).toBe(true);
    const on = await admin
      .patch(`/api/users/${support!.id}`)
      .send({ version: off.body.version, disabled: false });
    expect(on.status).toBe(200);
    expect(on.body.disabled).toBe(true);
    expect((await t.login('support@demo.local')).status).toBe(401);
    const grant = await pendingGrant(supervisor, support!.id);
    expect(grant).toMatchObject({ role: 'victim_support', kind: 'enable' });
    expect(
      (
        await supervisor
          .post(`/api/role-grants/${grant!.id}/approve`)
          .send({ version: grant!.version })
      ).status,
    ).toBe(200);
    expect((await t.login('support@demo.local')).status).toBe(200);
  });

  it('does not enable a disabled identity-reading account that also changes role', async () => {
    const created = await createAccount(t, admin, 'victim_support');
    const { version } = (await admin.get(`/api/users/${created.id}`)).body;
    const changed = await admin
      .patch(`/api/users/${created.id}`)
      .send({ version, role: 'supervisor', disabled: false });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ role: 'victim_support', disabled: true });
    expect((await t.login(created.email, PASSWORD)).status).toBe(401);
    expect(await pendingGrant(admin, created.id)).toMatchObject({
      role: 'supervisor',
      kind: 'role_change',
    });
  });

  it('withdraws a pending grant when an admin changes the account again', async () => {
    const created = await createAccount(t, admin, 'intake_officer');
    const grant = await pendingGrant(admin, created.id);
    const now = (await admin.get(`/api/users/${created.id}`)).body;
    const changed = await admin
      .patch(`/api/users/${created.id}`)
      .send({ version: now.version, role: 'auditor' });
    expect(changed.body).toMatchObject({ role: 'auditor', disabled: true });
    expect(await pendingGrant(admin, created.id)).toBeUndefined();
    const late = await supervisor
      .post(`/api/role-grants/${grant!.id}/approve`)
      .send({ version: grant!.version });
    expect(late.status).toBe(409);
    expect((await admin.get(`/api/users/${created.id}`)).body.role).toBe('auditor');
  });

  it('does not let the account itself decide its grant, nor a role other than admin or supervisor', async () => {
    const created = await createAccount(t, admin, 'supervisor');
    const grant = await pendingGrant(admin, created.id);
    const support = await t.signIn(DEMO_ROLES.victim_support);
    expect(
      (await support.post(`/api/role-grants/${grant!.id}/approve`).send({ version: 1 })).status,
    ).toBe(403);
    // The account cannot sign in to approve itself: it is disabled until someone else does.
    expect((await t.login(created.email, PASSWORD)).status).toBe(401);
  });

  it('answers 400 naming the field for a bad decision and 404 for an unknown grant', async () => {
    const grant = (await supervisor.get('/api/role-grants')).body[0];
    expectFieldRefused(
      await supervisor.post(`/api/role-grants/${grant.id}/approve`).send({}),
      'version',
    );
    expectFieldRefused(
      await supervisor
        .post(`/api/role-grants/${grant.id}/decline`)
        .send({ version: grant.version, reason: 'x'.repeat(501) }),
      'reason',
    );
    expect(
      (await supervisor.post(`/api/role-grants/${RANDOM_ID}/approve`).send({ version: 1 })).status,
    ).toBe(404);
    expect(
      (await supervisor.post(`/api/role-grants/abc/approve`).send({ version: 1 })).status,
    ).toBe(400);
  });

  it('seeds the demo with one account awaiting approval, which the supervisor may decide', async () => {
    const grants = (await supervisor.get('/api/role-grants')).body as {
      user: { email: string };
      role: string;
      mayDecide: boolean;
    }[];
    expect(grants.find((g) => g.user.email === 'rotha.support@demo.local')).toMatchObject({
      role: 'victim_support',
      mayDecide: true,
    });
  });
});

describe('two-person rule: with two admins, the other admin approves', () => {
  const t = useTestApp();

  it('lets a second admin approve, and no longer a supervisor', async () => {
    const admin = await t.signIn(DEMO_ROLES.admin);
    const second = await createAccount(t, admin, 'admin');
    expect(second).toMatchObject({ disabled: false, pendingGrantId: null });
    const admin2 = await t.signIn(second.email, PASSWORD);
    const supervisor = await t.signIn(DEMO_ROLES.supervisor);

    const created = await createAccount(t, admin, 'victim_support');
    const grant = await pendingGrant(admin2, created.id);
    expect(grant).toMatchObject({ mayDecide: true });
    expect(await pendingGrant(supervisor, created.id)).toMatchObject({ mayDecide: false });
    const bySupervisor = await supervisor
      .post(`/api/role-grants/${grant!.id}/approve`)
      .send({ version: grant!.version });
    expect(bySupervisor.status).toBe(403);
    const [denied] = await auditRows(t.dataSource, {
      action: 'access_denied',
      resourceId: grant!.id,
    });
    expect(denied).toMatchObject({ reason: 'not_an_approver' });
    const byAdmin2 = await admin2
      .post(`/api/role-grants/${grant!.id}/approve`)
      .send({ version: grant!.version });
    expect(byAdmin2.status).toBe(200);
    expect((await t.login(created.email, PASSWORD)).status).toBe(200);
  });

  it('answers 409 to the second of two approvals at once', async () => {
    const admin = await t.signIn(DEMO_ROLES.admin);
    const created = await createAccount(t, admin, 'supervisor');
    const [{ email } = { email: '' }] = (await t.dataSource.query(
      `SELECT email FROM users WHERE role = 'admin' AND email <> 'admin@demo.local' LIMIT 1`,
    )) as { email: string }[];
    const admin2 = await t.signIn(email, PASSWORD);
    const grant = await pendingGrant(admin2, created.id);
    const answers = await Promise.all(
      Array.from({ length: 4 }, () =>
        admin2.post(`/api/role-grants/${grant!.id}/approve`).send({ version: grant!.version }),
      ),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409, 409, 409]);
    expect(
      await auditRows(t.dataSource, { action: 'approve_role', resourceId: grant!.id }),
    ).toHaveLength(1);
  });
});

describe('access to role grants', () => {
  const t = useTestApp();
  const MAY_DECIDE: Role[] = ['admin', 'supervisor'];

  it.each(ROLES)('lists pending grants only for admins and supervisors (%s)', async (role) => {
    const agent = await t.signIn(DEMO_ROLES[role]);
    const res = await agent.get('/api/role-grants');
    expect(res.status).toBe(MAY_DECIDE.includes(role) ? 200 : 403);
    for (const action of ['approve', 'decline']) {
      const decide = await agent
        .post(`/api/role-grants/${RANDOM_ID}/${action}`)
        .send({ version: 1 });
      expect(decide.status).toBe(MAY_DECIDE.includes(role) ? 404 : 403);
    }
  });

  it('answers 401 without a session', async () => {
    expect((await t.anonymous().get('/api/role-grants')).status).toBe(401);
    expect(
      (await t.anonymous().post(`/api/role-grants/${RANDOM_ID}/approve`).send({ version: 1 }))
        .status,
    ).toBe(401);
  });

  it.each(ROLES)('lets only the admin reset a password (%s)', async (role) => {
    const agent = await t.signIn(DEMO_ROLES[role]);
    const res = await agent.post(`/api/users/${RANDOM_ID}/reset-code`).send({ version: 1 });
    expect(res.status).toBe(role === 'admin' ? 404 : 403);
  });
});
