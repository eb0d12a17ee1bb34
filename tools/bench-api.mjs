// `npm run bench:api`: the API's hot paths (issue 8, section 6). Creating and changing a broker, and
// pages of the brokers list, through the HTTP API as the web app calls it (signed in as an
// investigator with a real session cookie, access control, validation, audit), each beside a plain
// baseline measured in the same run: a plain `pg` transaction writing the same rows, and a bare
// `node:http` + `pg` server that signs the caller in the same way, sends the same SQL and answers
// byte-identical JSON. Counts the database round trips of each request at the API's driver. Writes
// its figures into docs/benchmarks.md. Everything on 127.0.0.1; every loop is bounded in count or time.
import { execFileSync, fork } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import pg from 'pg';

import {
  benchServer,
  buildPrivateApi,
  ensureData,
  loadAverage,
  machine,
  root,
  SERVER_SETTINGS,
  startApi,
  summarise,
  writeSection,
} from './bench-lib.mjs';

const env = (name, fallback) => Number(process.env[name] || fallback);
const CREATES = env('BENCH_CREATES', 1000);
const WARMUP = env('BENCH_WARMUP', 50);
const BLOCK = env('BENCH_BLOCK', 100); // API and plain alternate in blocks of this many writes
const PROBES = env('BENCH_PROBES', 20); // requests whose statements are recorded at the driver
const CONNECTIONS = env('BENCH_CONNECTIONS', 20);
const SECONDS = env('BENCH_SECONDS', 10);
const ROUNDS = env('BENCH_LIST_ROUNDS', 3); // API and bare server alternate, this many times each
const BROKERS = env('BENCH_BROKERS', 250_000);
const API_PORT = env('BENCH_API_PORT', 3291);
const BARE_PORT = env('BENCH_BARE_PORT', 3292);
const EXACT_COUNT_LIMIT = 1000; // apps/api/src/common/http/page.dto.ts
const MARK = 'Synthetic: bench:api'; // every broker this script writes, removed at the next run
const SESSION_COOKIE = 'khsae_session';
const LISTS = [
  { name: 'first page of 50', path: '/api/brokers?page=1&pageSize=50' },
  {
    name: 'filtered: role=local_recruiter',
    path: '/api/brokers?page=1&pageSize=50&role=local_recruiter',
  },
  { name: 'deep page (page 1,000 of 50)', path: '/api/brokers?page=1000&pageSize=50' },
];

const ratio = (a, b) => (b ? (a / b).toFixed(2) : '–');
const round1 = (v) => Math.round(v * 10) / 10;
const sum = (xs) => xs.reduce((a, b) => a + b, 0);

// ---------------------------------------------------------------------------------------------------
// The bare server: `node tools/bench-api.mjs --bare-server`, forked by the benchmark (see the end of
// this file). It learns the statements to send (captured from the API) over its IPC channel.

