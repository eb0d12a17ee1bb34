import { loadAppConfig } from 'src/config/app-config';
import { createDataSource, runMigrations } from 'src/database/data-source';
import { startEmbeddedPostgres } from 'src/database/embedded-postgres';
import { importCountries, readGazetteerFile } from 'src/modules/places/gazetteer';
import { GazetteerRepository } from 'src/modules/places/gazetteer.repository';
import { importRecorded } from 'src/modules/places/gazetteer.service';

/**
 * `npm run gazetteer:import -- [path to cambodia_admin_flat.csv or .csv.gz]`: loads Cambodia's administrative
 * units (the shipped gazetteer unless a path is given) and the countries.
 */
async function main(): Promise<void> {
  const config = loadAppConfig();
  const file = process.argv[2] ?? config.gazetteerPath;
  const { rows, source } = await readGazetteerFile(file);
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedPostgres({ dataDir: `${config.dataDir}/pglite` });
  const dataSource = createDataSource(
    config.databaseUrl ?? embedded!.url,
    embedded ? 'embedded' : 'server',
  );
  await dataSource.initialize();
  try {
    await runMigrations(dataSource);
    const started = Date.now();
    const countries = await importCountries(dataSource);
    const { counts } = await dataSource.transaction((tx) =>
      importRecorded(tx, new GazetteerRepository(), rows, source, null),
    );
    console.log(
      `imported ${counts.units} administrative units (${counts.added} added, ${counts.renamed} renamed, ${counts.removed} archived) and ${countries.upserted} countries from ${file} in ${Date.now() - started} ms`,
    );
  } finally {
    await dataSource.destroy();
    await embedded?.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
