import 'reflect-metadata';

import { NestFactory } from '@nestjs/core';

import { AppModule } from 'src/app.module';
import { API_PREFIX, buildOpenApiDocument } from 'src/common/http/openapi';
import { loadAppConfig } from 'src/config/app-config';

/**
 * Prints the API's OpenAPI document without a database: Nest's preview mode builds the module graph
 * and reads the controllers' metadata but instantiates nothing. The web client is generated from it.
 */
async function main(): Promise<void> {
  const config = loadAppConfig({});
  const app = await NestFactory.create(
    AppModule.register({
      config,
      databaseUrl: 'postgresql://preview@127.0.0.1:1/none',
      databaseMode: 'server',
      connectRetries: 0,
    }),
    { preview: true, logger: false, abortOnError: false },
  );
  app.setGlobalPrefix(API_PREFIX);
  process.stdout.write(`${JSON.stringify(buildOpenApiDocument(app, config.version), null, 2)}\n`);
  await app.close();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
