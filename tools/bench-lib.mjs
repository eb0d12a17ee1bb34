// Shared pieces of the benchmark scripts: a national-scale database, the API on it, timing, the report.
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import bcrypt from 'bcryptjs';
import pg from 'pg';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BENCH_PASSWORD = 'bench-password-2026';
/** The compiled API the scripts run by default (`node tools/build-api.mjs` writes it). */
const DIST = path.join(root, 'dist/apps/api');

/**
 * Builds the API under the shared build lock and copies it to `dir` (with node_modules linked), so
 * that a long run measures one build even when others rebuild dist/ meanwhile. Answers `dir`.
 */
export function buildPrivateApi(dir = process.env.BENCH_API_DIST || '/tmp/bench-api-dist') {
  const build = spawnSync(
    'flock',
    ['/tmp/khsae-build.lock', process.execPath, path.join(root, 'tools/build-api.mjs')],
    { cwd: root, stdio: 'inherit' },
  );
  if (build.status !== 0) throw new Error('building the API failed');
  rmSync(dir, { recursive: true, force: true });
  cpSync(DIST, dir, { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

/** The load average over 1, 5 and 15 minutes and the number of cores, as printed beside figures. */
export function loadAverage() {
  const [one, five, fifteen] = os.loadavg().map((v) => v.toFixed(2));
  return `${one} / ${five} / ${fifteen} (${os.cpus().length} cores)`;
}

/**
 * The PostgreSQL settings the benchmarks run with: what docker/compose.yml gives the production database
 * on a machine of this size. The distribution's defaults (shared_buffers = 128 MB) are for a laptop.
 */
export const SERVER_SETTINGS = {
  shared_buffers: '4GB',
  effective_cache_size: '12GB',
  work_mem: '16MB',
  maintenance_work_mem: '1GB',
  random_page_cost: '1.1',
  max_wal_size: '8GB',
  jit: 'off',
};
const PGDATA = process.env.BENCH_PGDATA || '/var/tmp/khsae-bench-pg/data';
const PGPORT = Number(process.env.BENCH_PGPORT || 5433);

function pgBin(name) {
  const versions = existsSync('/usr/lib/postgresql')
    ? readdirSync('/usr/lib/postgresql').sort()
    : [];
  const dir = versions.length ? `/usr/lib/postgresql/${versions.at(-1)}/bin` : '';
  return dir ? path.join(dir, name) : name;
}

/** PostgreSQL refuses to run as root: as root, its tools run as the postgres user. */
function runPg(args, opts = {}) {
  const [cmd, ...rest] =
    process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--', ...args] : args;
  const r = spawnSync(cmd, rest, { encoding: 'utf8', ...opts });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr || r.stdout}`);
  return r.stdout;
}

/**
 * The server the benchmarks use: BENCH_DATABASE_URL's when given, else a PostgreSQL cluster of the
 * machine's own PostgreSQL binaries in BENCH_PGDATA on 127.0.0.1:BENCH_PGPORT (5433), created on the
 * first run with SERVER_SETTINGS and kept between runs so the seeded data is kept too.
 */
export async function benchServer() {
  if (process.env.BENCH_DATABASE_URL)
    return { url: process.env.BENCH_DATABASE_URL, stop: () => {} };
  if (!existsSync(path.join(PGDATA, 'PG_VERSION'))) {
    mkdirSync(PGDATA, { recursive: true });
    if (process.getuid?.() === 0) spawnSync('chown', ['-R', 'postgres', path.dirname(PGDATA)]);
    console.log(`creating the benchmark PostgreSQL cluster in ${PGDATA}…`);
    runPg([
      pgBin('initdb'),
      '-D',
      PGDATA,
      '-A',
      'trust',
      '-U',
      'postgres',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
    ]);
  }
  const ready =
    spawnSync(pgBin('pg_isready'), ['-h', '127.0.0.1', '-p', String(PGPORT)]).status === 0;
  if (!ready) {
    const options = [
      `-p ${PGPORT} -k /tmp -c listen_addresses=127.0.0.1`,
      ...Object.entries(SERVER_SETTINGS).map(([k, v]) => `-c ${k}=${v}`),
    ].join(' ');
    runPg([
      pgBin('pg_ctl'),
      '-D',
      PGDATA,
      '-l',
      path.join(path.dirname(PGDATA), 'server.log'),
      '-o',
      options,
      '-w',
      'start',
    ]);
  }
  return {
    url: `postgresql://postgres@127.0.0.1:${PGPORT}/khsae_bench`,
    // A cluster this run started is stopped again; one that was running is left running.
    stop: () => {
      if (!ready) runPg([pgBin('pg_ctl'), '-D', PGDATA, '-m', 'fast', '-w', 'stop']);
    },
  };
}

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function personCount(url) {
  return withClient(url, async (c) => {
    try {
      const { rows } = await c.query(
        `SELECT (SELECT count(*) FROM brokers) + (SELECT count(*) FROM victims) AS n`,
      );
      return Number(rows[0].n);
    } catch {
      return 0;
    }
  });
}

/**
 * Creates database `name` on the server of `baseUrl` and fills it at national scale (250,000 persons)
 * or ten times that, unless it already holds that much; answers its URL and its counts.
 */
export async function ensureData(baseUrl, name, scale = 'national', { dist = DIST } = {}) {
  const url = Object.assign(new URL(baseUrl), { pathname: `/${name}` }).toString();
  await withClient(
    Object.assign(new URL(baseUrl), { pathname: '/postgres' }).toString(),
    async (c) => {
      const exists = (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]))
        .rowCount;
      if (!exists) await c.query(`CREATE DATABASE "${name}"`);
    },
  );
  // The schema the API expects, before anything else (on ten times national scale an index takes a while).
  const migrate = spawnSync(process.execPath, [path.join(dist, 'migrate.js')], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: url },
  });
  if (migrate.status !== 0) throw new Error('migrations failed');
  const wanted = scale === 'tenfold' ? 2_500_000 : 250_000;
  let persons = await personCount(url);
  if (persons < 250_000) {
    console.log(`seeding ${name} at national scale (about a minute)…`);
    const seed = spawnSync(
      process.execPath,
      ['--max-old-space-size=6000', path.join(dist, 'demo-seed.js'), 'national'],
      { cwd: root, stdio: 'inherit', env: { ...process.env, DATABASE_URL: url } },
    );
    if (seed.status !== 0) throw new Error('seeding failed');
    persons = await personCount(url);
  }
  if (persons < wanted) {
    console.log(`growing ${name} to ten times national scale in SQL (several minutes)…`);
    const started = performance.now();
    await withClient(url, (c) => growTenfold(c));
    console.log(`  done in ${Math.round((performance.now() - started) / 1000)} s`);
  }
  return withClient(url, async (c) => {
    // After a bulk load: statistics, and the visibility map the index-only scans rely on.
    await c.query(
      'VACUUM (ANALYZE) links, link_degrees, brokers, victims, compounds, routes, places',
    );
    // A server in use has its hot tables and indexes in memory: load them (indexes last, so they stay
    // when everything does not fit) rather than measure the first reads from disk.
    await c.query('CREATE EXTENSION IF NOT EXISTS pg_prewarm');
    await c.query(
      `SELECT pg_prewarm(r) FROM unnest(ARRAY['links', 'victims', 'brokers', 'places', 'compounds', 'routes',
         'link_degrees', 'pk_link_degrees', 'pk_victims', 'pk_brokers', 'pk_places', 'pk_links',
         'idx_links_from_id', 'idx_links_to_id']::regclass[]) AS r`,
    );
    const hash = bcrypt.hashSync(BENCH_PASSWORD, 8);
    await c.query(
      `INSERT INTO users (email, display_name, role, password_hash) VALUES ('bench@bench.local', 'Benchmark investigator', 'investigator', $1)
       ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash, disabled = false`,
      [hash],
    );
    const counts = (
      await c.query(`SELECT (SELECT count(*) FROM brokers) AS brokers, (SELECT count(*) FROM victims) AS victims,
                            (SELECT count(*) FROM links) AS links, (SELECT count(*) FROM search_entries) AS search_entries,
                            (SELECT count(*) FROM places) AS places, current_setting('server_version') AS pg,
                            current_setting('shared_buffers') AS shared_buffers`)
    ).rows[0];
    return { url, counts };
  });
}

