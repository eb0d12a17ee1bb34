import * as pg from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';

import { CreateRegistry1764144000000 } from 'src/database/migrations/1764144000000-CreateRegistry';
import { CreateGraphViews1764230400000 } from 'src/database/migrations/1764230400000-CreateGraphViews';
import { CoverGraphLinks1764316800000 } from 'src/database/migrations/1764316800000-CoverGraphLinks';
import { CreateFoundation1764057600000 } from 'src/database/migrations/1764057600000-CreateFoundation';
import { OneStatementWrites1764403200000 } from 'src/database/migrations/1764403200000-OneStatementWrites';
import { AppRoleAndAuditChain1764576000000 } from 'src/database/migrations/1764576000000-AppRoleAndAuditChain';
import { SearchExactAndSteady1764662400000 } from 'src/database/migrations/1764662400000-SearchExactAndSteady';
import { TwoPersonRuleAndResetCodes1764489600000 } from 'src/database/migrations/1764489600000-TwoPersonRuleAndResetCodes';
import { GazetteerImports1764748800000 } from 'src/database/migrations/1764748800000-GazetteerImports';
import { ENTITIES } from 'src/entities';

export const MIGRATIONS = [
  CreateFoundation1764057600000,
  CreateRegistry1764144000000,
  CreateGraphViews1764230400000,
  CoverGraphLinks1764316800000,
  OneStatementWrites1764403200000,
  TwoPersonRuleAndResetCodes1764489600000,
  AppRoleAndAuditChain1764576000000,
  SearchExactAndSteady1764662400000,
  GazetteerImports1764748800000,
];

export type DatabaseMode = 'embedded' | 'server';

/** How long a statement may run and wait for a lock, in milliseconds (0: no limit). */
export type StatementLimits = { statementTimeoutMs: number; lockTimeoutMs: number };

/**
 * The one set of TypeORM options, for the API, the migration CLI and the tests alike. `limits` are
 * for interactive requests; without them (migrations, imports, seeds) statements run as long as they must.
 */
export function buildDataSourceOptions(
  url: string,
  mode: DatabaseMode,
  options: { limits?: StatementLimits; logWarning?: (message: string) => void } = {},
): DataSourceOptions {
  const { limits, logWarning = () => undefined } = options;
  return {
    type: 'postgres',
    url,
    // Passing the driver keeps bundlers and dependency scanners aware of `pg`.
    driver: pg,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    // TypeORM's query logger prints parameters (password hashes, identities): errors reach our filter instead.
    logging: false,
    // A restarting server makes idle clients emit 'error'; handled here so the process survives.
    poolErrorHandler: (err: Error) => logWarning(`database pool: ${err.message}`),
    extra: {
      // PGlite is one session behind a socket: a small pool and no long waits.
      max: mode === 'embedded' ? 4 : 10,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      // PGlite has no timers: there the limits would do nothing.
      ...(mode === 'server' && limits
        ? { statement_timeout: limits.statementTimeoutMs, lock_timeout: limits.lockTimeoutMs }
        : {}),
      ...(mode === 'server'
        ? {
            // Interactive requests on a few cores: starting parallel workers costs more than it saves
            // (a 3 ms graph hop took 14 ms behind a Gather), and they take cores from other requests.
            options: '-c max_parallel_workers_per_gather=0',
          }
        : {}),
    },
  };
}

/** A data source without request limits: for migrations, imports, seeds and tests' own statements. */
export function createDataSource(url: string, mode: DatabaseMode): DataSource {
  return new DataSource(buildDataSourceOptions(url, mode));
}

const MIGRATION_LOCK = 7_326_001;

/** Runs pending migrations under an advisory lock so that two API instances never race. */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    return ran.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}

/** Applies pending migrations over a connection of their own, without request limits; the names of those applied. */
export async function migrateDatabase(url: string, mode: DatabaseMode): Promise<string[]> {
  const dataSource = createDataSource(url, mode);
  await dataSource.initialize();
  try {
    return await runMigrations(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
