// Decides where the API tests run: the PostgreSQL server at TEST_DATABASE_URL (required in CI), else a
// server on 127.0.0.1:5432 if one answers, else the embedded PGlite (one in-memory database per test file).
// KHSAE_TEST_EMBEDDED=1 forces the embedded database.
import pg from 'pg';

import { dropTestDatabases } from './test-databases.mjs';

const DEFAULT_URL = 'postgresql://postgres@127.0.0.1:5432/postgres';

export default async function globalSetup() {
  if (process.env.KHSAE_TEST_EMBEDDED === '1') {
    delete process.env.KHSAE_TEST_ADMIN_URL;
    console.log('\nKHSAE_TEST_EMBEDDED=1: API tests run on the embedded PostgreSQL (PGlite).');
    return;
  }
  const explicit = process.env.TEST_DATABASE_URL;
  const url = explicit || DEFAULT_URL;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    const { rows } = await client.query('SHOW server_version');
    await client.end();
    process.env.KHSAE_TEST_ADMIN_URL = url;
    // Databases of this run are named after it, so that a concurrent run's cleanup leaves them alone.
    process.env.KHSAE_TEST_RUN = `${Math.floor(Date.now() / 1000)}${Math.floor(Math.random() * 1000)}`;
    await dropTestDatabases(url, { olderThanSeconds: 3 * 3600 });
    console.log(`\nAPI tests run on PostgreSQL ${rows[0].server_version} at ${new URL(url).host}`);
  } catch (err) {
    await client.end().catch(() => undefined);
    if (explicit)
      throw new Error(`TEST_DATABASE_URL is set but unreachable: ${err.message}`, { cause: err });
    delete process.env.KHSAE_TEST_ADMIN_URL;
    console.log(
      '\nNo PostgreSQL server answered: API tests run on the embedded PostgreSQL (PGlite).',
    );
  }
}
