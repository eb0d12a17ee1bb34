// `npm run bench:search`: search-as-you-type latency through the HTTP API (signed in, access control on)
// with 250,000 persons stored. Writes its figures into docs/benchmarks.md. Targets 127.0.0.1 only.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

import pg from 'pg';

import {
  benchServer,
  ensureData,
  machine,
  root,
  startApi,
  summarise,
  writeSection,
} from './bench-lib.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS || 600);

const build = spawnSync(process.execPath, [path.join(root, 'tools/build-api.mjs')], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(1);
const server = await benchServer();
const { url, counts } = await ensureData(server.url, 'khsae_bench', 'national');

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

const api = await startApi(url);
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
