import type { Role } from '@khsae/domain';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';

import { AppModule } from 'src/app.module';
import { configureApp } from 'src/common/http/configure-app';
import { buildOpenApiDocument } from 'src/common/http/openapi';
import { type AppConfig, loadAppConfig } from 'src/config/app-config';
import { createDataSource } from 'src/database/data-source';
import { DEMO_PASSWORD } from 'src/modules/startup/demo-accounts';

import { ContractValidator } from './contract';
import { useStarted } from './suite-lifecycle';
import { createTestDatabase, type TestDatabase } from './test-database';

type TestAgent = ReturnType<typeof request.agent>;
/** A signed-in (or anonymous) client whose answers are checked against the OpenAPI document. */
export type Agent = TestAgent;
export type Res = Awaited<ReturnType<TestAgent['get']>>;

export type TestApp = {
  app: NestExpressApplication;
  /** The owner's connection: fixtures, reading what the API wrote, and what the API's role may not do. */
  dataSource: DataSource;
  /** The API's own connection pool (on a server, as a role that owns nothing). */
  apiDataSource: DataSource;
  database: TestDatabase;
  config: AppConfig;
  /** An agent that keeps the session cookie of whoever signed in. */
  signIn(email: string, password?: string): Promise<TestAgent>;
  /** A sign-in attempt by a new anonymous client, answered whatever the outcome. */
  login(email: string, password?: string): ReturnType<TestAgent['post']>;
  anonymous(): TestAgent;
  close(): Promise<void>;
};

/** The demo account of each role (src/modules/startup/demo-accounts.ts), whose password signIn uses. */
export const DEMO_ROLES: Readonly<Record<Role, string>> = {
  investigator: 'investigator@demo.local',
  supervisor: 'supervisor@demo.local',
  victim_support: 'support@demo.local',
  intake_officer: 'intake@demo.local',
  admin: 'admin@demo.local',
  auditor: 'auditor@demo.local',
};

export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    ...loadAppConfig({}),
    bcryptRounds: 4,
    webDir: null,
    demo: true,
    demoWorld: false,
    // Off unless a test sets it: a test file sends many requests from one address in a moment.
    rateLimit: { perSession: 0, perAddress: 0, windowSeconds: 60 },
    ...overrides,
  };
}

/** The real API (same modules and middleware as main.ts) on a fresh database of its own. */
export async function startTestApp(
  options: { config?: Partial<AppConfig>; database?: TestDatabase; databaseUrl?: string } = {},
): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const config = testConfig(options.config);
  const apiUrl = options.databaseUrl ?? database.appUrl ?? database.url;
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.register({
      config,
      databaseUrl: apiUrl,
      migrationUrl: database.url,
      databaseMode: database.mode,
      connectRetries: 0,
    }),
    { bodyParser: false, logger: ['error'] },
  );
  configureApp(app, config);
  await app.init();
  const apiDataSource = app.get(DataSource);
  let owner = apiDataSource;
  if (database.url !== apiUrl) {
    owner = createDataSource(database.url, database.mode);
    await owner.initialize();
  }
  const server = app.getHttpServer();
  const contract = new ContractValidator(buildOpenApiDocument(app, config.version));
  const checked = (agent: TestAgent) => keepsContract(agent, contract);
  return {
    app,
    database,
    config,
    dataSource: owner,
    apiDataSource,
    anonymous: () => checked(request.agent(server)),
    login: (email, password = DEMO_PASSWORD) =>
      checked(request.agent(server)).post('/api/auth/login').send({ email, password }),
    async signIn(email, password = DEMO_PASSWORD) {
      const agent = checked(request.agent(server));
      const res = await agent.post('/api/auth/login').send({ email, password });
      if (res.status !== 200)
        throw new Error(`sign-in as ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
      return agent;
    },
    async close() {
      await app.close();
      if (owner !== apiDataSource) await owner.destroy();
      if (!options.database) await database.drop();
    },
  };
}

/** The API for the tests of the suite it is called in (see useStarted). */
export function useTestApp(options: Parameters<typeof startTestApp>[0] = {}): TestApp {
  return useStarted(() => startTestApp(options));
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** Every request the agent sends fails its test if the answer breaks the OpenAPI contract. */
function keepsContract(agent: TestAgent, contract: ContractValidator): TestAgent {
  for (const method of METHODS) {
    const send = agent[method].bind(agent);
    agent[method] = ((url: string) =>
      send(url).expect((res) => {
        const problem = contract.problem(method, url, res);
        if (problem) throw new Error(`OpenAPI contract: ${problem}`);
      })) as (typeof agent)[typeof method];
  }
  return agent;
}

/** The body that creates an investigator's account. */
export const investigatorAccount = (email: string, displayName: string) => ({
  email,
  displayName,
  role: 'investigator',
});

/** The audit rows matching a filter, newest first, read straight from the table. */
export async function auditRows(
  dataSource: DataSource,
  where: { action?: string; actorEmail?: string; resourceId?: string } = {},
): Promise<
  {
    action: string;
    outcome: string;
    actor_email: string | null;
    resource_ids: string[];
    details: Record<string, unknown>;
    reason: string | null;
  }[]
> {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (where.action) conditions.push(`action = $${params.push(where.action)}`);
  if (where.actorEmail) conditions.push(`actor_email = $${params.push(where.actorEmail)}`);
  if (where.resourceId) conditions.push(`$${params.push(where.resourceId)} = ANY(resource_ids)`);
  return dataSource.query(
    `SELECT action, outcome, actor_email, resource_ids, details, reason FROM audit_events
      ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''} ORDER BY id DESC`,
    params,
  );
}

/** Runs `work` while no audit row can be written, as when the audit store is unavailable. */
export async function whileAuditFails<T>(
  dataSource: DataSource,
  work: () => Promise<T>,
): Promise<T> {
  await dataSource.query(`CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'audit store unavailable' USING ERRCODE = 'insufficient_privilege'; END $$`);
  await dataSource.query(
    `CREATE TRIGGER trg_refuse_audit BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION refuse_audit()`,
  );
  try {
    return await work();
  } finally {
    await dataSource.query(`DROP TRIGGER trg_refuse_audit ON audit_events`);
    await dataSource.query(`DROP FUNCTION refuse_audit()`);
  }
}
