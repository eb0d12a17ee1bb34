// `npm run check:first-load`: what a cold sign-in page costs, measured in Chromium against the built
// product, held to the budget of ADR 0014. Needs a build (`npm run build`); starts `dist/apps/api/main.js`
// as `npm start` does (embedded database, demo accounts) unless --url names a running server.
//
//   node tools/check-first-load.mjs [--url http://127.0.0.1:8080 | --dist dir] [--screenshot dir] [--json file]
//
// kB are 1,000 bytes. Transfer is what crossed the wire: encoded bodies plus response headers.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { chromium } from 'playwright-core';

const BUDGET = { totalKb: 350, largestScriptKb: 200 };
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The launch arguments of apps/web-e2e/src/support/browser.ts.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const { values: options } = parseArgs({
  options: {
    url: { type: 'string' },
    dist: { type: 'string', default: 'dist' },
    screenshot: { type: 'string' },
    json: { type: 'string' },
  },
});
const webDir = path.resolve(root, options.dist, 'apps/web');
const apiMain = path.resolve(root, options.dist, 'apps/api/main.js');

const kb = (bytes) => (bytes / 1000).toFixed(1);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function healthy(base) {
  try {
    const response = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2_000) });
    return response.status === 200;
  } catch {
    return false;
  }
}

/** The built product on a free port with a fresh embedded database; stop() ends its process group. */
async function startProduct() {
  for (const file of [apiMain, path.join(webDir, 'index.html')]) {
    if (!existsSync(file))
      throw new Error(`${path.relative(root, file)} is missing: run npm run build first`);
  }
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const dataDir = await mkdtemp(path.join(tmpdir(), 'khsae-first-load-'));
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    KHSAE_DATA_DIR: dataDir,
    KHSAE_DEMO: 'true',
    KHSAE_DEMO_WORLD: 'false',
    // No places are needed to sign in: skip the gazetteer import demo mode would run.
    KHSAE_GAZETTEER_PATH: path.join(dataDir, 'no-gazetteer.csv'),
    KHSAE_BCRYPT_ROUNDS: '4',
    KHSAE_LOG_LEVEL: 'warn',
    KHSAE_WEB_DIR: webDir,
  };
  delete env.DATABASE_URL;
  let log = '';
  const child = spawn(process.execPath, [apiMain], { cwd: root, env, detached: true });
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  let exited = null;
  child.on('exit', (code, signal) => (exited = signal ?? `code ${code}`));
  const stop = async () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
    for (let i = 0; i < 50 && exited === null; i++) await sleep(200);
    if (exited === null) process.kill(-child.pid, 'SIGKILL');
    await rm(dataDir, { recursive: true, force: true, maxRetries: 3 });
  };
  const deadline = Date.now() + 180_000;
  while (!(await healthy(base))) {
    if (exited !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`the product did not start (${exited ?? 'timeout'}):\n${log.slice(-3000)}`);
    }
    await sleep(300);
  }
  return { base, stop };
}

/** Opens /sign-in in a fresh profile (nothing cached) and records every response it transfers. */
async function measureSignIn(base, language, screenshotDir) {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'khsae-first-load-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1366, height: 860 },
    timeout: 60_000,
  });
  try {
    await context.addInitScript((lang) => localStorage.setItem('khsae.language', lang), language);
    const page = context.pages()[0] ?? (await context.newPage());
    const pending = [];
    page.on('requestfinished', (request) =>
      pending.push(
        (async () => {
          const response = await request.response();
          const sizes = await request.sizes();
          const headers = (await response?.allHeaders()) ?? {};
          return {
            url: new URL(request.url()).pathname,
            type: request.resourceType(),
            status: response?.status() ?? 0,
            encoding: headers['content-encoding'] ?? 'identity',
            cacheControl: headers['cache-control'] ?? '',
            body: sizes.responseBodySize,
            transfer: sizes.responseBodySize + sizes.responseHeadersSize,
          };
        })(),
      ),
    );
    page.on('requestfailed', (request) =>
      pending.push(Promise.resolve({ url: request.url(), failed: request.failure()?.errorText })),
    );
    await page.goto(`${base}/sign-in`, { waitUntil: 'networkidle', timeout: 60_000 });
    await page.locator('input[type="password"]').waitFor({ timeout: 30_000 });
    await page.evaluate(() => globalThis.document.fonts.ready);
    await page.waitForLoadState('networkidle');
    await sleep(500);
    if (screenshotDir) {
      await mkdir(screenshotDir, { recursive: true });
      await page.screenshot({
        path: path.join(screenshotDir, `first-load-sign-in-${language}.png`),
      });
    }
    const fontsUsed = await page.evaluate(() =>
      [...globalThis.document.fonts]
        .filter((font) => font.status === 'loaded')
        .map((font) => `${font.family} ${font.weight}`),
    );
    const responses = await Promise.all(pending);
    const failed = responses.filter((r) => r.failed);
    if (failed.length)
      throw new Error(`requests failed: ${failed.map((r) => `${r.url} (${r.failed})`).join(', ')}`);
    return { language, responses, fontsUsed };
  } finally {
    await context.close().catch(() => undefined);
    await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
  }
}