async function bareServer() {
  const spec = await new Promise((resolve) => process.once('message', resolve));
  const require = createRequire(import.meta.url);
  const { permissionsOf } = require(path.join(spec.dist, 'libs/shared/domain/src/index.js'));
  // The API's pool, as apps/api/src/database/data-source.ts configures it for a server.
  const pool = new pg.Pool({
    connectionString: spec.url,
    max: 10,
    statement_timeout: 30_000,
    options: '-c max_parallel_workers_per_gather=0',
  });
  const send = (res, status, body) => {
    const text = JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
    });
    res.end(text);
  };
  const tokenOf = (header = '') => {
    for (const pair of header.split(';')) {
      const i = pair.indexOf('=');
      if (i > 0 && pair.slice(0, i).trim() === SESSION_COOKIE)
        return decodeURIComponent(pair.slice(i + 1).trim());
    }
    return undefined;
  };
  const place = (ref) => {
    if (!ref) return null;
    const { archived: _archived, ...summary } = ref;
    return summary;
  };
  const iso = (d) => (d ? d.toISOString() : null);
  // A row as the API's statement returns it: the table's columns, prefixed by the alias (`b_ref_code`)
  // when TypeORM's query builder wrote the statement.
  const broker = (r) => {
    const c = 'b_id' in r ? (name) => r[`b_${name}`] : (name) => r[name];
    return {
      id: c('id'),
      version: c('version'),
      createdAt: iso(c('created_at')),
      updatedAt: iso(c('updated_at')),
      createdBy: c('created_by'),
      archivedAt: iso(c('archived_at')),
      refCode: c('ref_code'),
      nameKm: c('name_km'),
      nameLatin: c('name_latin'),
      aliases: c('aliases'),
      sex: c('sex'),
      birthYear: c('birth_year'),
      nationality: c('nationality'),
      homePlace: place(r.home_place),
      role: c('role'),
      legalStatus: c('legal_status'),
      notes: c('notes'),
    };
  };

  const server = http.createServer(async (req, res) => {
    try {
      const route = spec.routes[req.url];
      if (!route) return send(res, 404, { statusCode: 404, message: 'Not Found' });
      // Signed in as the API signs in (apps/api/src/modules/auth/sessions.service.ts), with the
      // statement it sends: the session by the hash of the cookie's token, with its user, every request.
      const token = tokenOf(req.headers.cookie);
      const session =
        token && token.length <= 200
          ? (await pool.query(spec.session, [createHash('sha256').update(token).digest('hex')]))
              .rows[0]
          : undefined;
      // The user is the row itself or its `account` column, as the API's statement answers it.
      const user = session && ('account' in session ? session.account : session);
      if (!user?.role) return send(res, 401, { statusCode: 401, message: 'Sign in to continue.' });
      if (!permissionsOf(user.role)?.includes('brokers:read'))
        return send(res, 403, { statusCode: 403, message: 'Your role does not allow this.' });
      // The page with its capped count; beyond the cap, the planner's estimate (database/paging.ts).
      const { rows } = await pool.query(route.page.text, route.page.values);
      let total = Number(rows[0]?.page_total_capped ?? 0);
      let totalExact = true;
      if (total > EXACT_COUNT_LIMIT) {
        const plan = (await pool.query(route.explain.text, route.explain.values)).rows;
        const estimate = Math.round(plan[0]?.['QUERY PLAN'][0]?.Plan['Plan Rows'] ?? 0);
        total = Math.max(estimate, EXACT_COUNT_LIMIT + 1);
        totalExact = false;
      }
      send(res, 200, {
        items: rows.map(broker),
        page: route.pageNo,
        pageSize: route.pageSize,
        total,
        totalExact,
      });
    } catch (err) {
      send(res, 500, { statusCode: 500, message: String(err?.message ?? err) });
    }
  });
  server.keepAliveTimeout = 30_000;
  server.listen(spec.port, '127.0.0.1', () => process.send('listening'));
  process.on('message', async (m) => {
    if (m === 'cpu') process.send({ cpu: process.cpuUsage() });
    if (m !== 'stop') return;
    server.close();
    server.closeAllConnections();
    await pool.end();
    process.exit(0);
  });
}

// ---------------------------------------------------------------------------------------------------
// HTTP from the benchmark: node:http over keep-alive connections, bodies counted, not parsed.

