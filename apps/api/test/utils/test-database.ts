import { createHash, randomBytes } from 'node:crypto';

import pg from 'pg';

import {
  createDataSource,
  MIGRATIONS,
  runMigrations,
  type DatabaseMode,
} from 'src/database/data-source';
import { startEmbeddedPostgres } from 'src/database/embedded-postgres';

/**
 * `url` connects as the owner (migrations, fixtures); `appUrl`, on a server, as a login role that is a
 * member of khsae_app and owns nothing, as the API runs in production (the embedded database has one role).
 */
export type TestDatabase = {
  url: string;
  appUrl?: string;
  mode: DatabaseMode;
  drop(): Promise<void>;
};

const LOCK = 7_326_002;
/** The API's login role in tests: roles are the cluster's, shared by every test database and run. */
const APP_LOGIN = 'khsae_test_api';
// Named after the migrations' source, so that an edited migration never reuses a stale template.
const TEMPLATE = `khsae_tpl_${createHash('sha256')
  .update(MIGRATIONS.map((m) => `${m.name}:${m.toString()}`).join(','))
  .digest('hex')
  .slice(0, 10)}`;

function withDatabase(url: string, database: string, user?: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  if (user) {
    u.username = user;
    u.password = user;
  }
  return u.toString();
}

/** The API's login role, created once per cluster (the caller holds the advisory lock). */
async function ensureAppLogin(admin: pg.Client): Promise<void> {
  await admin.query(`DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${APP_LOGIN}') THEN
      CREATE ROLE ${APP_LOGIN} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '${APP_LOGIN}';
    END IF;
  END $$`);
  await admin.query(`GRANT khsae_app TO ${APP_LOGIN}`);
}

async function migrate(url: string, mode: DatabaseMode): Promise<void> {
  const ds = createDataSource(url, mode);
  await ds.initialize();
  try {
    await runMigrations(ds);
  } finally {
    await ds.destroy();
  }
}

/**
 * A fresh, migrated database for one test file: a clone of a migrated template on the PostgreSQL
 * server, or a new in-memory embedded PostgreSQL when no server is available.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env['KHSAE_TEST_ADMIN_URL'];
  if (!adminUrl) {
    const embedded = await startEmbeddedPostgres({ dataDir: 'memory://' });
    await migrate(embedded.url, 'embedded');
    return { url: embedded.url, mode: 'embedded', drop: () => embedded.stop() };
  }
  return createServerDatabase(adminUrl);
}

/** An empty, unmigrated database on the server (for migration tests). */
export async function createEmptyServerDatabase(adminUrl: string): Promise<TestDatabase> {
  const name = testDatabaseName();
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return {
    url: withDatabase(adminUrl, name),
    mode: 'server',
    drop: () => dropDatabase(adminUrl, name),
  };
}

/** khsae_t_<run>_<random>: the run id lets cleanup tell this run's databases from a concurrent run's. */
function testDatabaseName(): string {
  return `khsae_t_${process.env['KHSAE_TEST_RUN'] ?? '0'}_${randomBytes(5).toString('hex')}`;
}

async function createServerDatabase(adminUrl: string): Promise<TestDatabase> {
  const name = testDatabaseName();
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    // Test files run in parallel workers: one builds the template, the others wait for it.
    await admin.query('SELECT pg_advisory_lock($1)', [LOCK]);
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      TEMPLATE,
    ]);
    if (!rowCount) {
      await admin.query(`CREATE DATABASE "${TEMPLATE}"`);
      await migrate(withDatabase(adminUrl, TEMPLATE), 'server');
    }
    await ensureAppLogin(admin);
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE}"`);
  } finally {
    await admin.query('SELECT pg_advisory_unlock($1)', [LOCK]).catch(() => undefined);
    await admin.end();
  }
  return {
    url: withDatabase(adminUrl, name),
    appUrl: withDatabase(adminUrl, name, APP_LOGIN),
    mode: 'server',
    drop: () => dropDatabase(adminUrl, name),
  };
}

async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
