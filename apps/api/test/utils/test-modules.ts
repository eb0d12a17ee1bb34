import {
  type DynamicModule,
  Global,
  type INestApplicationContext,
  Module,
  type Type,
} from '@nestjs/common';
import type { Role } from '@khsae/domain';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { AuditModule } from 'src/common/audit/audit.module';
import { RateLimitModule } from 'src/common/http/rate-limit.module';
import { RecordsModule } from 'src/common/records/records.module';
import { APP_CONFIG, type AppConfig, loadAppConfig } from 'src/config/app-config';
import { buildDataSourceOptions } from 'src/database/data-source';
import { Database, type Tx } from 'src/database/database';

import { useStarted } from './suite-lifecycle';
import { createTestDatabase, type TestDatabase } from './test-database';

export type TestModules = {
  get: INestApplicationContext['get'];
  dataSource: DataSource;
  /** The pool, for statements that commit. */
  pool: Tx;
  /** Runs `work` in a transaction that is rolled back, so a test leaves nothing behind. */
  rolledBack<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

class RolledBack extends Error {}

/** The application's configuration, for feature modules that read it (fast password hashing). */
export function configModule(overrides: Partial<AppConfig> = {}): DynamicModule {
  const config: AppConfig = { ...loadAppConfig({}), bcryptRounds: 4, ...overrides };
  @Global()
  @Module({})
  class TestConfigModule {}
  const provider = { provide: APP_CONFIG, useValue: config };
  return { module: TestConfigModule, providers: [provider], exports: [provider] };
}

/**
 * Feature modules with the record kit on a fresh, migrated database, without HTTP: what medium
 * tests of repositories and services build on. Their kinds are registered as the API registers them.
 */
export async function startTestModules(modules: (Type | DynamicModule)[]): Promise<TestModules> {
  const database: TestDatabase = await createTestDatabase();
  @Module({})
  class MediumTestModule {}
  const root: DynamicModule = {
    module: MediumTestModule,
    imports: [
      TypeOrmModule.forRoot({
        ...buildDataSourceOptions(database.url, database.mode),
        retryAttempts: 0,
      }),
      AuditModule,
      RateLimitModule,
      RecordsModule,
      ...modules,
    ],
  };
  const app = await NestFactory.createApplicationContext(root, { logger: ['error'] });
  await app.init();
  const db = app.get(Database);
  return {
    get: app.get.bind(app) as INestApplicationContext['get'],
    dataSource: db.pool.connection,
    pool: db.pool,
    async rolledBack<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
      let result: T | undefined;
      await db
        .transaction(async (tx) => {
          result = await work(tx);
          throw new RolledBack();
        })
        .catch((err: unknown) => {
          if (!(err instanceof RolledBack)) throw err;
        });
      return result as T;
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

/** The modules for the tests of the suite it is called in (see useStarted). */
export function useTestModules(modules: (Type | DynamicModule)[]): TestModules {
  return useStarted(() => startTestModules(modules));
}

/** An account written straight to its table, unable to sign in; answers its id. */
export async function insertUser(
  tx: Tx,
  email: string,
  displayName: string,
  role: Role,
): Promise<string> {
  const [row] = await tx.query<{ id: string }[]>(
    `INSERT INTO users (email, display_name, role, password_hash) VALUES ($1, $2, $3, 'x') RETURNING id`,
    [email, displayName, role],
  );
  return row!.id;
}

/** List queries of `Dto` as the validation pipe makes them: `base`, then the fields given. */
export const listQuery =
  <T extends object>(Dto: new () => T, base: Partial<T> = {}) =>
  (over: Partial<T> = {}): T =>
    Object.assign(new Dto(), base, over);