/** Areas of the app by the modules their first page loads (manifest keys end with these). */
const AREAS = [
  [
    'app shell and dashboard',
    ['src/app/app-layout.tsx', 'src/app/routes/dashboard-route.tsx', '@mantine/core/styles.css'],
  ],
  [
    'registry (a broker, victim, compound or route page)',
    ['src/app/routes/broker-routes.tsx', 'src/app/registry-pickers.tsx'],
  ],
  [
    'graph',
    ['src/app/routes/graph-route.tsx', 'src/features/network-graph/components/graph-page.tsx'],
  ],
  ['admin (users)', ['src/app/routes/admin-users-route.tsx']],
  ['audit', ['src/app/routes/audit-route.tsx']],
];

const KINDS = { document: 'html', script: 'js', stylesheet: 'css', font: 'fonts' };
const kindOf = (r) => KINDS[r.type] ?? (r.url.startsWith('/api/') ? 'api' : r.type);

function summarise({ language, responses, fontsUsed }) {
  const byKind = {};
  for (const r of responses) byKind[kindOf(r)] = (byKind[kindOf(r)] ?? 0) + r.transfer;
  const scripts = responses.filter((r) => r.type === 'script').sort((a, b) => b.body - a.body);
  return {
    language,
    total: responses.reduce((sum, r) => sum + r.transfer, 0),
    byKind,
    largestScript: scripts[0] ?? null,
    requests: responses.length,
    uncompressed: responses.filter(
      (r) =>
        ['document', 'script', 'stylesheet'].includes(r.type) &&
        r.encoding === 'identity' &&
        r.body > 1000,
    ),
    responses,
    fontsUsed,
  };
}

/** Brotli size of a built file (its .br when the build wrote one), else its size. */
function builtSize(file) {
  const full = path.join(webDir, file);
  return existsSync(`${full}.br`) ? statSync(`${full}.br`).size : statSync(full).size;
}

/** Per lazily loaded module: its chunk and what it needs beyond what the sign-in page already loaded. */
function routeChunks() {
  const manifestFile = path.join(webDir, '.vite/manifest.json');
  if (!existsSync(manifestFile)) return { routes: [], largest: null };
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const closure = (key, seen = new Set()) => {
    if (seen.has(key) || !manifest[key]) return seen;
    seen.add(key);
    for (const next of manifest[key].imports ?? []) closure(next, seen);
    return seen;
  };
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
  const initial = closure(entryKey);
  const filesOf = (keys) =>
    new Set([...keys].flatMap((k) => [manifest[k].file, ...(manifest[k].css ?? [])]));
  const initialFiles = filesOf(initial);
  const routes = Object.entries(manifest)
    .filter(([, chunk]) => chunk.isDynamicEntry)
    .map(([key, chunk]) => {
      const extra = [...filesOf(closure(key))].filter((file) => !initialFiles.has(file));
      return {
        module: key,
        chunk: builtSize(chunk.file),
        withShared: extra.reduce((sum, file) => sum + builtSize(file), 0),
      };
    })
    .sort((a, b) => b.withShared - a.withShared);
  // Stylesheets imported on their own (Mantine's full styles come with the app shell).
  const styles = Object.values(manifest)
    .filter((chunk) => chunk.file.endsWith('.css') && !initialFiles.has(chunk.file))
    .filter((chunk) => !Object.values(manifest).some((other) => other.css?.includes(chunk.file)))
    .map((chunk) => ({
      module: chunk.src ?? chunk.file,
      chunk: builtSize(chunk.file),
      withShared: builtSize(chunk.file),
    }));
  routes.push(...styles);
  // What the first visit to each area adds: the shell after sign-in, then each area after the shell.
  const byModule = (suffix) => Object.keys(manifest).find((key) => key.endsWith(suffix));
  const areaFiles = (suffixes) => {
    const keys = suffixes.map(byModule).filter(Boolean);
    const files = filesOf(keys.flatMap((key) => [...closure(key)]));
    for (const key of keys) files.add(manifest[key].file);
    return files;
  };
  const shell = areaFiles(AREAS[0][1]);
  const areas = AREAS.map(([name, suffixes], index) => {
    const files = [...areaFiles(suffixes)].filter(
      (file) => !initialFiles.has(file) && (index === 0 || !shell.has(file)),
    );
    return {
      name,
      size: files.reduce((sum, file) => sum + builtSize(file), 0),
      files: files.length,
    };
  });
  const scripts = Object.values(manifest)
    .filter((chunk) => chunk.file.endsWith('.js'))
    .map((chunk) => ({ file: chunk.file, size: builtSize(chunk.file) }))
    .sort((a, b) => b.size - a.size);
  return { routes, areas, largest: scripts[0] ?? null, initial: [...initialFiles] };
}

