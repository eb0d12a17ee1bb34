// `npm run api:client`: writes the API's OpenAPI document and the web client's types generated from it
// (libs/shared/api-client/src). With --check it writes nothing and fails if the committed files differ
// from what the API's code produces, so the client can never drift from the API. --no-build reuses dist/.
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'libs/shared/api-client/src');
const check = process.argv.includes('--check');

function run(args) {
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(result.stderr);
    throw new Error(`node ${args.join(' ')} failed`);
  }
  return result.stdout;
}

if (!process.argv.includes('--no-build')) run(['tools/build-api.mjs']);
const document = JSON.parse(run(['dist/apps/api/openapi.js']));
const banner =
  "// Generated from the API's OpenAPI document by `npm run api:client`. Do not edit by hand.\n\n";
const types = banner + astToString(await openapiTS(document, { exportType: true }));

// Formatted as the repository formats them, so that `prettier --check` and this check agree.
const format = async (name, text) =>
  prettier.format(text, {
    ...(await prettier.resolveConfig(path.join(outDir, name))),
    filepath: path.join(outDir, name),
  });
const files = {
  'openapi.json': await format('openapi.json', JSON.stringify(document)),
  'schema.ts': await format('schema.ts', types),
};

const stale = [];
for (const [name, content] of Object.entries(files)) {
  const file = path.join(outDir, name);
  const current = await readFile(file, 'utf8').catch(() => '');
  if (current === content) continue;
  if (check) stale.push(path.relative(root, file));
  else await writeFile(file, content);
}
if (stale.length) {
  console.error(
    `The API's contract changed but the generated client did not follow: ${stale.join(', ')}.\n` +
      'Run `npm run api:client` and commit the result.',
  );
  process.exit(1);
}
console.log(check ? 'api client: up to date with the API' : 'api client: written');