function request(agent, port, method, urlPath, { cookie, body, keep = false } = {}) {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path: urlPath,
        agent,
        headers: {
          ...(cookie ? { cookie } : {}),
          ...(payload
            ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }
            : {}),
        },
      },
      (res) => {
        const chunks = [];
        let bytes = 0;
        res.on('data', (c) => {
          bytes += c.length;
          if (keep) chunks.push(c);
        });
        res.on('end', () =>
          resolve({
            status: res.statusCode,
            headers: res.headers,
            bytes,
            body: keep ? Buffer.concat(chunks) : null,
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

/**
 * `connections` clients, each sending its next request when the last is answered, for `seconds`; with
 * the server's process (`child`), also the CPU time that process spent per request answered.
 */
async function load(port, urlPath, cookie, seconds, child, connections = CONNECTIONS) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const cpuBefore = child && (await ask(child, 'cpu')).cpu;
  const latencies = [];
  let errors = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  const client = async () => {
    while (performance.now() < until) {
      const t = performance.now();
      const res = await request(agent, port, 'GET', urlPath, { cookie });
      if (res.status === 200) latencies.push(performance.now() - t);
      else errors += 1;
    }
  };
  await Promise.all(Array.from({ length: connections }, client));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  const cpuAfter = child && (await ask(child, 'cpu')).cpu;
  const cpuMs = child
    ? (cpuAfter.user + cpuAfter.system - cpuBefore.user - cpuBefore.system) /
      1000 /
      latencies.length
    : null;
  return { requests: latencies.length, rps: latencies.length / elapsed, latencies, errors, cpuMs };
}

// ---------------------------------------------------------------------------------------------------
// The API process carries a probe (`node --require`): every statement its `pg` clients send, with
// the time to its answer, is recorded between 'start' and 'stop' messages.

function writeProbe(dist) {
  const file = path.join(dist, 'bench-probe.cjs');
  writeFileSync(
    file,
    `'use strict';
// Written by tools/bench-api.mjs: records the statements this process sends, when asked.
const pg = require('pg');
let recording = null;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (config, values, callback) {
  if (!recording) return query.call(this, config, values, callback);
  const text = typeof config === 'string' ? config : config.text;
  const params = typeof config === 'string' ? values : (config.values ?? values);
  const entry = { text, values: typeof params === 'function' ? undefined : params, ms: null };
  recording.push(entry);
  const started = performance.now();
  const done = () => { entry.ms = performance.now() - started; };
  // The pool passes a callback (values or callback position); a client alone returns a promise.
  if (typeof values === 'function') { const cb = values; values = (...a) => { done(); cb(...a); }; }
  else if (typeof callback === 'function') { const cb = callback; callback = (...a) => { done(); cb(...a); }; }
  const result = query.call(this, config, values, callback);
  if (result && typeof result.then === 'function') result.then(done, done);
  return result;
};
process.on('message', (m) => {
  if (m === 'cpu') process.send({ cpu: process.cpuUsage() });
  if (m === 'start') { recording = []; process.send('started'); }
  if (m === 'stop') {
    // Let the last answers' callbacks run, then report.
    setImmediate(() => { const r = recording; recording = null; process.send(r); });
  }
});
`,
  );
  return file;
}

function ask(child, message) {
  return new Promise((resolve) => {
    child.once('message', resolve);
    child.send(message);
  });
}

/** The statements the API sends for `fn`'s request(s), as recorded by its probe. */
async function recorded(api, fn) {
  await ask(api.child, 'start');
  const started = performance.now();
  const result = await fn();
  const ms = performance.now() - started;
  const statements = await ask(api.child, 'stop');
  return { result, statements, ms };
}

const short = (sql) => sql.replace(/\s+/g, ' ').trim().slice(0, 90);
/** A request's statements in a few words each: `START TRANSACTION` → `WITH p0 AS (INSERT INTO brokers …`. */
const trips = (r) =>
  r.statements
    .map((s) => {
      const text = s.text.replace(/\s+/g, ' ').trim();
      const words = /FROM sessions/.test(text) ? 'the session lookup' : text.slice(0, 40);
      return `\`${words}${words.length < text.length && !/session/.test(words) ? ' …' : ''}\``;
    })
    .join(' → ');

// ---------------------------------------------------------------------------------------------------
// Data: the national world (tools/bench-lib.mjs's seed) copied into khsae_bench_api, its brokers
// table grown in SQL to BROKERS brokers, so that counting a page's total costs what it would.

async function brokersDatabase(baseUrl, nationalUrl, dist) {
  const name = 'khsae_bench_api';
  const url = Object.assign(new URL(baseUrl), { pathname: `/${name}` }).toString();
  const admin = new pg.Client({
    connectionString: Object.assign(new URL(baseUrl), { pathname: '/postgres' }).toString(),
  });
  await admin.connect();
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]))
    .rowCount;
  if (!exists) {
    console.log(`copying ${new URL(nationalUrl).pathname.slice(1)} to ${name}…`);
    await admin.query(
      `CREATE DATABASE "${name}" TEMPLATE "${new URL(nationalUrl).pathname.slice(1)}"`,
    );
  }
  await admin.end();
  execFileSync(process.execPath, [path.join(dist, 'migrate.js')], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: url },
  });
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    // What an earlier run wrote goes (its audit rows stay: the trail is append-only).
    await c.query(
      `DELETE FROM search_entries WHERE record_id IN (SELECT id FROM brokers WHERE notes LIKE $1)`,
      [`${MARK}%`],
    );
    const removed = (await c.query(`DELETE FROM brokers WHERE notes LIKE $1`, [`${MARK}%`]))
      .rowCount;
    if (removed) console.log(`removed ${removed} brokers an earlier run wrote`);
    const have = Number((await c.query(`SELECT count(*) AS n FROM brokers`)).rows[0].n);
    if (have < BROKERS) {
      console.log(`growing brokers from ${have} to ${BROKERS} in SQL…`);
      const t = performance.now();
      await c.query('BEGIN');
      // Copies of the national world's own brokers under derived ids (md5 of id and copy number).
      await c.query(
        `CREATE TEMP TABLE grown ON COMMIT DROP AS
         SELECT b.id AS old_id, md5(b.id::text || ':' || k)::uuid AS id, b.ref_code || '-' || k AS ref_code
           FROM brokers b CROSS JOIN generate_series(1, 100) AS k
          WHERE b.ref_code ~ '^B-[0-9]+$'
            AND NOT EXISTS (SELECT 1 FROM brokers x WHERE x.id = md5(b.id::text || ':' || k)::uuid)
          ORDER BY k, b.ref_code
          LIMIT $1`,
        [BROKERS - have],
      );
      await c.query(
        `INSERT INTO brokers (id, ref_code, name_km, name_latin, aliases, sex, birth_year, nationality,
                              home_place_id, role, legal_status, notes, created_at, updated_at)
         SELECT g.id, g.ref_code, b.name_km, b.name_latin, b.aliases, b.sex, b.birth_year, b.nationality,
                b.home_place_id, b.role, b.legal_status, b.notes, b.created_at, b.updated_at
           FROM grown g JOIN brokers b ON b.id = g.old_id`,
      );
      await c.query(
        `INSERT INTO search_entries (record_kind, record_id, field, source, text, key, restricted, archived)
         SELECT s.record_kind, g.id, s.field, s.source,
                CASE WHEN s.field = 'code' THEN g.ref_code ELSE s.text END,
                CASE WHEN s.field = 'code' THEN lower(replace(g.ref_code, '-', '')) ELSE s.key END,
                s.restricted, s.archived
           FROM grown g JOIN search_entries s ON s.record_id = g.old_id`,
      );
      await c.query('COMMIT');
      console.log(`  done in ${Math.round((performance.now() - t) / 1000)} s`);
    }
    await c.query('VACUUM (ANALYZE) brokers, search_entries, audit_events, sessions, places');
    await c.query('CREATE EXTENSION IF NOT EXISTS pg_prewarm');
    await c.query(
      `SELECT pg_prewarm(r) FROM unnest(ARRAY['brokers', 'pk_brokers', 'uq_brokers_ref_code', 'places',
         'pk_places', 'sessions', 'users']::regclass[]) AS r`,
    );
    const counts = (
      await c.query(`SELECT (SELECT count(*) FROM brokers) AS brokers,
                            (SELECT count(*) FROM brokers WHERE role = 'local_recruiter' AND archived_at IS NULL) AS recruiters,
                            (SELECT count(*) FROM search_entries) AS search_entries,
                            current_setting('server_version') AS pg`)
    ).rows[0];
    const villages = (
      await c.query(
        `SELECT id FROM places WHERE kind = 'village' AND archived_at IS NULL ORDER BY code LIMIT 200`,
      )
    ).rows.map((r) => r.id);
    const user = (
      await c.query(`SELECT id, email, role FROM users WHERE email = 'bench@bench.local'`)
    ).rows[0];
    return { url, counts, villages, user };
  } finally {
    await c.end();
  }
}

