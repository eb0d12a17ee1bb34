import { loadAppConfig } from 'src/config/app-config';

import { createDataSource, runMigrations } from 'src/database/data-source';
import { startEmbeddedPostgres } from 'src/database/embedded-postgres';

/** `npm run migration:run`: applies pending migrations to MIGRATION_DATABASE_URL (else DATABASE_URL), or to the embedded database. */
async function main(): Promise<void> {
  const config = loadAppConfig();
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedPostgres({ dataDir: `${config.dataDir}/pglite` });
  const url = config.migrationDatabaseUrl ?? embedded!.url;
  const dataSource = createDataSource(url, embedded ? 'embedded' : 'server');
  await dataSource.initialize();
  try {
    const ran = await runMigrations(dataSource);
    console.log(ran.length ? `applied: ${ran.join(', ')}` : 'database is up to date');
  } finally {
    await dataSource.destroy();
    await embedded?.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
