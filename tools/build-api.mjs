// Compiles the API and the shared libs it imports with swc (the same compiler Jest uses),
// to CommonJS under dist/apps/api, rewriting tsconfig path aliases to relative requires.
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import swc from '@swc/core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist/apps/api');
const sources = ['apps/api/src', 'libs/shared/domain/src'];
const isTest = (file) => /\.(spec|medium-spec|e2e-spec|test)\.ts$/.test(file);

async function* walk(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') && !isTest(entry.name))
      yield full;
  }
}

await rm(outDir, { recursive: true, force: true });
let count = 0;
for (const source of sources) {
  for await (const file of walk(path.join(root, source))) {
    const { code, map } = await swc.transformFile(file, {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
        keepClassNames: true,
        baseUrl: root,
        paths: {
          '@khsae/domain': ['libs/shared/domain/src/index.ts'],
          'src/*': ['apps/api/src/*'],
        },
      },
      module: { type: 'commonjs', resolveFully: false },
      sourceMaps: true,
      swcrc: false,
    });
    const target = path.join(outDir, path.relative(root, file)).replace(/\.ts$/, '.js');
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, `${code}\n//# sourceMappingURL=${path.basename(target)}.map\n`);
    if (map) await writeFile(`${target}.map`, map);
    count += 1;
  }
}
await writeFile(path.join(outDir, 'package.json'), JSON.stringify({ type: 'commonjs' }, null, 2));
await writeFile(
  path.join(outDir, 'main.js'),
  "'use strict';\nprocess.setSourceMapsEnabled(true);\nrequire('./apps/api/src/main.js');\n",
);
// Entry points: name → module under apps/api/src.
for (const [name, module] of [
  ['migrate', 'database/migrate.js'],
  ['gazetteer-import', 'cli/gazetteer-import.js'],
  ['demo-seed', 'cli/demo-seed.js'],
  ['openapi', 'openapi.js'],
]) {
  await writeFile(
    path.join(outDir, `${name}.js`),
    `'use strict';\nrequire('./apps/api/src/${module}');\n`,
  );
}
console.log(`api: compiled ${count} files to ${path.relative(root, outDir)}`);