function report(run) {
  const lines = [
    `\nSign-in page, cold, language ${run.language}: ${run.requests} responses, ${kb(run.total)} kB transferred`,
  ];
  for (const [kind, bytes] of Object.entries(run.byKind).sort((a, b) => b[1] - a[1]))
    lines.push(`  ${kind.padEnd(6)} ${kb(bytes).padStart(7)} kB`);
  lines.push(`  fonts in use: ${run.fontsUsed.join(', ') || 'none'}`);
  lines.push('  responses:');
  for (const r of [...run.responses].sort((a, b) => b.transfer - a.transfer))
    lines.push(
      `    ${kb(r.transfer).padStart(7)} kB  ${r.encoding.padEnd(8)} ${String(r.status)} ${r.url}${r.cacheControl ? `  [${r.cacheControl}]` : ''}`,
    );
  return lines.join('\n');
}

let product = null;
let exitCode = 0;
try {
  const base = options.url?.replace(/\/+$/, '') ?? (product = await startProduct()).base;
  const runs = [];
  for (const language of ['en', 'km'])
    runs.push(summarise(await measureSignIn(base, language, options.screenshot)));
  const built = options.url ? { routes: [], largest: null } : routeChunks();

  for (const run of runs) console.log(report(run));
  if (built.routes.length) {
    console.log(
      '\nLoaded on demand (brotli; "with shared" adds the scripts and styles it needs beyond the sign-in page):',
    );
    for (const r of built.routes)
      console.log(
        `  ${kb(r.chunk).padStart(7)} kB  ${kb(r.withShared).padStart(7)} kB with shared  ${r.module}`,
      );
  }

  if (built.areas?.length) {
    console.log(
      '\nFirst visit to each area (brotli, beyond the sign-in page; areas beyond the shell):',
    );
    for (const area of built.areas)
      console.log(
        `  ${kb(area.size).padStart(7)} kB  ${String(area.files).padStart(2)} files  ${area.name}`,
      );
  }

  const over = [];
  for (const run of runs) {
    if (run.total > BUDGET.totalKb * 1000)
      over.push(
        `sign-in (${run.language}) transfers ${kb(run.total)} kB, over the ${BUDGET.totalKb} kB budget by ${kb(run.total - BUDGET.totalKb * 1000)} kB (${Object.entries(
          run.byKind,
        )
          .map(([k, v]) => `${k} ${kb(v)}`)
          .join(', ')})`,
      );
    const script = run.largestScript;
    if (script && script.body > BUDGET.largestScriptKb * 1000)
      over.push(
        `sign-in (${run.language}) loads ${script.url}: ${kb(script.body)} kB as sent, over the ${BUDGET.largestScriptKb} kB script budget`,
      );
    for (const r of run.uncompressed)
      over.push(`sign-in (${run.language}) received ${r.url} uncompressed (${kb(r.body)} kB)`);
  }
  if (built.largest && built.largest.size > BUDGET.largestScriptKb * 1000)
    over.push(
      `the build's largest script ${built.largest.file} is ${kb(built.largest.size)} kB brotli, over the ${BUDGET.largestScriptKb} kB script budget`,
    );

  const worst = runs.reduce((a, b) => (b.total > a.total ? b : a));
  console.log(
    `\nBudget: sign-in ≤ ${BUDGET.totalKb} kB in all (worst: ${kb(worst.total)} kB, ${worst.language}), ` +
      `largest script ≤ ${BUDGET.largestScriptKb} kB compressed (sign-in: ${kb(Math.max(...runs.map((r) => r.largestScript?.body ?? 0)))} kB` +
      `${built.largest ? `; whole build: ${kb(built.largest.size)} kB, ${path.basename(built.largest.file)}` : ''})`,
  );
  if (options.json)
    await writeFile(options.json, `${JSON.stringify({ budget: BUDGET, runs, built }, null, 2)}\n`);
  if (over.length) {
    console.error(`\nFirst-load budget FAILED:\n${over.map((line) => `  - ${line}`).join('\n')}`);
    exitCode = 1;
  } else {
    console.log('First-load budget met.');
  }
} catch (error) {
  console.error(`check-first-load: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  await product?.stop();
}
process.exit(exitCode);