// ---------------------------------------------------------------------------------------------------
// The plain `pg` baseline for writes: one transaction per write, one statement per row, as a
// hand-written service would send them.

function plainWriter(url, user, searchKey) {
  const client = new pg.Client({ connectionString: url });
  const returning = `*, (SELECT json_build_object('id', p.id, 'kind', p.kind, 'code', p.code, 'nameKm', p.name_km,
      'nameLatin', p.name_latin, 'pathLatin', p.path_latin, 'pathKm', p.path_km,
      'countryCode', p.country_code, 'archived', p.archived_at IS NOT NULL)
       FROM places p WHERE p.id = home_place_id) AS home_place`;
  // [field, source, text] of each searchable property of a broker, as the API keys them.
  const keys = (entries) =>
    entries
      .filter(([, , text]) => text?.trim())
      .map(([field, source, text]) => [field, source, text.trim(), searchKey(text.trim())])
      .filter(([, , , key]) => key);
  const allKeys = (row) =>
    keys([
      ['name', 'nameLatin', row.name_latin],
      ['name', 'nameKm', row.name_km],
      ...row.aliases.map((a) => ['alias', 'aliases', a]),
      ['code', 'refCode', row.ref_code],
    ]);
  const searchRows = (id, k) =>
    client.query(
      `INSERT INTO search_entries (record_kind, record_id, field, source, text, key)
       SELECT 'broker', $1, f, s, t, k FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS x(f, s, t, k)`,
      [id, k.map((e) => e[0]), k.map((e) => e[1]), k.map((e) => e[2]), k.map((e) => e[3])],
    );
  const audit = (action, id, details) =>
    client.query(
      `INSERT INTO audit_events (action, outcome, request_id, client_ip, user_agent, actor_user_id, actor_email,
                                 actor_role, resource_type, resource_ids, details)
       VALUES ($1, 'success', $2, '127.0.0.1', NULL, $3, $4, $5, 'broker', $6, $7)`,
      [action, randomUUID(), user.id, user.email, user.role, [id], JSON.stringify(details)],
    );
  return {
    connect: () => client.connect(),
    end: () => client.end(),
    /** BEGIN; INSERT … RETURNING; INSERT its search keys; INSERT the audit row; COMMIT. */
    async create(b) {
      await client.query('BEGIN');
      const [row] = (
        await client.query(
          `INSERT INTO brokers (name_km, name_latin, aliases, sex, birth_year, nationality, home_place_id, role, notes, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${returning}`,
          [
            b.nameKm,
            b.nameLatin,
            b.aliases,
            b.sex,
            b.birthYear,
            b.nationality,
            b.homePlaceId,
            b.role,
            b.notes,
            user.id,
          ],
        )
      ).rows;
      await searchRows(row.id, allKeys(row));
      await audit('create', row.id, {});
      await client.query('COMMIT');
      return row;
    },
    /** BEGIN; UPDATE … WHERE version RETURNING; DELETE and INSERT the changed name's keys; the audit row; COMMIT. */
    async update(id, version, changes) {
      await client.query('BEGIN');
      const [row] = (
        await client.query(
          `UPDATE brokers SET name_latin = $3, notes = $4, version = version + 1, updated_at = now()
            WHERE id = $1 AND version = $2 AND archived_at IS NULL RETURNING ${returning}`,
          [id, version, changes.nameLatin, changes.notes],
        )
      ).rows;
      if (!row) throw new Error(`plain update of ${id} matched nothing`);
      await client.query(
        `DELETE FROM search_entries WHERE record_id = $1 AND source = ANY($2::text[])`,
        [id, ['nameLatin']],
      );
      await searchRows(id, keys([['name', 'nameLatin', changes.nameLatin]]));
      await audit('update', id, { changed: Object.keys(changes) });
      await client.query('COMMIT');
      return row;
    },
  };
}

