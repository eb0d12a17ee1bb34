import { describe, expect, it } from '@jest/globals';

import { auditRows, investigatorAccount, useTestApp, whileAuditFails } from './utils/test-app';

describe('the audit trail', () => {
  const t = useTestApp();

  it('lets the auditor list events newest first and filter them', async () => {
    await t.login('investigator@demo.local', 'wrong-password-9');
    const auditor = await t.signIn('auditor@demo.local');
    const all = await auditor.get('/api/audit-events?pageSize=100');
    expect(all.status).toBe(200);
    const times = all.body.items.map((e: { occurredAt: string }) => e.occurredAt);
    expect([...times].sort().reverse()).toEqual(times);

    const failed = await auditor.get('/api/audit-events?action=login_failed');
    expect(failed.body.items.length).toBeGreaterThanOrEqual(1);
    expect(failed.body.items.every((e: { action: string }) => e.action === 'login_failed')).toBe(
      true,
    );
    expect(failed.body.items[0]).toMatchObject({
      actorEmail: 'investigator@demo.local',
      outcome: 'failure',
    });

    const byEmail = await auditor.get('/api/audit-events?actorEmail=auditor@demo');
    expect(
      byEmail.body.items.every(
        (e: { actorEmail: string }) => e.actorEmail === 'auditor@demo.local',
      ),
    ).toBe(true);

    const future = await auditor.get('/api/audit-events?from=2999-01-01T00:00:00Z');
    expect(future.body).toMatchObject({ items: [], total: 0 });
    const bad = await auditor.get('/api/audit-events?from=2025-02-30');
    expect(bad.status).toBe(400);
    expect(bad.body.fields[0].field).toBe('from');
  });

  it('filters by the record an event touched', async () => {
    const admin = await t.signIn('admin@demo.local');
    const created = (
      await admin.post('/api/users').send({
        email: 'audited@police.example',
        displayName: 'Audited',
        role: 'auditor',
      })
    ).body;
    const auditor = await t.signIn('auditor@demo.local');
    const res = await auditor.get(`/api/audit-events?resourceId=${created.id}`);
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0]).toMatchObject({
      action: 'create',
      resourceType: 'user',
      actorEmail: 'admin@demo.local',
      outcome: 'success',
    });
  });

  it('cannot be changed or deleted, even by the table owner', async () => {
    await expect(
      t.dataSource.query(`UPDATE audit_events SET action = 'login' WHERE true`),
    ).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`DELETE FROM audit_events`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`TRUNCATE audit_events`)).rejects.toThrow(/append-only/);
  });

  it('fails the action, and changes nothing, when the audit row cannot be written', async () => {
    const admin = await t.signIn('admin@demo.local');
    const res = await whileAuditFails(t.dataSource, () =>
      admin.post('/api/users').send(investigatorAccount('unaudited@police.example', 'Unaudited')),
    );
    expect(res.status).toBe(503);
    expect(res.body.message).toMatch(/audit trail/);
    const rows = (await t.dataSource.query(
      `SELECT 1 FROM users WHERE email = 'unaudited@police.example'`,
    )) as unknown[];
    expect(rows).toHaveLength(0);
  });

  it('records where a request came from', async () => {
    await t
      .anonymous()
      .post('/api/auth/login')
      .set('user-agent', 'khsae-test-agent')
      .set('x-request-id', 'req-42')
      .send({ email: 'nobody@x.example', password: 'nothing-here-1' });
    const [row] = (await t.dataSource.query(
      `SELECT client_ip, user_agent, request_id FROM audit_events WHERE request_id = 'req-42'`,
    )) as { client_ip: string; user_agent: string }[];
    expect(row).toMatchObject({ user_agent: 'khsae-test-agent' });
    expect(row?.client_ip).toMatch(/127\.0\.0\.1/);
    expect(
      await auditRows(t.dataSource, { action: 'login_failed', actorEmail: 'nobody@x.example' }),
    ).toHaveLength(1);
  });
});
