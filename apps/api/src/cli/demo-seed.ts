import { loadAppConfig } from 'src/config/app-config';
import { createDataSource, runMigrations } from 'src/database/data-source';
import { DEMO_SCALES, generateDemoWorld } from 'src/database/seeds/demo-world';
import { importCountries, importGazetteer, readGazetteerFile } from 'src/modules/places/gazetteer';

/**
 * `node dist/apps/api/demo-seed.js [small|national]`: fills DATABASE_URL with the synthetic world.
 * National scale (250,000 persons, about a million links) is for benchmarks, on an empty database.
 */
async function main(): Promise<void> {
  const config = loadAppConfig();
  const scaleName = (process.argv[2] ?? 'small') as keyof typeof DEMO_SCALES;
  const scale = DEMO_SCALES[scaleName];
  if (!scale) throw new Error(`scale must be one of: ${Object.keys(DEMO_SCALES).join(', ')}`);
  if (!config.databaseUrl)
    throw new Error('set DATABASE_URL: the seed runs against a PostgreSQL server');
  const dataSource = createDataSource(config.databaseUrl, 'server');
  await dataSource.initialize();
  try {
    await runMigrations(dataSource);
    const started = Date.now();
    await importCountries(dataSource);
    // The demo world lives in the gazetteer's villages: the shipped file unless KHSAE_GAZETTEER_PATH says otherwise.
    await importGazetteer(dataSource, (await readGazetteerFile(config.gazetteerPath)).rows);
    const summary = await generateDemoWorld(dataSource, scale);
    // Index-only scans need the visibility map that VACUUM sets; ANALYZE gives the planner the new sizes.
    await dataSource.query('VACUUM ANALYZE');
    console.log(
      JSON.stringify({ scale: scaleName, seconds: (Date.now() - started) / 1000, ...summary }),
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
