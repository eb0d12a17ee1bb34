// `npm run bench:graph`: the link-graph queries at national scale (250,000 persons, about 1.2 million
// links), through the HTTP API with access control on, and the same service calls in-process without
// HTTP, with their ratio. Writes its figures into docs/benchmarks.md. Targets 127.0.0.1 only.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

import pg from 'pg';

import {
  BENCH_URL,
  ensureNationalData,
  machine,
  root,
  startApi,
  summarise,
  writeSection,
} from './bench-lib.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS || 200);
const build = spawnSync(process.execPath, [path.join(root, 'tools/build-api.mjs')], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(1);
const counts = await ensureNationalData();

// Seeds and pairs drawn deterministically from the data.
const db = new pg.Client({ connectionString: BENCH_URL });
await db.connect();
const brokers = (
  await db.query(`SELECT id FROM brokers ORDER BY md5(id::text) LIMIT $1`, [ROUNDS])
).rows.map((r) => `broker:${r.id}`);
const victims = (
  await db.query(`SELECT id FROM victims ORDER BY md5(id::text) LIMIT $1`, [ROUNDS])
).rows.map((r) => `victim:${r.id}`);
const compounds = (await db.query(`SELECT id FROM compounds ORDER BY md5(id::text)`)).rows.map(
  (r) => `compound:${r.id}`,
);
const villages = (
  await db.query(
    `SELECT DISTINCT home_place_id AS id FROM victims WHERE home_place_id IS NOT NULL LIMIT 50`,
  )
).rows.map((r) => `place:${r.id}`);
const isolated = (
  await db.query(
    `INSERT INTO brokers (name_latin, role, notes) VALUES ('Bench isolated broker', 'other', 'Synthetic: no links') RETURNING id`,
  )
).rows[0].id;
await db.end();

// The same service the API uses, called in-process: what the queries cost without HTTP and Nest.
const require = createRequire(import.meta.url);
const dist = path.join(root, 'dist/apps/api/apps/api/src');
require('reflect-metadata');
const { createDataSource } = require(path.join(dist, 'database/data-source.js'));
const { GraphRepository } = require(path.join(dist, 'modules/graph/graph.repository.js'));
const { GraphService } = require(path.join(dist, 'modules/graph/graph.service.js'));
const { RecordRefsService } = require(path.join(dist, 'common/registry/record-refs.service.js'));
const { ROLE_PERMISSIONS } = require(
  path.join(root, 'dist/apps/api/libs/shared/domain/src/index.js'),
);
const ds = createDataSource(BENCH_URL, 'server');
await ds.initialize();
const service = new GraphService(ds, new GraphRepository(ds), new RecordRefsService());
const auth = {
  sessionId: 'bench',
  user: { id: 'bench', email: 'bench', displayName: 'bench', role: 'investigator' },
  permissions: ROLE_PERMISSIONS.investigator,
};
const filters = { hops: 3, limit: 500 };

async function time(fn) {
  const started = performance.now();
  const result = await fn();
  return [performance.now() - started, result];
}

const api = await startApi();
const rows = [];
try {
  const cases = [
    {
      name: '3-hop neighbourhood, capped at 500 nodes, with the links among them',
      target: 50,
      inputs: brokers.map((seed, i) => (i % 2 ? victims[i] : seed)),
      viaApi: (seed) => api.get(`/api/graph/neighborhood?seeds=${seed}&hops=3&limit=500`),
      inProcess: (seed) => service.neighbourhood(auth, { seeds: [seed], ...filters }),
    },
    {
      name: 'shortest paths, up to 6 hops (victim → compound, broker → broker)',
      target: 30,
      inputs: victims.map((v, i) =>
        i % 2
          ? [v, compounds[i % compounds.length]]
          : [brokers[i], brokers[(i + 7) % brokers.length]],
      ),
      viaApi: ([from, to]) => api.get(`/api/graph/path?from=${from}&to=${to}&maxHops=6`),
      inProcess: ([from, to]) => service.path(auth, { from, to, maxHops: 6 }),
    },
    {
      name: 'key players (degree + betweenness) on a 500-node neighbourhood',
      target: 300,
      inputs: brokers.slice(0, 30),
      viaApi: (seed) => api.get(`/api/graph/key-players?seeds=${seed}&hops=3&limit=500`),
      inProcess: (seed) => service.keyPlayers(auth, { seeds: [seed], ...filters }),
    },
    {
      name: 'village flows for a province',
      target: null,
      inputs: villages.slice(0, 30),
      viaApi: (village) => api.get(`/api/graph/village-flows?placeId=${village.split(':')[1]}`),
      inProcess: (village) => service.villageFlows(village.split(':')[1]),
    },
  ];
  let nodesSeen = 0;
  let pathsFound = 0;
  for (const c of cases) {
    const apiMs = [];
    const rawMs = [];
    for (const [i, input] of c.inputs.entries()) {
      const [ms, res] = await time(() => c.viaApi(input));
      const body = await res.json();
      if (!res.ok) throw new Error(`${c.name}: ${res.status} ${JSON.stringify(body)}`);
      if (body.nodes) nodesSeen = Math.max(nodesSeen, body.nodes.length);
      if (body.found) pathsFound += 1;
      const [raw] = await time(() => c.inProcess(input));
      if (i >= 5) {
        apiMs.push(ms);
        rawMs.push(raw);
      }
    }
    const a = summarise(apiMs);
    const r = summarise(rawMs);
    rows.push(
      `| ${c.name} | ${a.n} | ${a.p50} | **${a.p95}** | ${r.p50} | ${r.p95} | ${(a.p95 / r.p95).toFixed(2)} | ${c.target ? `< ${c.target} ms: ${a.p95 < c.target ? 'met' : '**not met**'}` : '–'} |`,
    );
  }
  const [noPathMs, noPath] = await time(async () =>
    (await api.get(`/api/graph/path?from=broker:${isolated}&to=${compounds[0]}`)).json(),
  );
  const report = `## Link graph (\`npm run bench:graph\`)

Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}, PostgreSQL ${counts.pg}. Data: the national-scale synthetic world,
${(Number(counts.brokers) + Number(counts.victims)).toLocaleString('en')} persons and ${Number(counts.links).toLocaleString('en')} links.
"API" is the HTTP request as the web app makes it (session, access guard, validation, JSON);
"in-process" is the same \`GraphService\` call without HTTP. Sequential requests from 127.0.0.1, first 5 of each kind discarded as warm-up.
Largest neighbourhood returned: ${nodesSeen} nodes; paths found: ${pathsFound} of ${cases[1].inputs.length}.

| query | n | API p50 ms | API p95 ms | in-process p50 ms | in-process p95 ms | API / in-process (p95) | target |
| --- | --: | --: | --: | --: | --: | --: | --- |
${rows.join('\n')}

A path search with no path (an isolated broker to a compound) answered "${noPath.reason}" in ${Math.round(noPathMs)} ms (limit: 2 s).
The 10,000,000-link scale is not part of this run: generating it takes far longer than the rest of the
benchmark; see "Not measured yet" below.`;
  writeSection('bench:graph', report);
  console.log(report);
} finally {
  await api.stop();
  await ds.destroy();
  const c = new pg.Client({ connectionString: BENCH_URL });
  await c.connect();
  await c.query(`DELETE FROM brokers WHERE id = $1`, [isolated]);
  await c.end();
}
