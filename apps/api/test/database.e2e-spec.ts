import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';

import { createDataSource, MIGRATIONS, runMigrations } from 'src/database/data-source';

import { createBroker, seedPlaces } from './utils/registry-fixtures';
import { DEMO_ROLES, startTestApp, type TestApp, useTestApp } from './utils/test-app';
import {
  createEmptyServerDatabase,
  createTestDatabase,
  type TestDatabase,
} from './utils/test-database';
import { TcpProxy } from './utils/tcp-proxy';

const adminUrl = process.env['KHSAE_TEST_ADMIN_URL'];
// The embedded database is one session: one connection's lock stops every other connection, limits or not.
const onServer = adminUrl ? describe : describe.skip;

/** Runs `work` while another session holds `brokers` locked, as a long migration or a VACUUM FULL would. */
async function whileBrokersLocked<T>(url: string, work: () => Promise<T>): Promise<T> {
  const other = new pg.Client({ connectionString: url });
  await other.connect();
  try {
    await other.query('BEGIN');
    await other.query('LOCK TABLE brokers IN ACCESS EXCLUSIVE MODE');
    return await work();
  } finally {
    await other.query('ROLLBACK');
    await other.end();
  }
}

describe('migrations', () => {
  it('apply cleanly to an empty database, revert, and apply again', async () => {
    const db: TestDatabase = adminUrl
      ? await createEmptyServerDatabase(adminUrl)
      : await createTestDatabase();
    const ds = createDataSource(db.url, db.mode);
    await ds.initialize();
    try {
      if (db.mode === 'embedded') {
        // The embedded helper migrates already: undo everything first to start from empty.
        for (let i = 0; i < MIGRATIONS.length; i += 1) await ds.undoLastMigration();
      }
      const ran = await runMigrations(ds);
      expect(ran).toEqual(MIGRATIONS.map((m) => new m().name));
      expect(await runMigrations(ds)).toEqual([]);
      const tables = (
        (await ds.query(
          `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
        )) as { table_name: string }[]
      ).map((r) => r.table_name);
      expect(tables).toEqual(
        expect.arrayContaining(['audit_events', 'migrations', 'sessions', 'users']),
      );
      for (let i = 0; i < MIGRATIONS.length; i += 1) await ds.undoLastMigration();
      const left = (await ds.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
      )) as unknown[];
      expect(left).toEqual([]);
      expect(await runMigrations(ds)).toHaveLength(MIGRATIONS.length);
    } finally {
      await ds.destroy();
      await db.drop();
    }
  }, 60_000);
});

describe('when the database goes away', () => {
  let t: TestApp;
  let db: TestDatabase;
  let proxy: TcpProxy;

  beforeAll(async () => {
    db = await createTestDatabase();
    const target = new URL(db.appUrl ?? db.url);
    proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
    await proxy.start();
    target.port = String(proxy.port);
    t = await startTestApp({ database: db, databaseUrl: target.toString() });
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    await proxy?.cut();
    await db?.drop();
  });

  it('answers 503 with Retry-After while it is down, and recovers without a restart', async () => {
    const agent = await t.signIn('admin@demo.local');
    expect((await agent.get('/api/health')).status).toBe(200);

    await proxy.cut();
    const health = await agent.get('/api/health');
    expect(health.status).toBe(503);
    expect(health.body.database.status).toBe('down');
    const users = await agent.get('/api/users');
    expect(users.status).toBe(503);
    expect(users.headers['retry-after']).toBe('5');
    expect(users.body.message).toMatch(/database is unavailable/);
    const login = await t.login('admin@demo.local');
    expect(login.status).toBe(503);

    await proxy.start();
    let recovered = 0;
    for (let i = 0; i < 20 && recovered !== 200; i += 1) {
      recovered = (await agent.get('/api/users')).status;
      if (recovered !== 200) await new Promise((r) => setTimeout(r, 250));
    }
    expect(recovered).toBe(200);
    expect((await agent.get('/api/health')).body.database.status).toBe('up');
  }, 30_000);

  it('answers 503 when the connection is lost between two statements of a request', async () => {
    const places = await seedPlaces(t.dataSource);
    const inv = await t.signIn(DEMO_ROLES.investigator);
    const route = await inv
      .post('/api/routes')
      .send({ name: 'Cut between statements', originPlaceId: places['01020101'] });
    expect(route.status).toBe(201);

    // An update with reads before its write: BEGIN, the reads, the write, COMMIT.
    proxy.terminateAfter('START TRANSACTION');
    const update = await inv
      .patch(`/api/routes/${route.body.id}`)
      .send({ version: route.body.version, notes: 'never written' });
    expect(update.status).toBe(503);
    expect(update.headers['retry-after']).toBe('5');
    expect(update.body.message).toMatch(/database is unavailable/);

    // A full list page, then its count: two statements outside a transaction.
    const auditor = await t.signIn(DEMO_ROLES.auditor);
    proxy.terminateAfter('FROM "audit_events"');
    const page = await auditor.get('/api/audit-events?pageSize=1');
    expect(page.status).toBe(503);
    expect(page.headers['retry-after']).toBe('5');

    const after = await inv.get(`/api/routes/${route.body.id}`);
    expect(after.status).toBe(200);
    expect(after.body).toMatchObject({ version: route.body.version, notes: null });
  }, 30_000);
});

onServer("the API's database role", () => {
  const t = useTestApp();
  const refusal = /permission denied|must be owner/;

  it('owns nothing, is no superuser, and reads and appends the audit trail', async () => {
    const api = t.apiDataSource;
    const [me] = await api.query<{ user: string; rolsuper: boolean; owned: string }[]>(
      `SELECT current_user AS user, r.rolsuper,
              (SELECT count(*) FROM pg_class c WHERE c.relowner = r.oid) AS owned
         FROM pg_roles r WHERE r.rolname = current_user`,
    );
    expect(me).toEqual({ user: 'khsae_test_api', rolsuper: false, owned: '0' });
    expect(
      await api.query(`SELECT pg_has_role(current_user, 'khsae_app', 'MEMBER') AS member`),
    ).toEqual([{ member: true }]);
    await api.query(`INSERT INTO audit_events (action, outcome) VALUES ('login', 'success')`);
    expect((await api.query(`SELECT count(*)::int AS n FROM audit_events`))[0].n).toBeGreaterThan(
      0,
    );
  });

  it('cannot switch the audit trigger off, change or remove audit rows, or replicate around triggers', async () => {
    const api = t.apiDataSource;
    for (const sql of [
      'ALTER TABLE audit_events DISABLE TRIGGER trg_audit_events_no_change',
      'ALTER TABLE audit_events DISABLE TRIGGER ALL',
      'DROP TRIGGER trg_audit_events_chain ON audit_events',
      "UPDATE audit_events SET reason = 'rewritten'",
      'DELETE FROM audit_events',
      'TRUNCATE audit_events',
      'SET session_replication_role = replica',
      'CREATE TABLE shadow (id int)',
    ]) {
      await expect(api.query(sql)).rejects.toThrow(refusal);
    }
  });
});

describe('when every pooled connection is in use', () => {
  const t = useTestApp();

  it('says the database is busy, not down, and up again once a connection is free', async () => {
    const pool = (t.apiDataSource.driver as unknown as { master: pg.Pool }).master;
    const max = pool.options.max ?? 10;
    const held = await Promise.all(Array.from({ length: max }, () => pool.connect()));
    try {
      const busy = await t.anonymous().get('/api/health');
      expect(busy.status).toBe(503);
      expect(busy.headers['retry-after']).toBe('1');
      expect(busy.body).toMatchObject({
        status: 'busy',
        database: { status: 'busy', pool: { size: max, max, idle: 0 } },
      });
      expect(busy.body.database.pool.waiting).toBeGreaterThanOrEqual(1);
    } finally {
      for (const client of held) client.release();
    }
    const ok = await t.anonymous().get('/api/health');
    expect(ok.status).toBe(200);
    expect(ok.body.database).toMatchObject({ status: 'up', pool: { max } });
  }, 20_000);
});

onServer('time limits of a request', () => {
  const t = useTestApp({ config: { statementTimeoutMs: 4_000, lockTimeoutMs: 300 } });

  it('answers 503 with Retry-After, in a moment, while a table it needs is locked', async () => {
    const inv = await t.signIn(DEMO_ROLES.investigator);
    const broker = await createBroker(inv, 'Locked Out', 'transporter');
    const { list, update, ms } = await whileBrokersLocked(t.database.url, async () => {
      const started = Date.now();
      const list = await inv.get('/api/brokers');
      const update = await inv.patch(`/api/brokers/${broker.id}`).send({ version: 1, notes: 'x' });
      return { list, update, ms: Date.now() - started };
    });
    for (const res of [list, update]) {
      expect(res.status).toBe(503);
      expect(res.headers['retry-after']).toBe('5');
      expect(res.body.message).toMatch(/locked/);
    }
    expect(ms).toBeLessThan(3_000);
    expect((await inv.get(`/api/brokers/${broker.id}`)).body).toMatchObject({ version: 1 });
  });

  it('answers 503 when a statement runs out of time, and migrations run without the limits', async () => {
    const slow = await startTestApp({
      database: t.database,
      config: { statementTimeoutMs: 500, lockTimeoutMs: 0 },
    });
    try {
      const inv = await slow.signIn(DEMO_ROLES.investigator);
      const list = await whileBrokersLocked(t.database.url, () => inv.get('/api/brokers'));
      expect(list.status).toBe(503);
      expect(list.headers['retry-after']).toBe('5');
      expect(list.body.message).toMatch(/too long/);
    } finally {
      await slow.close();
    }
    const limits = async (ds: { query<T>(sql: string): Promise<T> }) =>
      (
        await ds.query<{ s: string; l: string }[]>(
          `SELECT current_setting('statement_timeout') AS s, current_setting('lock_timeout') AS l`,
        )
      )[0];
    expect(await limits(t.apiDataSource)).toEqual({ s: '4s', l: '300ms' });
    const migrations = createDataSource(t.database.url, t.database.mode);
    await migrations.initialize();
    try {
      expect(await limits(migrations)).toEqual({ s: '0', l: '0' });
    } finally {
      await migrations.destroy();
    }
  });
});
