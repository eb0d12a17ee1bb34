// `npm run bench:search`: search-as-you-type latency through the HTTP API (signed in, access control on)
// with 250,000 persons stored. Writes its figures into docs/benchmarks.md. Targets 127.0.0.1 only.
// `npm run bench:search -- --mixed`: the same searches while 30% of requests write (brokers created and
// renamed, so their search keys churn), with a raw-SQL baseline of the same statement in the same run.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

import pg from 'pg';

import {
  benchServer,
  ensureData,
  loadAverage,
  machine,
  root,
  startApi,
  summarise,
  writeSection,
} from './bench-lib.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS || 600);
const MIXED = process.argv.includes('--mixed');
// The mixed load is bounded both ways: at most this many requests, for at most this long.
const MIXED_REQUESTS = Number(process.env.BENCH_MIXED_REQUESTS || 4000);
const MIXED_SECONDS = Number(process.env.BENCH_MIXED_SECONDS || 240);
const MIXED_CLIENTS = Number(process.env.BENCH_MIXED_CLIENTS || 4);
const WRITE_SHARE = 0.3;
// One benchmark session sends far more than a person: the general rate limit would answer 429.
process.env.KHSAE_RATE_LIMIT_PER_SESSION ??= '0';
process.env.KHSAE_RATE_LIMIT_PER_ADDRESS ??= '0';

