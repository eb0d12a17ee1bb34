import pg from 'pg';

/** Removes the template and per-file databases the API tests create (names start with khsae_t). */
export async function dropTestDatabases(adminUrl) {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    const { rows } = await client.query(
      "SELECT datname FROM pg_database WHERE datname LIKE 'khsae\\_t\\_%' OR datname LIKE 'khsae\\_tpl\\_%'",
    );
    for (const { datname } of rows) {
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
}
