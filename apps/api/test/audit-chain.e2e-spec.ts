import { describe, expect, it } from '@jest/globals';

import { DEMO_ROLES, useTestApp } from './utils/test-app';

type Link = { id: string; chain_no: string };

describe("the audit trail's hash chain", () => {
  const t = useTestApp();

  /** The chain's rows, oldest first. */
  const links = async (): Promise<Link[]> =>
    t.dataSource.query(
      `SELECT e.id::text, e.chain_no::text FROM audit_events e ORDER BY e.chain_no`,
    );

  /** What only the table's owner can do: lift the append-only trigger for one statement. */
  const asOwner = (sql: string, params: unknown[]) =>
    t.dataSource.transaction(async (tx) => {
      await tx.query(`ALTER TABLE audit_events DISABLE TRIGGER trg_audit_events_no_change`);
      await tx.query(sql, params);
      await tx.query(`ALTER TABLE audit_events ENABLE TRIGGER trg_audit_events_no_change`);
    });

  it('links every row to its predecessor, concurrent writers included, and an auditor checks it', async () => {
    // Concurrent writers on a server; the embedded database is one session, so one at a time there.
    const together = async (work: (() => Promise<unknown>)[]) => {
      if (t.database.mode === 'server') await Promise.all(work.map((w) => w()));
      else for (const w of work) await w();
    };
    await together(Object.values(DEMO_ROLES).map((email) => () => t.login(email)));
    await together(
      Object.values(DEMO_ROLES).map((email) => () => t.login(email, 'a-wrong-password')),
    );
    const auditor = await t.signIn(DEMO_ROLES.auditor);
    const rows = await links();
    expect(rows.map((r) => r.chain_no)).toEqual(rows.map((_, i) => String(i + 1)));

    const check = await auditor.get('/api/audit-events/chain');
    expect(check.status).toBe(200);
    expect(check.body).toMatchObject({ status: 'ok', brokenAt: null });
    expect(check.body.checked).toBeGreaterThanOrEqual(rows.length);
    expect(check.body.head).toMatchObject({ hash: expect.stringMatching(/^[0-9a-f]{64}$/) });

    for (const role of ['investigator', 'supervisor', 'admin'] as const) {
      const other = await t.signIn(DEMO_ROLES[role]);
      expect((await other.get('/api/audit-events/chain')).status).toBe(403);
    }
    expect((await t.anonymous().get('/api/audit-events/chain')).status).toBe(401);
  });

  it('finds tampering by the owner at the row where the chain breaks', async () => {
    const auditor = await t.signIn(DEMO_ROLES.auditor);
    const rows = await links();
    const [third, fourth, sixth, seventh] = [rows[2]!, rows[3]!, rows[5]!, rows[6]!];
    const brokenAt = async () => (await auditor.get('/api/audit-events/chain')).body.brokenAt;

    // A changed row no longer matches its own hash.
    await asOwner(`UPDATE audit_events SET actor_email = 'someone-else@x' WHERE id = $1`, [
      sixth.id,
    ]);
    expect(await brokenAt()).toMatchObject({
      id: sixth.id,
      chainNo: sixth.chain_no,
      problem: 'content_changed',
      occurredAt: expect.any(String),
    });

    // Rehashing it moves the break to the next row, whose predecessor's hash no longer matches.
    await asOwner(
      `UPDATE audit_events SET hash = audit_event_hash(prev_hash, audit_events) WHERE id = $1`,
      [sixth.id],
    );
    expect(await brokenAt()).toMatchObject({ id: seventh.id, problem: 'previous_hash_differs' });

    // A removed row leaves a gap before the row that followed it.
    await asOwner(`DELETE FROM audit_events WHERE id = $1`, [third.id]);
    expect(await brokenAt()).toMatchObject({ id: fourth.id, problem: 'missing_before' });
    expect((await auditor.get('/api/audit-events/chain')).body.status).toBe('broken');
  });
});