// BENCH_API_DIST: an API already built elsewhere (a copy that others' builds do not replace mid-run).
const dist = process.env.BENCH_API_DIST || path.join(root, 'dist/apps/api');
if (!process.env.BENCH_API_DIST) {
  const build = spawnSync(process.execPath, [path.join(root, 'tools/build-api.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(1);
}
const server = await benchServer();
const { url, counts } = await ensureData(server.url, 'khsae_bench', 'national', { dist });

// What people type: prefixes while typing, whole names, Khmer names, misspellings, codes, places.
const db = new pg.Client({ connectionString: url });
await db.connect();
const names = (
  await db.query(
    `SELECT name_latin, name_km FROM brokers WHERE name_km IS NOT NULL ORDER BY id LIMIT 200`,
  )
).rows;
const codes = (await db.query(`SELECT code FROM victims ORDER BY id LIMIT 50`)).rows.map(
  (r) => r.code,
);
const villages = (
  await db.query(`SELECT name_latin FROM places WHERE kind = 'village' ORDER BY code LIMIT 100`)
).rows.map((r) => r.name_latin);
await db.end();
const queries = [];
for (const [i, n] of names.entries()) {
  const latin = n.name_latin;
  queries.push(latin.slice(0, 2 + (i % 5)));
  queries.push(latin);
  queries.push(n.name_km.slice(0, 3 + (i % 3)));
  queries.push(latin.replace(/a/, 'ar'));
}
for (const c of codes) queries.push(c, c.slice(0, 8));
for (const v of villages) queries.push(v.slice(0, 4), v);

const api = await startApi(url, 3290, { dist });
if (MIXED) {
  try {
    await mixedLoad(api, url, queries, counts);
  } finally {
    await api.stop();
    server.stop();
  }
  process.exit(0);
}
try {
  const timings = { all: [], short: [], long: [], khmer: [] };
  let results = 0;
  for (let i = 0; i < ROUNDS + 30; i += 1) {
    const q = queries[i % queries.length];
    const started = performance.now();
    const res = await api.get(`/api/search?q=${encodeURIComponent(q)}&limit=10`);
    const body = await res.json();
    const ms = performance.now() - started;
    if (!res.ok) throw new Error(`search ${q}: ${res.status} ${JSON.stringify(body)}`);
    if (i < 30) continue; // warm-up
    results += body.length;
    timings.all.push(ms);
    (/[\u1780-\u17FF]/.test(q) ? timings.khmer : q.length < 3 ? timings.short : timings.long).push(
      ms,
    );
  }
  const all = summarise(timings.all);
  const row = (label, s) => `| ${label} | ${s.n} | ${s.p50} | ${s.p95} | ${s.p99} | ${s.max} |`;
  const report = `## Search as you type (\`npm run bench:search\`)

Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}, PostgreSQL ${counts.pg} (shared_buffers ${counts.shared_buffers}), through the HTTP API
(signed in as an investigator, access control and validation on, sequential requests from 127.0.0.1),
\`GET /api/search?q=…&limit=10\`. Data: the national-scale synthetic world: ${Number(counts.brokers).toLocaleString('en')} brokers +
${Number(counts.victims).toLocaleString('en')} victims (= ${(Number(counts.brokers) + Number(counts.victims)).toLocaleString('en')} persons),
${Number(counts.links).toLocaleString('en')} links, ${Number(counts.places).toLocaleString('en')} places, ${Number(counts.search_entries).toLocaleString('en')} search keys.
Queries: prefixes as typed, whole names, misspellings ("Sokha" → "Sokhar"), Khmer-script prefixes, victim codes, village names;
${ROUNDS} measured after 30 warm-up requests; ${results} results returned in all.

| queries | n | p50 ms | p95 ms | p99 ms | max ms |
| --- | --: | --: | --: | --: | --: |
${row('all', all)}
${row('two letters (prefix index)', summarise(timings.short.length ? timings.short : [0]))}
${row('three letters or more (trigram)', summarise(timings.long.length ? timings.long : [0]))}
${row('Khmer script', summarise(timings.khmer.length ? timings.khmer : [0]))}

Target: p95 under 50 ms. ${all.p95 < 50 ? 'Met.' : '**Not met.**'}`;
  writeSection('bench:search', report);
  console.log(report);
} finally {
  await api.stop();
  server.stop();
}

/** A small deterministic generator, so that two runs send the same requests. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The statement SearchRepository.hits sends for a query of three letters or more (keep in step with it). */
/** Declared as functions: the mixed run starts (top-level await) before the rest of this file runs. */
function hitsSql() {
  return `SELECT record_kind AS kind, record_id AS id, field, text, restricted,
       CASE WHEN key = ANY($7::text[]) THEN 1.0 WHEN key LIKE $2 THEN 0.9
            WHEN key LIKE $3 THEN 0.8 ELSE similarity(key, $1) * 0.8 END AS score,
       key = ANY($7::text[]) AS exact
  FROM search_entries
 WHERE (key = ANY($7::text[]) OR key LIKE $3 OR key % $1) AND NOT archived
   AND record_kind = ANY($4::record_kind[]) AND (NOT restricted OR $5)
 ORDER BY score DESC, length(key) LIMIT $6`;
}
function KINDS() {
  return ['broker', 'victim', 'compound', 'place', 'route'];
}

/** The search key of a query as searchKey makes it for Latin text (the baseline's queries are Latin). */
function latinKey(q) {
  return q
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

function escapeLike(k) {
  return k.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The GIN pending list of the trigram index and the table's vacuum and analyze counters. */
async function indexState(db) {
  const { rows } = await db.query(
    `SELECT (SELECT pending_pages FROM pgstatginindex('idx_search_entries_key_trgm')) AS pending_pages,
            (SELECT reloptions FROM pg_class WHERE relname = 'idx_search_entries_key_trgm') AS options,
            autovacuum_count, autoanalyze_count, n_dead_tup
       FROM pg_stat_user_tables WHERE relname = 'search_entries'`,
  );
  return rows[0];
}

/**
 * 70% searches and 30% writes from MIXED_CLIENTS concurrent clients, bounded by MIXED_REQUESTS and
 * MIXED_SECONDS; meanwhile one connection runs the search's own SQL for the same queries (the
 * baseline: what PostgreSQL alone takes under the same load). Prints and records p50/p95 of both,
 * their ratio, p95 per 15-second window (phases show there), the GIN pending list and the load average.
 */
async function mixedLoad(api, url, queries, counts) {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  await db.query('CREATE EXTENSION IF NOT EXISTS pgstattuple');
  const latin = queries.filter((q) => !/[\u1780-\u17FF]/.test(q) && q.length >= 3);
  const before = await indexState(db);
  const loadBefore = loadAverage();
  const headers = { cookie: api.cookie, 'content-type': 'application/json' };
  const started = performance.now();
  const deadline = started + MIXED_SECONDS * 1000;
  const searches = [];
  const writes = [];
  const windows = new Map();
  const mine = [];
  let sent = 0;
  const failures = new Map();
  const failed = (status) => failures.set(status, (failures.get(status) ?? 0) + 1);
  let maxPending = Number(before.pending_pages);
  let running = true;

  async function write(rnd, n) {
    const name = `Bench Broker ${Math.floor(rnd() * 1e9).toString(36)}`;
    const own = mine.length && rnd() < 0.5 ? mine[Math.floor(rnd() * mine.length)] : null;
    const res = own
      ? await fetch(`${api.base}/api/brokers/${own.id}`, {
          method: 'PATCH',
          headers,
          body: JSON.stringify({ version: own.version, nameLatin: name, aliases: [`alias ${n}`] }),
        })
      : await fetch(`${api.base}/api/brokers`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ nameLatin: name, role: 'other' }),
        });
    const body = await res.json();
    if (res.ok) {
      if (own) own.version = body.version;
      else mine.push({ id: body.id, version: body.version });
    } else if (res.status !== 409) {
      failed(res.status);
    }
  }

  async function client(seed) {
    const rnd = prng(seed);
    while (running && sent < MIXED_REQUESTS && performance.now() < deadline) {
      const n = (sent += 1);
      const t0 = performance.now();
      if (rnd() < WRITE_SHARE) {
        await write(rnd, n);
        writes.push(performance.now() - t0);
      } else {
        const q = queries[Math.floor(rnd() * queries.length)];
        const res = await api.get(`/api/search?q=${encodeURIComponent(q)}&limit=10`);
        await res.json();
        if (!res.ok) failed(res.status);
        const ms = performance.now() - t0;
        searches.push(ms);
        const w = Math.floor((t0 - started) / 15000);
        windows.set(w, [...(windows.get(w) ?? []), ms]);
      }
    }
  }

  async function baseline() {
    const times = [];
    const bc = new pg.Client({ connectionString: url });
    await bc.connect();
    let i = 0;
    while (running) {
      const q = latin[i++ % latin.length];
      const key = latinKey(q);
      const t0 = performance.now();
      // As SearchRepository.hits: keys with digits get no trigram similarity.
      const sql = /\d/.test(key) ? hitsSql().replace(' OR key % $1)', ')') : hitsSql();
      await bc.query(sql, [
        key,
        `${escapeLike(key)}%`,
        `%${escapeLike(key)}%`,
        KINDS(),
        false,
        40,
        [key],
      ]);
      times.push(performance.now() - t0);
      // As often as one client searches, not flat out: the baseline must not be the load.
      await new Promise((r) => setTimeout(r, 20));
    }
    await bc.end();
    return times;
  }

  async function watch() {
    while (running) {
      await new Promise((r) => setTimeout(r, 2000));
      const state = await indexState(db);
      maxPending = Math.max(maxPending, Number(state.pending_pages));
    }
  }

  const base = baseline();
  const watcher = watch();
  await Promise.all(Array.from({ length: MIXED_CLIENTS }, (_, i) => client(i + 1)));
  running = false;
  const raw = await base;
  await watcher;
  const seconds = (performance.now() - started) / 1000;
  const after = await indexState(db);
  await db.end();

  const s = summarise(searches);
  const w = summarise(writes);
  const b = summarise(raw);
  const ratio = (x, y) => (y > 0 ? (x / y).toFixed(1) : '–');
  const windowRows = [...windows.entries()]
    .sort(([a], [c]) => a - c)
    .map(([i, ms]) => {
      const x = summarise(ms);
      return `| ${i * 15}–${i * 15 + 15} s | ${x.n} | ${x.p50} | ${x.p95} |`;
    })
    .join('\n');
  const report = `## Search under mixed load (\`npm run bench:search -- --mixed\`)

Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}, PostgreSQL ${counts.pg} (shared_buffers ${counts.shared_buffers}),
the same data and queries as above. ${MIXED_CLIENTS} clients on 127.0.0.1 send ${searches.length + writes.length} requests in ${seconds.toFixed(0)} s
(bounded by ${MIXED_REQUESTS} requests or ${MIXED_SECONDS} s): ${Math.round(WRITE_SHARE * 100)}% writes (a broker created, or one of
them renamed with a new alias, so that its search keys are deleted and written again), the rest
\`GET /api/search?q=…&limit=10\`. Meanwhile one connection sends the search's own SQL for the same
queries (the raw-SQL baseline: PostgreSQL alone, under the same load). Failed requests: ${failures.size ? JSON.stringify(Object.fromEntries(failures)) : 'none'}.
Load average before ${loadBefore}, after ${loadAverage()}.
Trigram index: options ${JSON.stringify(after.options)}, GIN pending list at most ${maxPending} pages;
autovacuum ${after.autovacuum_count - before.autovacuum_count} and autoanalyze ${after.autoanalyze_count - before.autoanalyze_count} runs on search_entries during the run.

| requests | n | p50 ms | p95 ms | p99 ms | max ms |
| --- | --: | --: | --: | --: | --: |
| search through the API | ${s.n} | ${s.p50} | ${s.p95} | ${s.p99} | ${s.max} |
| search, raw SQL baseline | ${b.n} | ${b.p50} | ${b.p95} | ${b.p99} | ${b.max} |
| writes through the API | ${w.n} | ${w.p50} | ${w.p95} | ${w.p99} | ${w.max} |

API over raw SQL: p50 × ${ratio(s.p50, b.p50)}, p95 × ${ratio(s.p95, b.p95)}.

| window | searches | p50 ms | p95 ms |
| --- | --: | --: | --: |
${windowRows}

Target: search p95 under 50 ms with 30% writes. ${s.p95 < 50 ? 'Met.' : '**Not met.**'}`;
  writeSection('bench:search-mixed', report);
  console.log(report);
}
