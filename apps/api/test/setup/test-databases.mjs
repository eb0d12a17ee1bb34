import pg from 'pg';

/**
 * Drops per-file test databases (khsae_t_<run>_<random>): those of one run, or those of runs started
 * more than `olderThanSeconds` ago (left behind by an interrupted run). Templates are kept for reuse.
 */
export async function dropTestDatabases(adminUrl, { run, olderThanSeconds } = {}) {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    const { rows } = await client.query(
      "SELECT datname FROM pg_database WHERE datname LIKE 'khsae\\_t\\_%'",
    );
    const now = Date.now() / 1000;
    for (const { datname } of rows) {
      const runOf = datname.split('_')[2] ?? '';
      const startedAt = Number(runOf.slice(0, 10));
      const stale =
        olderThanSeconds !== undefined &&
        (!Number.isFinite(startedAt) || now - startedAt > olderThanSeconds);
      if (runOf === run || stale)
        await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
}
