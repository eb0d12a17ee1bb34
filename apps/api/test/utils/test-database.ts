import { createHash, randomBytes } from 'node:crypto';

import pg from 'pg';

import {
  createDataSource,
  MIGRATIONS,
  runMigrations,
  type DatabaseMode,
} from 'src/database/data-source';
import { startEmbeddedPostgres } from 'src/database/embedded-postgres';

export type TestDatabase = { url: string; mode: DatabaseMode; drop(): Promise<void> };

const LOCK = 7_326_002;
// Named after the migrations' source, so that an edited migration never reuses a stale template.
const TEMPLATE = `khsae_tpl_${createHash('sha256')
  .update(MIGRATIONS.map((m) => `${m.name}:${m.toString()}`).join(','))
  .digest('hex')
  .slice(0, 10)}`;

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
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
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE}"`);
  } finally {
    await admin.query('SELECT pg_advisory_unlock($1)', [LOCK]).catch(() => undefined);
    await admin.end();
  }
  return {
    url: withDatabase(adminUrl, name),
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
