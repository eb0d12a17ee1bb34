// `npm test`: every check the project has, in the order that fails fastest, then one total line.
// API tests use the PostgreSQL server at TEST_DATABASE_URL, else 127.0.0.1:5432, else the embedded database.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = path.join(root, 'tmp/test-results');
const nx = path.join(root, 'node_modules/nx/dist/bin/nx.js');
const env = {
  ...process.env,
  NX_DAEMON: 'false',
  NX_SKIP_NX_CACHE: 'true',
  FORCE_COLOR: process.env.CI ? '0' : '1',
};

const steps = [
  // ESLint's module-boundary rule reads Nx's project graph; a fresh clone has none until Nx computes it.
  ['project graph', [nx, 'show', 'projects']],
  ['lint', ['node_modules/eslint/bin/eslint.js', '.', '--max-warnings=0']],
  ['format', ['node_modules/prettier/bin/prettier.cjs', '--check', '.', '--log-level=warn']],
  ['typecheck', [nx, 'run-many', '-t', 'typecheck', '--output-style=stream', '--skip-nx-cache']],
  [
    'unit and API tests',
    [nx, 'run-many', '-t', 'test', '--parallel=1', '--output-style=stream', '--skip-nx-cache'],
  ],
  [
    'build',
    [nx, 'run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=stream', '--skip-nx-cache'],
  ],
  // The sign-in page's weight, measured in Chromium on this build (ADR 0014).
  ['first-load budget', ['tools/check-first-load.mjs']],
  // The web client's types are generated from the API's OpenAPI document: they must match the code.
  ['api client', ['tools/api-client.mjs', '--check', '--no-build']],
  [
    'browser tests',
    [nx, 'run', 'web-e2e:e2e', '--output-style=stream', '--skip-nx-cache'],
    { E2E_SKIP_BUILD: '1' },
  ],
];

rmSync(resultsDir, { recursive: true, force: true });
const failedSteps = [];
for (const [name, args, extraEnv = {}] of steps) {
  const started = Date.now();
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...env, ...extraEnv },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status === 0) {
    console.log(`=== ${name}: ok (${seconds} s)`);
  } else {
    console.log(`=== ${name}: FAILED (${seconds} s)`);
    failedSteps.push(name);
    // Tests still run after a lint or format failure, so one run shows every problem.
    if (['project graph', 'typecheck', 'build'].includes(name)) break;
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  for (const file of readdirSync(resultsDir)) {
    const r = JSON.parse(readFileSync(path.join(resultsDir, file), 'utf8'));
    passed += r.passed;
    failed += r.failed;
    skipped += r.skipped;
  }
} catch {
  // No test ran: the totals stay at zero and the failed steps say why.
}
console.log(`\nSteps failed: ${failedSteps.length ? failedSteps.join(', ') : 'none'}`);
console.log(`${passed} passed, ${failed + failedSteps.length} failed, ${skipped} skipped`);
process.exit(failedSteps.length || failed ? 1 : 0);