// ---------------------------------------------------------------------------------------------------

async function main() {
  const dist = buildPrivateApi();
  const require = createRequire(import.meta.url);
  const { searchKey, BROKER_ROLES } = require(path.join(dist, 'libs/shared/domain/src/index.js'));
  const server = await benchServer();
  let api;
  let bare;
  try {
    const national = await ensureData(server.url, 'khsae_bench', 'national', { dist });
    const { url, counts, villages, user } = await brokersDatabase(server.url, national.url, dist);
    console.log(
      `data: ${Number(counts.brokers).toLocaleString('en')} brokers; load average ${loadAverage()}`,
    );
    api = await startApi(url, API_PORT, {
      dist,
      execArgv: ['--require', writeProbe(dist)],
      ipc: true,
    });
    const cookie = api.cookie;
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const brokerBody = (i, kind) => ({
      nameLatin: `Bench ${kind} ${i}`,
      nameKm: 'សុខ សុខា',
      aliases: [`Ma ${kind} ${i}`, `Bong ${i}`],
      sex: 'male',
      birthYear: 1960 + (i % 45),
      nationality: 'KH',
      homePlaceId: villages[i % villages.length],
      role: BROKER_ROLES[i % BROKER_ROLES.length],
      notes: `${MARK}: ${kind} create`,
    });
    const apiCreate = async (i) => {
      const res = await request(agent, API_PORT, 'POST', '/api/brokers', {
        cookie,
        body: brokerBody(i, 'api'),
        keep: true,
      });
      if (res.status !== 201) throw new Error(`create: ${res.status} ${res.body}`);
      return JSON.parse(res.body);
    };
    const apiUpdate = async (b) => {
      const res = await request(agent, API_PORT, 'PATCH', `/api/brokers/${b.id}`, {
        cookie,
        body: {
          version: b.version,
          nameLatin: `${b.nameLatin} changed`,
          notes: `${MARK}: api update`,
        },
        keep: true,
      });
      if (res.status !== 200) throw new Error(`update: ${res.status} ${res.body}`);
      return JSON.parse(res.body);
    };
    const plain = plainWriter(url, user, searchKey);
    await plain.connect();
    const plainUpdate = (row) =>
      plain.update(row.id, row.version, {
        nameLatin: `${row.name_latin} changed`,
        notes: `${MARK}: plain update`,
      });

    // --- Writes: API and plain alternate in blocks, so that both see the same machine. ---
    const timed = async (fn) => {
      const t = performance.now();
      const r = await fn();
      return [performance.now() - t, r];
    };
    for (let i = 0; i < WARMUP; i += 1) {
      await apiUpdate(await apiCreate(100_000 + i));
      await plainUpdate(await plain.create(brokerBody(100_000 + i, 'plain')));
    }
    const writes = {
      create: { api: [], plain: [], load: [] },
      update: { api: [], plain: [], load: [] },
    };
    const apiRows = [];
    const plainRows = [];
    for (const op of ['create', 'update']) {
      for (let block = 0; block * BLOCK < CREATES; block += 1) {
        const ids = Array.from(
          { length: Math.min(BLOCK, CREATES - block * BLOCK) },
          (_, k) => block * BLOCK + k,
        );
        const runApi = async () => {
          for (const i of ids) {
            const [ms, b] = await timed(() =>
              op === 'create' ? apiCreate(i) : apiUpdate(apiRows[i]),
            );
            writes[op].api.push(ms);
            if (op === 'create') apiRows[i] = b;
          }
        };
        const runPlain = async () => {
          for (const i of ids) {
            const [ms, row] = await timed(() =>
              op === 'create' ? plain.create(brokerBody(i, 'plain')) : plainUpdate(plainRows[i]),
            );
            writes[op].plain.push(ms);
            if (op === 'create') plainRows[i] = row;
          }
        };
        // Alternate which goes first, so that neither always follows the other.
        if (block % 2) {
          await runPlain();
          await runApi();
        } else {
          await runApi();
          await runPlain();
        }
        writes[op].load.push(os.loadavg()[0]);
      }
      const a = summarise(writes[op].api);
      const p = summarise(writes[op].plain);
      console.log(
        `${op}: API ${(sum(writes[op].api) / 1000).toFixed(2)} s (p50 ${a.p50} ms), plain ${(sum(writes[op].plain) / 1000).toFixed(2)} s (p50 ${p.p50} ms), ratio ${ratio(sum(writes[op].api), sum(writes[op].plain))}; load average ${loadAverage()}`,
      );
    }

    // --- Round trips: the statements the API sent for a few more writes, at its driver. ---
    const probeOf = async (fn) => {
      const samples = [];
      for (let i = 0; i < PROBES; i += 1) {
        const { ms, statements } = await recorded(api, () => fn(i));
        samples.push({ ms, statements });
      }
      return samples;
    };
    const probed = [];
    const createProbes = await probeOf(async (i) => {
      probed[i] = await apiCreate(CREATES + i);
    });
    const updateProbes = await probeOf((i) => apiUpdate(probed[i]));

    // --- List pages: the API's statements for each, for the bare server to send. ---
    const routes = {};
    let sessionSql;
    const listProbes = {};
    for (const list of LISTS) {
      const samples = await probeOf(() =>
        request(agent, API_PORT, 'GET', list.path, { cookie, keep: true }),
      );
      const { statements } = samples.at(-1);
      listProbes[list.path] = samples;
      const session = statements.find((s) => /FROM sessions/.test(s.text));
      // The general rate limit's count is the API's own work: the bare server does not send it.
      const rest = statements.filter((s) => s !== session && !/rate_limit_hits/.test(s.text));
      if (!session || !rest.length || !/page_total_capped/.test(rest[0].text))
        throw new Error(
          `unexpected statements for ${list.path}:\n${statements.map((s) => short(s.text)).join('\n')}`,
        );
      sessionSql = session.text;
      const q = new URL(list.path, 'http://x').searchParams;
      routes[list.path] = {
        pageNo: Number(q.get('page')),
        pageSize: Number(q.get('pageSize')),
        page: { text: rest[0].text, values: rest[0].values ?? [] },
        explain: rest[1] && { text: rest[1].text, values: rest[1].values ?? [] },
      };
    }
    // BENCH_DUMP=file: the statements captured for each page, to read or EXPLAIN by hand.
    if (process.env.BENCH_DUMP)
      writeFileSync(
        process.env.BENCH_DUMP,
        JSON.stringify({ session: sessionSql, routes }, null, 2),
      );
    bare = fork(fileURLToPath(import.meta.url), ['--bare-server'], { stdio: 'inherit' });
    await ask(bare, { dist, url, port: BARE_PORT, session: sessionSql, routes });

    // Byte-identical answers, or no comparison at all.
    for (const list of LISTS) {
      const one = new http.Agent({ keepAlive: false });
      const a = await request(one, API_PORT, 'GET', list.path, { cookie, keep: true });
      const b = await request(one, BARE_PORT, 'GET', list.path, { cookie, keep: true });
      if (a.status !== 200 || !a.body.equals(b.body)) {
        let at = 0;
        while (at < a.body.length && a.body[at] === b.body[at]) at += 1;
        throw new Error(
          `${list.path}: the bare server's answer differs from the API's at byte ${at} (API ${a.status}, ${a.body.length} bytes; bare ${b.status}, ${b.body.length} bytes):\n` +
            `API:  …${a.body.subarray(Math.max(0, at - 80), at + 80)}\nbare: …${b.body.subarray(Math.max(0, at - 80), at + 80)}`,
        );
      }
      routes[list.path].bytes = a.body.length;
      routes[list.path].total = JSON.parse(a.body).total;
      console.log(`${list.path}: byte-identical (${a.body.length} bytes)`);
    }

    const lists = [];
    for (const list of LISTS) {
      const runs = { api: [], bare: [], load: [] };
      await load(API_PORT, list.path, cookie, 2); // warm-up
      await load(BARE_PORT, list.path, cookie, 2);
      for (let r = 0; r < ROUNDS; r += 1) {
        const order = r % 2 ? ['bare', 'api'] : ['api', 'bare'];
        for (const who of order) {
          const result = await load(
            who === 'api' ? API_PORT : BARE_PORT,
            list.path,
            cookie,
            SECONDS,
            who === 'api' ? api.child : bare,
          );
          if (result.errors) throw new Error(`${who} ${list.path}: ${result.errors} errors`);
          runs[who].push(result);
          runs.load.push(os.loadavg()[0]);
          console.log(
            `${list.path} ${who}: ${Math.round(result.rps)} req/s, ${result.cpuMs.toFixed(2)} ms of its CPU per request; load average ${loadAverage()}`,
          );
        }
      }
      lists.push({ ...list, runs });
    }

    // --- The report. ---
    const rtOf = (samples) => {
      const n = samples.map((s) => s.statements.length);
      const sql = samples.map((s) => sum(s.statements.map((x) => x.ms ?? 0)));
      return {
        min: Math.min(...n),
        max: Math.max(...n),
        sqlMs: round1(summarise(sql).p50),
        ms: round1(summarise(samples.map((s) => s.ms)).p50),
        statements: samples.at(-1).statements,
      };
    };
    const rt = {
      create: rtOf(createProbes),
      update: rtOf(updateProbes),
      ...Object.fromEntries(LISTS.map((l) => [l.path, rtOf(listProbes[l.path])])),
    };
    const rtText = (r) => (r.min === r.max ? `${r.min}` : `${r.min}–${r.max}`);
    for (const [name, r] of Object.entries(rt)) {
      console.log(`\n${name}: ${rtText(r)} round trips`);
      for (const s of r.statements) console.log(`  ${(s.ms ?? 0).toFixed(2)} ms  ${short(s.text)}`);
    }
    const loadText = (xs) => {
      const v = xs.map(Number);
      return `${Math.min(...v).toFixed(1)}–${Math.max(...v).toFixed(1)}`;
    };
    const writeRows = ['create', 'update'].map((op) => {
      const w = writes[op];
      const a = summarise(w.api);
      const p = summarise(w.plain);
      const r = sum(w.api) / sum(w.plain);
      const plainTrips = op === 'create' ? 5 : 6;
      return {
        r,
        line: `| ${op === 'create' ? 'create a broker (POST)' : 'change a broker (PATCH with version)'} | ${w.api.length} | **${(sum(w.api) / 1000).toFixed(2)}** | ${a.p50} | ${a.p95} | ${(sum(w.plain) / 1000).toFixed(2)} | ${p.p50} | ${p.p95} | **${r.toFixed(2)}** | ${rtText(rt[op])} / ${plainTrips} | ${rt[op].sqlMs} of ${rt[op].ms} | ${loadText(w.load)} | ≤ 2: ${r <= 2 ? 'met' : '**not met**'} |`,
      };
    });
    const listRows = lists.map((l) => {
      const rps = (xs) => sum(xs.map((x) => x.requests)) / (xs.length * SECONDS);
      const lat = (xs) => summarise(xs.flatMap((x) => x.latencies));
      const cpu = (xs) =>
        (sum(xs.map((x) => x.cpuMs * x.requests)) / sum(xs.map((x) => x.requests))).toFixed(2);
      const a = rps(l.runs.api);
      const b = rps(l.runs.bare);
      const r = a / b;
      const t = rt[l.path];
      return {
        r,
        line: `| ${l.name} | ${Math.round(a)} | ${lat(l.runs.api).p50} | ${lat(l.runs.api).p99} | ${Math.round(b)} | ${lat(l.runs.bare).p50} | ${lat(l.runs.bare).p99} | **${r.toFixed(2)}** | ${cpu(l.runs.api)} / ${cpu(l.runs.bare)} | ${rtText(t)} | ${t.sqlMs} of ${t.ms} | ${routes[l.path].total.toLocaleString('en')}${routes[l.path].total > EXACT_COUNT_LIMIT ? ' (estimate)' : ''} | ${loadText(l.runs.load)} | ≥ 0.8: ${r >= 0.8 ? 'met' : '**not met**'} |`,
      };
    });
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root })
      .toString()
      .trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'apps/api/src', 'libs'], {
      cwd: root,
    })
      .toString()
      .trim();
    const report = `## API hot paths (\`npm run bench:api\`)

Measured ${new Date().toISOString().slice(0, 10)} at commit ${commit}${dirty ? ' (with uncommitted changes in the working tree)' : ''} on ${machine()}, PostgreSQL ${counts.pg} with
${Object.entries(SERVER_SETTINGS)
  .map(([k, v]) => `${k} = ${v}`)
  .join(
    ', ',
  )}, at nice ${os.getPriority()}. Data: the national-scale world with its brokers table grown in SQL to
${Number(counts.brokers).toLocaleString('en')} brokers (${Number(counts.recruiters).toLocaleString('en')} local recruiters). "API" is the built API (\`node dist/apps/api/main.js\`) over HTTP on
127.0.0.1, signed in as an investigator with a session cookie, access control, validation and audit on.
"Round trips" are the statements the API's \`pg\` clients sent for one request (session lookup included), counted
at its driver; "in SQL" is the time from sending each to its answer, summed (median), beside the whole request.
Load average: the 1-minute figures seen while each row was measured (lowest–highest), on ${os.cpus().length} cores shared with other work.

**Writes**: ${CREATES.toLocaleString('en')} sequential requests of each kind after ${WARMUP} warm-up, in blocks of ${BLOCK} alternating with
the plain baseline: one \`pg\` client, one transaction per write, one statement per row (create: BEGIN; INSERT … RETURNING
the row and its home place; INSERT its search keys; INSERT the audit row; COMMIT. Change: BEGIN; UPDATE … WHERE version
RETURNING; DELETE and INSERT its search keys; INSERT the audit row; COMMIT). No HTTP on the plain side.
The API's statements: create ${trips(rt.create)}; change ${trips(rt.update)}.

| write | n | API total s | API p50 ms | API p95 ms | plain total s | plain p50 ms | plain p95 ms | API / plain | round trips API / plain | API ms in SQL of request (p50) | load average | target |
| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --- |
${writeRows.map((w) => w.line).join('\n')}

**List pages**: \`GET\` with ${CONNECTIONS} keep-alive connections for ${SECONDS} s per round (after 2 s of warm-up), ${ROUNDS} rounds each,
alternating with the bare server: \`node:http\` + \`pg\` (a pool of 10, as the API's), which looks the session up by
the hash of the cookie's token as the API does, sends the very statements the API sent for that page (captured at its
driver) and answers byte-identical JSON (checked before measuring). The load generator runs on the same cores.
Both send the same SQL, so API / bare is the cost of everything around it (HTTP framework, access guard, validation,
statement building, mapping), which "server CPU" shows directly: the CPU time of the server's process per request.
The API's statements for the first page: ${trips(rt[LISTS[0].path])}.

| page | API req/s | API p50 ms | API p99 ms | bare req/s | bare p50 ms | bare p99 ms | API / bare | server CPU ms per request, API / bare | round trips | API ms in SQL of request (p50, alone) | total answered | load average | target |
| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --- |
${listRows.map((l) => l.line).join('\n')}

Targets (issue 8): writes within 2x of plain \`pg\`: ${writeRows.every((w) => w.r <= 2) ? 'met' : '**not met**'}; list pages at least 0.8x of the bare server: ${listRows.every((l) => l.r >= 0.8) ? 'met' : '**not met**'}.`;
    writeSection('bench:api', report);
    console.log(`\n${report}`);
    await plain.end();
  } finally {
    if (bare) bare.send('stop');
    if (api) await api.stop();
    server.stop();
  }
}

if (process.argv[2] === '--bare-server') {
  await bareServer();
} else {
  await main();
}