/**
 * Ten times the national world, set-based in SQL: nine copies of every broker, victim, compound, route
 * and link under derived ids (md5 of id and copy number), each copy's villages moved to other real
 * villages, and links between brokers of neighbouring copies so the whole is one graph. Secondary
 * link indexes are dropped during the load and built again after it.
 */
async function growTenfold(c) {
  const cp = (col, k = 'c.k') => `md5(${col}::text || ':' || ${k})::uuid`;
  const indexes = (
    await c.query(
      `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'links' AND indexname <> 'pk_links'`,
    )
  ).rows;
  const step = async (label, sql) => {
    const t = performance.now();
    const r = await c.query(sql);
    console.log(`  ${label}: ${r.rowCount ?? ''} (${Math.round(performance.now() - t)} ms)`);
  };
  await c.query(`SET maintenance_work_mem = '1GB'`);
  await c.query(`CREATE TEMP TABLE copies AS SELECT generate_series(1, 9) AS k`);
  await step(
    'village map',
    `CREATE TEMP TABLE village_map AS
       WITH v AS (SELECT id, row_number() OVER (ORDER BY code) - 1 AS i, count(*) OVER () AS n
                    FROM places WHERE kind = 'village')
       SELECT c.k, v.id AS old_id, w.id AS new_id
         FROM v CROSS JOIN copies c JOIN v w ON w.i = (v.i + c.k * 1499) % v.n`,
  );
  await c.query(`CREATE INDEX ON village_map (k, old_id)`);
  const moved = (col) =>
    `coalesce((SELECT new_id FROM village_map m WHERE m.k = c.k AND m.old_id = ${col}), ${col})`;
  await step(
    'brokers',
    `INSERT INTO brokers (id, ref_code, name_km, name_latin, aliases, sex, birth_year, nationality, home_place_id, role, legal_status, notes)
     SELECT ${cp('b.id')}, b.ref_code || '-' || c.k, b.name_km, b.name_latin, b.aliases, b.sex, b.birth_year, b.nationality,
            ${moved('b.home_place_id')}, b.role, b.legal_status, b.notes
       FROM brokers b CROSS JOIN copies c`,
  );
  await step(
    'victims',
    `INSERT INTO victims (id, code, sex, age_band, nationality, home_place_id, recruited_on, job_promised, recruitment_channel,
                          exploitation_type, means_of_control, status, consent_to_share, notes)
     SELECT ${cp('v.id')}, v.code || '-' || c.k, v.sex, v.age_band, v.nationality, ${moved('v.home_place_id')}, v.recruited_on,
            v.job_promised, v.recruitment_channel, v.exploitation_type, v.means_of_control, v.status, v.consent_to_share, v.notes
       FROM victims v CROSS JOIN copies c`,
  );
  await step(
    'compounds',
    `INSERT INTO compounds (id, ref_code, name, aliases, country_code, place_id, operator, scam_types, status, indicators, notes)
     SELECT ${cp('x.id')}, x.ref_code || '-' || c.k, x.name || ' ' || c.k, x.aliases, x.country_code, x.place_id, x.operator,
            x.scam_types, x.status, x.indicators, x.notes
       FROM compounds x CROSS JOIN copies c`,
  );
  await step(
    'routes',
    `INSERT INTO routes (id, ref_code, name, origin_place_id, destination_compound_id, lure_job, lure_channel, money_advanced,
                         currency, first_seen, last_seen, notes)
     SELECT ${cp('r.id')}, r.ref_code || '-' || c.k, r.name || ' ' || c.k, ${moved('r.origin_place_id')},
            CASE WHEN r.destination_compound_id IS NULL THEN NULL ELSE ${cp('r.destination_compound_id')} END,
            r.lure_job, r.lure_channel, r.money_advanced, r.currency, r.first_seen, r.last_seen, r.notes
       FROM routes r CROSS JOIN copies c`,
  );
  for (const { indexname } of indexes) await c.query(`DROP INDEX ${indexname}`);
  // Only the national world's own links are copied, not the copies made a moment before.
  const cutoff = (await c.query(`SELECT now()::text AS t`)).rows[0].t;
  const end = (kind, id) => `CASE WHEN ${kind} = 'place' THEN ${moved(id)} ELSE ${cp(id)} END`;
  for (let k = 1; k <= 9; k += 1) {
    await step(
      `links, copy ${k}`,
      `INSERT INTO links (id, from_kind, from_id, to_kind, to_id, type, started_on, ended_on, evidence, source, confidence)
       SELECT ${cp('l.id')}, l.from_kind, ${end('l.from_kind', 'l.from_id')}, l.to_kind, ${end('l.to_kind', 'l.to_id')},
              l.type, l.started_on, l.ended_on, l.evidence, l.source, l.confidence
         FROM links l CROSS JOIN (SELECT ${k} AS k) c
        WHERE l.created_at < '${cutoff}'`,
    );
  }
  await step(
    'links across copies',
    `INSERT INTO links (id, from_kind, from_id, to_kind, to_id, type, started_on, evidence, source, confidence)
     SELECT md5(a.id::text || b.id::text || c.k)::uuid, 'broker',
            CASE WHEN c.k = 1 THEN a.id ELSE ${cp('a.id', 'c.k - 1')} END, 'broker', ${cp('b.id')},
            'associate_of', date '2024-01-01' + (a.i % 700)::int, 'Synthetic: across copies.', 'tip', 'possible'
       FROM (SELECT id, row_number() OVER (ORDER BY id) AS i, count(*) OVER () AS n
               FROM brokers WHERE ref_code ~ '^B-[0-9]+$') a
       JOIN (SELECT id, row_number() OVER (ORDER BY md5(id::text)) AS i
               FROM brokers WHERE ref_code ~ '^B-[0-9]+$') b ON b.i = 1 + (a.i * 7919) % a.n
       CROSS JOIN copies c
      WHERE a.i % 4 = 0`,
  );
  for (const { indexname, indexdef } of indexes) await step(`index ${indexname}`, indexdef);
}
/**
 * Starts the built API on the benchmark database and signs in; answers a fetch bound to the session
 * and the session cookie. `dist`: the compiled API to run; `execArgv`: node options (a `--require`d
 * probe); `ipc`: a message channel to the API process (`child`).
 */
export async function startApi(url, port = 3290, { dist = DIST, execArgv = [], ipc = false } = {}) {
  const child = spawn(process.execPath, [...execArgv, path.join(dist, 'main.js')], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(port),
      KHSAE_DEMO: 'false',
      KHSAE_WEB_DIR: '',
      KHSAE_LOG_LEVEL: 'warn',
      // The load comes from one address: limits out of reach, while each request still pays for its count.
      KHSAE_RATE_LIMIT_PER_SESSION: '1000000',
      KHSAE_RATE_LIMIT_PER_ADDRESS: '1000000',
    },
    stdio: ['ignore', 'inherit', 'inherit', ...(ipc ? ['ipc'] : [])],
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
    cookie,
    child,
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
