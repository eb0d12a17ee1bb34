import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { createDataSource, MIGRATIONS, runMigrations } from 'src/database/data-source';

import { seedPlaces } from './utils/registry-fixtures';
import { DEMO_ROLES, startTestApp, type TestApp } from './utils/test-app';
import {
  createEmptyServerDatabase,
  createTestDatabase,
  type TestDatabase,
} from './utils/test-database';
import { TcpProxy } from './utils/tcp-proxy';

const adminUrl = process.env['KHSAE_TEST_ADMIN_URL'];

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
    const target = new URL(db.url);
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
