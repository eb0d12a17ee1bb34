// `npm run bench:graph`: the link-graph queries at national scale (250,000 persons, about 1.4 million
// links) and at ten times that, each measured three ways: through the HTTP API with access control on,
// as the same GraphService call in-process, and as the very SQL statements that call issued, replayed
// on one plain connection. Writes its figures into docs/benchmarks.md. Targets 127.0.0.1 only.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

import pg from 'pg';

import {
  benchServer,
  ensureData,
  machine,
  root,
  SERVER_SETTINGS,
  startApi,
  summarise,
  writeSection,
} from './bench-lib.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS || 200);
const SCALES = (process.env.BENCH_SCALES || 'national,tenfold').split(',');
const build = spawnSync(process.execPath, [path.join(root, 'tools/build-api.mjs')], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(1);

const require = createRequire(import.meta.url);
const dist = path.join(root, 'dist/apps/api/apps/api/src');
require('reflect-metadata');
const { createDataSource } = require(path.join(dist, 'database/data-source.js'));
const { GraphRepository } = require(path.join(dist, 'modules/graph/graph.repository.js'));
const { GraphService } = require(path.join(dist, 'modules/graph/graph.service.js'));
const { DatabaseInfo } = require(path.join(dist, 'database/database-info.js'));
const { Database } = require(path.join(dist, 'database/database.js'));
const { RecordKinds } = require(path.join(dist, 'common/records/record-kinds.js'));
const { RecordRefsService } = require(path.join(dist, 'common/records/record-refs.service.js'));
const { RecordsRepository } = require(path.join(dist, 'common/records/records.repository.js'));
// Each kind's label declaration, registered as its module does when the API starts.
const kinds = new RecordKinds();
for (const [file, name] of [
  ['brokers/brokers.repository.js', 'BROKER_KIND'],
  ['victims/victims.repository.js', 'VICTIM_KIND'],
  ['compounds/compounds.repository.js', 'COMPOUND_KIND'],
  ['places/places.repository.js', 'PLACE_KIND'],
  ['routes/routes.repository.js', 'ROUTE_KIND'],
]) {
  kinds.register(require(path.join(dist, 'modules', file))[name]);
}
const { ROLE_PERMISSIONS } = require(
  path.join(root, 'dist/apps/api/libs/shared/domain/src/index.js'),
);
const auth = {
  sessionId: 'bench',
  user: { id: 'bench', email: 'bench', displayName: 'bench', role: 'investigator' },
  permissions: ROLE_PERMISSIONS.investigator,
};
const filters = { hops: 3, limit: 500 };
const TARGETS = {
  national: { neighbourhood: 50, path: 30 },
  tenfold: { neighbourhood: 100, path: 150 },
};

async function time(fn) {
  const started = performance.now();
  const result = await fn();
  return [performance.now() - started, result];
}

/** Seeds and pairs drawn deterministically from the data. */
async function inputsFrom(url) {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const ids = async (sql, kind) =>
    (await db.query(sql, [ROUNDS])).rows.map((r) => `${kind}:${r.id}`);
  const brokers = await ids(`SELECT id FROM brokers ORDER BY md5(id::text) LIMIT $1`, 'broker');
  const victims = await ids(`SELECT id FROM victims ORDER BY md5(id::text) LIMIT $1`, 'victim');
  const compounds = await ids(
    `SELECT id FROM compounds ORDER BY md5(id::text) LIMIT $1`,
    'compound',
  );
  const villages = await ids(
    `SELECT id FROM places WHERE kind = 'village' AND id IN (SELECT home_place_id FROM victims) ORDER BY md5(id::text) LIMIT $1`,
    'place',
  );
  const isolated = (
    await db.query(
      `INSERT INTO brokers (name_latin, role, notes) VALUES ('Bench isolated broker', 'other', 'Synthetic: no links') RETURNING id`,
    )
  ).rows[0].id;
  await db.end();
  return { brokers, victims, compounds, villages, isolated };
}

async function measureScale(server, scale) {
  const dbName = scale === 'national' ? 'khsae_bench' : 'khsae_bench_10m';
  const { url, counts } = await ensureData(server.url, dbName, scale);
  const { brokers, victims, compounds, villages, isolated } = await inputsFrom(url);

  // The same service the API uses, in-process; every statement it sends is kept for the raw replay.
  const ds = createDataSource(url, 'server');
  await ds.initialize();
  let recording = null;
  const raw = new pg.Client({ connectionString: url });
  await raw.connect();
  // Every statement the service sends, whichever path it takes to the driver.
  const clientQuery = pg.Client.prototype.query;
  pg.Client.prototype.query = function (config, values, callback) {
    if (recording && this !== raw) {
      const text = typeof config === 'string' ? config : config.text;
      recording.push([text, typeof config === 'string' ? values : (config.values ?? values)]);
    }
    return clientQuery.call(this, config, values, callback);
  };
  const service = new GraphService(
    new Database(ds),
    new GraphRepository(ds, new DatabaseInfo('server')),
    new RecordRefsService(new RecordsRepository(kinds)),
  );
  const api = await startApi(url);
  const rows = [];
  let noPath;
  let nodesSeen = 0;
  let pathsFound = 0;
  try {
    const cases = [
      {
        name: '3-hop neighbourhood, capped at 500 nodes, with the links among them',
        target: TARGETS[scale].neighbourhood,
        inputs: brokers.map((seed, i) => (i % 2 ? victims[i] : seed)),
        viaApi: (seed) => api.get(`/api/graph/neighborhood?seeds=${seed}&hops=3&limit=500`),
        inProcess: (seed) => service.neighbourhood(auth, { seeds: [seed], ...filters }),
      },
      {
        name: 'shortest paths, up to 6 hops (victim → compound, broker → broker)',
        target: TARGETS[scale].path,
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
        name: 'village flows for a village',
        target: null,
        inputs: villages.slice(0, 30),
        viaApi: (v) => api.get(`/api/graph/village-flows?placeId=${v.split(':')[1]}`),
        inProcess: (v) => service.villageFlows(v.split(':')[1]),
      },
    ];
    for (const c of cases) {
      const apiMs = [];
      const inMs = [];
      const sqlMs = [];
      for (const [i, input] of c.inputs.entries()) {
        const [ms, res] = await time(() => c.viaApi(input));
        const body = await res.json();
        if (!res.ok) throw new Error(`${c.name}: ${res.status} ${JSON.stringify(body)}`);
        if (body.nodes) nodesSeen = Math.max(nodesSeen, body.nodes.length);
        if (body.found) pathsFound += 1;
        recording = [];
        const [inProcess] = await time(() => c.inProcess(input));
        const statements = recording;
        recording = null;
        const [sql] = await time(async () => {
          for (const [text, params] of statements) await raw.query(text, params);
        });
        if (i >= 5) {
          apiMs.push(ms);
          inMs.push(inProcess);
          sqlMs.push(sql);
        }
      }
      const a = summarise(apiMs);
      const p = summarise(inMs);
      const r = summarise(sqlMs);
      const verdict = c.target
        ? `< ${c.target} ms: ${a.p95 < c.target ? 'met' : '**not met**'}`
        : '–';
      rows.push(
        `| ${c.name} | ${a.n} | ${a.p50} | **${a.p95}** | ${p.p50} | ${p.p95} | ${r.p50} | ${r.p95} | ${(a.p95 / r.p95).toFixed(2)} | ${verdict} |`,
      );
      console.log(rows.at(-1));
    }
    const [noPathMs, body] = await time(async () =>
      (await api.get(`/api/graph/path?from=broker:${isolated}&to=${compounds[0]}`)).json(),
    );
    noPath = { ms: noPathMs, reason: body.reason };
  } finally {
    pg.Client.prototype.query = clientQuery;
    await api.stop();
    await ds.destroy();
    await raw.query(`DELETE FROM brokers WHERE id = $1`, [isolated]);
    await raw.end();
  }
  const persons = Number(counts.brokers) + Number(counts.victims);
  return `### ${scale === 'national' ? 'National scale' : 'Ten times national scale'}: ${persons.toLocaleString('en')} persons, ${Number(counts.links).toLocaleString('en')} links

| query | n | API p50 ms | API p95 ms | in-process p50 ms | in-process p95 ms | raw SQL p50 ms | raw SQL p95 ms | API / raw SQL (p95) | target (API p95) |
| --- | --: | --: | --: | --: | --: | --: | --: | --: | --- |
${rows.join('\n')}

Largest neighbourhood returned: ${nodesSeen} nodes; paths found: ${pathsFound} of ${ROUNDS}. A path search
with no path (an isolated broker to a compound) answered "${noPath.reason}" in ${Math.round(noPath.ms)} ms (limit: 2 s).`;
}

const server = await benchServer();
try {
  const sections = [];
  let pgVersion = '';
  for (const scale of SCALES) sections.push(await measureScale(server, scale));
  const c = new pg.Client({ connectionString: server.url });
  await c.connect();
  pgVersion = (await c.query(`SELECT current_setting('server_version') AS v`)).rows[0].v;
  await c.end();
  const report = `## Link graph (\`npm run bench:graph\`)

Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}, PostgreSQL ${pgVersion} with
${Object.entries(SERVER_SETTINGS)
  .map(([k, v]) => `${k} = ${v}`)
  .join(', ')} (the production settings of docker/compose.yml).
"API" is the HTTP request as the web app makes it (session, access guard, validation, JSON); "in-process" is
the same \`GraphService\` call without HTTP; "raw SQL" replays the statements that call sent, one after
another on one plain connection. Sequential requests from 127.0.0.1; the first 5 of each kind are warm-up.

${sections.join('\n\n')}`;
  writeSection('bench:graph', report);
  console.log(report);
} finally {
  server.stop();
}
