import 'reflect-metadata';

import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';

import { AppModule } from 'src/app.module';
import { configureApp } from 'src/common/http/configure-app';
import { loadAppConfig } from 'src/config/app-config';
import { startEmbeddedPostgres } from 'src/database/embedded-postgres';

async function bootstrap(): Promise<void> {
  const config = loadAppConfig();
  const logger = new Logger('Khsae');
  const levels = {
    debug: ['debug', 'log', 'warn', 'error'],
    info: ['log', 'warn', 'error'],
    warn: ['warn', 'error'],
    error: ['error'],
  } as const;

  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedPostgres({ dataDir: `${config.dataDir}/pglite` });
  if (embedded) logger.log(`embedded PostgreSQL (PGlite) with data in ${config.dataDir}/pglite`);

  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.register({
      config,
      databaseUrl: config.databaseUrl ?? embedded!.url,
      migrationUrl: config.migrationDatabaseUrl ?? embedded!.url,
      databaseMode: embedded ? 'embedded' : 'server',
    }),
    { bodyParser: false, logger: [...levels[config.logLevel]] },
  );
  configureApp(app, config);
  await app.listen(config.port, config.host);
  const shown = config.host === '0.0.0.0' ? '127.0.0.1' : config.host;
  logger.log(
    `Khsae is running at http://${shown}:${config.port} (API under /api, OpenAPI docs at /api/docs)`,
  );
  if (config.demo) logger.log('demo mode: sign in as any demo account, password khsae-demo-2026');

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.log(`${signal}: shutting down`);
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

bootstrap().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
