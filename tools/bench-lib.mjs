// Shared pieces of the benchmark scripts: a national-scale database, the API on it, timing, the report.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import bcrypt from 'bcryptjs';
import pg from 'pg';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BENCH_URL =
  process.env.BENCH_DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/khsae_bench';
const BENCH_PASSWORD = 'bench-password-2026';

/** Creates the benchmark database and fills it at national scale, unless it already holds that data. */
export async function ensureNationalData() {
  const url = new URL(BENCH_URL);
  const dbName = url.pathname.slice(1);
  const admin = new pg.Client({
    connectionString: Object.assign(new URL(BENCH_URL), { pathname: '/postgres' }).toString(),
  });
  await admin.connect();
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [dbName]))
    .rowCount;
  if (!exists) await admin.query(`CREATE DATABASE "${dbName}"`);
  await admin.end();
  const client = new pg.Client({ connectionString: BENCH_URL });
  await client.connect();
  let persons;
  try {
    const { rows } = await client.query(
      `SELECT (SELECT count(*) FROM brokers) + (SELECT count(*) FROM victims) AS n`,
    );
    persons = Number(rows[0].n);
  } catch {
    persons = 0;
  }
  await client.end();
  if (persons < 250_000) {
    console.log(`seeding ${dbName} at national scale (about two minutes)…`);
    const seed = spawnSync(
      process.execPath,
      ['--max-old-space-size=6000', path.join(root, 'dist/apps/api/demo-seed.js'), 'national'],
      {
        cwd: root,
        stdio: 'inherit',
        env: { ...process.env, DATABASE_URL: BENCH_URL },
      },
    );
    if (seed.status !== 0) throw new Error('seeding failed');
  }
  const c = new pg.Client({ connectionString: BENCH_URL });
  await c.connect();
  const hash = bcrypt.hashSync(BENCH_PASSWORD, 8);
  await c.query(
    `INSERT INTO users (email, display_name, role, password_hash) VALUES ('bench@bench.local', 'Benchmark investigator', 'investigator', $1)
     ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash, disabled = false`,
    [hash],
  );
  const counts = (
    await c.query(`SELECT (SELECT count(*) FROM brokers) AS brokers, (SELECT count(*) FROM victims) AS victims,
                          (SELECT count(*) FROM links) AS links, (SELECT count(*) FROM search_entries) AS search_entries,
                          (SELECT count(*) FROM places) AS places, current_setting('server_version') AS pg`)
  ).rows[0];
  await c.end();
  return counts;
}

/** Starts the built API on the benchmark database and signs in; answers a fetch bound to the session. */
export async function startApi(port = 3290) {
  const child = spawn(process.execPath, [path.join(root, 'dist/apps/api/main.js')], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: BENCH_URL,
      PORT: String(port),
      KHSAE_DEMO: 'false',
      KHSAE_WEB_DIR: '',
      KHSAE_LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i += 1) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'bench@bench.local', password: BENCH_PASSWORD }),
  });
  if (!login.ok) throw new Error(`bench sign-in failed: ${login.status}`);
  const cookie = login.headers.get('set-cookie').split(';')[0];
  return {
    base,
    get: (p) => fetch(`${base}${p}`, { headers: { cookie } }),
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

export function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function summarise(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const f = (v) => Math.round(v * 10) / 10;
  return {
    n: s.length,
    p50: f(percentile(s, 50)),
    p95: f(percentile(s, 95)),
    p99: f(percentile(s, 99)),
    max: f(s[s.length - 1]),
  };
}

export function machine() {
  return `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

/** Replaces the section between `<!-- name:start -->` and `<!-- name:end -->` in docs/benchmarks.md. */
export function writeSection(name, markdown) {
  const file = path.join(root, 'docs/benchmarks.md');
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  let doc = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const block = `${start}\n${markdown.trim()}\n${end}`;
  doc = doc.includes(start)
    ? doc.replace(new RegExp(`${start}[\\s\\S]*?${end}`), block)
    : `${doc.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, doc);
}
