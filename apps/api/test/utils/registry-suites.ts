import { randomBytes } from 'node:crypto';

import { describe, expect, it } from '@jest/globals';
import { type Role, ROLES } from '@khsae/domain';
import type { DataSource } from 'typeorm';

import { RANDOM_ID, seedPlaces } from './registry-fixtures';
import {
  type Agent,
  auditRows,
  DEMO_ROLES,
  type Res,
  startTestApp,
  type TestApp,
} from './test-app';

export { RANDOM_ID };

/** A request or an expected body. */
type Body = Record<string, unknown>;

/** Ids that are no UUID, each malformed in its own way. */
export const MALFORMED_IDS = ['abc', '1e9', '-1', '..%2f..', 'x'.repeat(5000)];

/** The roles that neither read nor write the registry of brokers, compounds, routes and links. */
export const OUTSIDE_THE_REGISTRY: readonly Role[] = [
  'admin',
  'victim_support',
  'intake_officer',
  'auditor',
];

/** Fields the server sets, refused in a new record's body: each with the field a 400 names. */
export const SERVER_FIELDS_ON_CREATE: [string, Record<string, unknown>][] = [
  ['id', { id: RANDOM_ID }],
  ['version', { version: 7 }],
  ['createdBy', { createdBy: RANDOM_ID }],
  ['archivedAt', { archivedAt: '2025-01-01T00:00:00Z' }],
];

/** Updates every record refuses: without a valid version, or setting what the server keeps. */
export const REFUSED_UPDATES: [string, Record<string, unknown>][] = [
  ['version', {}],
  ['version', { version: '1' }],
  ['version', { version: 0 }],
  ['archivedAt', { version: 1, archivedAt: null }],
  ['createdBy', { version: 1, createdBy: RANDOM_ID }],
];

/** Searches that only an injection would answer with records. */
export const INJECTIONS = [
  "' OR 1=1--",
  "%' UNION SELECT id FROM users--",
  'qjxq%',
  'qjxq_',
  "qjxq' --",
];

/** List queries every registry list refuses: sorts off its allow-list, a bad order, paging or flag. */
export const badListQueries = (sortable: string, table: string) => [
  'sort=password',
  `sort=${sortable};DROP TABLE ${table}`,
  'sort=(SELECT pg_sleep(5))',
  'order=sideways',
  'archived=yes',
  'page=0',
  'pageSize=1000',
  'pageSize=ten',
];

/** A token for the names of a test's own records, which tells them apart from others (the demo world). */
export const testToken = () => `Qx${randomBytes(4).toString('hex')}`;

export type RegistryApp = {
  t: TestApp;
  /** Place ids of the synthetic gazetteer slice, by code. */
  places: Record<string, string>;
  inv: Agent;
  sup: Agent;
};

/** The API with the gazetteer slice loaded and an investigator and a supervisor signed in. */
export async function startRegistryApp(): Promise<RegistryApp> {
  const t = await startTestApp();
  const places = await seedPlaces(t.dataSource);
  const inv = await t.signIn(DEMO_ROLES.investigator);
  const sup = await t.signIn(DEMO_ROLES.supervisor);
  return { t, places, inv, sup };
}

/** How many rows a table holds, as PostgreSQL counts them (a string). */
export const rowCount = async (dataSource: DataSource, table: string) =>
  (await dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM ${table}`))[0]!.n;

/** How many audit rows record `action` on the resource `id`. */
export const auditCount = async (dataSource: DataSource, action: string, id: string) =>
  (await auditRows(dataSource, { action, resourceId: id })).length;

/** The fields a 400 answer names. */
export const fieldsOf = (res: Res): string[] =>
  (res.body as { fields: { field: string }[] }).fields.map((f) => f.field);

/** The request is answered with `status`. */
async function answered(request: PromiseLike<Res>, status: number): Promise<Res> {
  const res = await request;
  expect(res.status).toBe(status);
  return res;
}

/** A 400 that names `field` among the fields it refuses. */
export function expectFieldRefused(res: Res, field: string): void {
  expect(res.status).toBe(400);
  expect(fieldsOf(res)).toContain(field);
}

/** A create answered 201 with a record matching `expected`. */
export async function expectCreated(agent: Agent, path: string, body: Body, expected: Body) {
  const res = await answered(agent.post(path).send(body), 201);
  expect(res.body).toMatchObject(expected);
  return res;
}

/** A new record has one create audit row and reads back by id as its create answered it. */
export async function expectRecorded(t: TestApp, agent: Agent, path: string, created: Res) {
  expect(await auditCount(t.dataSource, 'create', created.body.id)).toBe(1);
  const fetched = await agent.get(`${path}/${created.body.id}`);
  expect(fetched.status).toBe(200);
  expect(fetched.body).toEqual(created.body);
}

/** An update answered 200 with a record matching `expected`. */
export async function expectUpdated(agent: Agent, url: string, update: Body, expected: Body) {
  const res = await answered(agent.patch(url).send(update), 200);
  expect(res.body).toMatchObject(expected);
  return res;
}

/** An update answered 409 with the current record, which matches `current`. */
export async function expectConflict(agent: Agent, url: string, update: Body, current: Body) {
  const res = await answered(agent.patch(url).send(update), 409);
  expect(res.body.current).toMatchObject(current);
  return res;
}

/**
 * Optimistic versions on a record at version 1: an update at version 1 wins, a rival's second at
 * version 1 gets 409 with what the first left, an update at version 2 wins; two audited updates.
 */
export async function expectVersionedUpdates(o: {
  t: TestApp;
  url: string;
  inv: Agent;
  sup: Agent;
  /** Who sends the stale update: the supervisor unless said. */
  rival?: Agent;
  first: { update: Body; expected: Body };
  stale: { update: Body; current: Body };
  second: { update: Body; expected: Body };
  /** Checks between the first update and the stale one. */
  afterFirst?: (first: Res) => Promise<void>;
}): Promise<{ first: Res; stale: Res; second: Res }> {
  const first = await expectUpdated(o.inv, o.url, o.first.update, o.first.expected);
  await o.afterFirst?.(first);
  const stale = await expectConflict(o.rival ?? o.sup, o.url, o.stale.update, o.stale.current);
  const second = await expectUpdated(o.inv, o.url, o.second.update, o.second.expected);
  const id = o.url.slice(o.url.lastIndexOf('/') + 1);
  expect(await auditCount(o.t.dataSource, 'update', id)).toBe(2);
  return { first, stale, second };
}

/** Of writers racing on one version, exactly one wins and every other gets 409. */
export function expectOneWinner(results: Res[]): void {
  const statuses = results.map((r) => r.status);
  expect(statuses.filter((s) => s === 200)).toHaveLength(1);
  expect(statuses.filter((s) => s === 409)).toHaveLength(results.length - 1);
}

/** A 400 naming `field`, with `state()` reading the same after the request as before it. */
export async function expectRefused(
  field: string,
  request: () => PromiseLike<Res>,
  state: () => Promise<unknown>,
): Promise<Res> {
  const before = await state();
  const res = await request();
  expectFieldRefused(res, field);
  expect(await state()).toEqual(before);
  return res;
}

/** Creates a record, then checks that `update` of it answers 400 naming `field` and changes nothing. */
export async function expectRefusedUpdate(
  agent: Agent,
  path: string,
  body: Body,
  field: string,
  update: Body,
): Promise<void> {
  const created = (await agent.post(path).send(body)).body;
  expectFieldRefused(await agent.patch(`${path}/${created.id}`).send(update), field);
  expect((await agent.get(`${path}/${created.id}`)).body).toEqual(created);
}

/** A body over the size limit is answered 413, one that is no JSON 400. */
export async function expectBodyLimits(agent: Agent, path: string, oversized: Body): Promise<void> {
  expect((await agent.post(path).send(oversized)).status).toBe(413);
  const bad = await agent.post(path).set('content-type', 'application/json').send('{"name": ');
  expect(bad.status).toBe(400);
}

/** Each list query is refused with 400. */
export async function expectBadQueries(
  agent: Agent,
  path: string,
  queries: string[],
): Promise<void> {
  for (const query of queries) {
    const res = await agent.get(`${path}?${query}`);
    expect({ query, status: res.status }).toEqual({ query, status: 400 });
  }
}

/** Each search is answered 200 with nothing: what it says is only text to look for. */
export async function expectFindsNothing(
  agent: Agent,
  path: string,
  searches: string[] = INJECTIONS,
): Promise<void> {
  for (const q of searches) {
    const res = await agent.get(`${path}?q=${encodeURIComponent(q)}`);
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([]);
  }
}

/** A list filtered on `field` answers only items with that value. */
export async function expectFilteredOn(agent: Agent, path: string, field: string, value: string) {
  const res = await agent.get(`${path}?${field}=${value}&pageSize=100`);
  const values = res.body.items.map((item: Record<string, unknown>) => item[field]);
  expect(new Set(values)).toEqual(new Set([value]));
}

/** Every malformed id is answered 400. */
export async function expectMalformedIds(
  request: (id: string) => PromiseLike<Res>,
  ids: readonly string[] = MALFORMED_IDS,
): Promise<void> {
  for (const id of ids) expect((await request(id)).status).toBe(400);
}

/** A record's endpoints answer 400 to malformed ids and 404 to an unknown one. */
export async function expectMalformedAndUnknownIds(
  path: string,
  inv: Agent,
  sup: Agent,
): Promise<void> {
  await expectMalformedIds((id) => inv.get(`${path}/${id}`));
  expect((await inv.get(`${path}/%00`)).status).toBe(400);
  expect((await inv.get(`${path}/${RANDOM_ID}`)).status).toBe(404);
  expect((await inv.patch(`${path}/${RANDOM_ID}`).send({ version: 1 })).status).toBe(404);
  expect((await inv.delete(`${path}/${RANDOM_ID}`)).status).toBe(404);
  expect((await sup.post(`${path}/${RANDOM_ID}/restore`)).status).toBe(404);
}

/**
 * Archiving instead of deleting: the investigator archives a record at version 1, which then is
 * out of lists, edits and a second archive but still readable by id; only a supervisor restores
 * it, once; both steps are audited.
 */
export async function expectArchiveAndRestore(o: {
  t: TestApp;
  path: string;
  id: string;
  inv: Agent;
  sup: Agent;
  /** A list query that finds the record while it is active and no other. */
  listed: string;
  /** An update that is valid while the record is active. */
  update: Body;
  /** Others who may not restore, besides the investigator. */
  nonRestorers?: Agent[];
  /** More checks while the record is archived. */
  whileArchived?: () => Promise<void>;
}): Promise<{ archived: Res; restored: Res }> {
  const url = `${o.path}/${o.id}`;
  const list = async (query: string) => {
    const res = await o.inv.get(`${o.path}?${query}`);
    return { total: res.body.total, ids: res.body.items.map((r: { id: string }) => r.id) };
  };
  const archived = await o.inv.delete(url);
  expect(archived.status).toBe(200);
  expect(archived.body).toMatchObject({ version: 2 });
  expect(archived.body.archivedAt).not.toBeNull();
  expect((await o.inv.delete(url)).status).toBe(404);
  expect((await o.inv.patch(url).send(o.update)).status).toBe(404);
  await o.whileArchived?.();
  expect((await list(o.listed)).total).toBe(0);
  expect(await list(`archived=true&${o.listed}`)).toEqual({ total: 1, ids: [o.id] });
  expect((await o.inv.get(url)).status).toBe(200);
  for (const agent of [o.inv, ...(o.nonRestorers ?? [])]) {
    expect((await agent.post(`${url}/restore`)).status).toBe(403);
  }
  const restored = await o.sup.post(`${url}/restore`);
  expect(restored.status).toBe(200);
  expect(restored.body).toMatchObject({ archivedAt: null, version: 3 });
  expect((await o.sup.post(`${url}/restore`)).status).toBe(404);
  expect((await list(o.listed)).total).toBe(1);
  expect(await auditRows(o.t.dataSource, { resourceId: o.id })).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ action: 'archive', actor_email: DEMO_ROLES.investigator }),
      expect.objectContaining({ action: 'restore', actor_email: DEMO_ROLES.supervisor }),
    ]),
  );
  return { archived, restored };
}

/** One request of a role-access run: what each role is answered. */
export type AccessStep<C> = {
  name: string;
  send: (agent: Agent, ctx: C, role: Role) => PromiseLike<Res>;
  /** The status of the roles allowed. */
  ok: number;
  allowed: readonly Role[];
  /** The status of the other roles: 403 unless said here. */
  refused?: (role: Role) => number;
  /** What an allowed user does after a refusal, so that the next steps find what they expect. */
  afterRefusal?: (ctx: C) => PromiseLike<unknown>;
};

/**
 * Every role against every endpoint, each role with records of its own made by `prepare`: the
 * statuses of `steps`, and an access_denied audit row per request of a role refused them all;
 * then a 401 for each of `anonymous` without a session.
 */
export function describeRoleAccess<C>(o: {
  app: () => TestApp;
  prepare: (role: Role) => Promise<C>;
  steps: AccessStep<C>[];
  /** More checks on what a role was answered. */
  inspect?: (role: Role, results: [string, Res][]) => void;
  anonymous: () => ((anon: Agent) => PromiseLike<Res>)[];
}): void {
  describe('role access on every endpoint', () => {
    it.each([...ROLES])('as %s', async (role) => {
      const t = o.app();
      const agent = await t.signIn(DEMO_ROLES[role]);
      const ctx = await o.prepare(role);
      const results: { name: string; res: Res; expected: number }[] = [];
      for (const step of o.steps) {
        const allowed = step.allowed.includes(role);
        const res = await step.send(agent, ctx, role);
        results.push({
          name: step.name,
          res,
          expected: allowed ? step.ok : (step.refused?.(role) ?? 403),
        });
        if (!allowed) await step.afterRefusal?.(ctx);
      }
      expect(results.map((r) => [r.name, r.res.status])).toEqual(
        results.map((r) => [r.name, r.expected]),
      );
      o.inspect?.(
        role,
        results.map((r) => [r.name, r.res]),
      );
      if (results.every((r) => r.expected === 403)) {
        const denied = await auditRows(t.dataSource, {
          action: 'access_denied',
          actorEmail: DEMO_ROLES[role],
        });
        expect(denied.length).toBeGreaterThanOrEqual(results.length);
      }
    });

    it('answers 401 without a session', async () => {
      const anon = o.app().anonymous();
      for (const send of o.anonymous()) expect((await send(anon)).status).toBe(401);
    });
  });
}

/**
 * describeRoleAccess for a registry record: list, read, create, update (at version 1), archive and
 * restore, the last the supervisor's alone; `more` steps come before the archive.
 */
export function describeRecordAccess(o: {
  app: () => TestApp;
  /** Who makes each role's record and archives it when the role may not. */
  owner: () => Agent;
  path: string;
  /** A new record's body; a label, when given, tells each role's records apart. */
  body: (label?: string) => Body;
  /** A valid change for an update at version 1. */
  change: Body;
  /** The roles that list, read, create, update and archive. */
  users: readonly Role[];
  /** The list request, when it needs a query. */
  list?: () => string;
  /** Done with each role's record before its run. */
  prepare?: (id: string) => Promise<void>;
  more?: AccessStep<{ id: string }>[];
  moreAnonymous?: ((anon: Agent) => PromiseLike<Res>)[];
  inspect?: (role: Role, results: [string, Res][]) => void;
}): void {
  const { path, users } = o;
  describeRoleAccess<{ id: string }>({
    app: o.app,
    async prepare(role) {
      const mine = (
        await o
          .owner()
          .post(path)
          .send(o.body(`For ${role}`))
      ).body as { id: string };
      await o.prepare?.(mine.id);
      return mine;
    },
    steps: [
      { name: 'list', send: (a) => a.get(o.list?.() ?? path), ok: 200, allowed: users },
      { name: 'get', send: (a, r) => a.get(`${path}/${r.id}`), ok: 200, allowed: users },
      {
        name: 'create',
        send: (a, _, role) => a.post(path).send(o.body(`By ${role}`)),
        ok: 201,
        allowed: users,
      },
      {
        name: 'update',
        send: (a, r) => a.patch(`${path}/${r.id}`).send({ version: 1, ...o.change }),
        ok: 200,
        allowed: users,
      },
      ...(o.more ?? []),
      {
        name: 'archive',
        send: (a, r) => a.delete(`${path}/${r.id}`),
        ok: 200,
        allowed: users,
        afterRefusal: (r) => o.owner().delete(`${path}/${r.id}`),
      },
      {
        name: 'restore',
        send: (a, r) => a.post(`${path}/${r.id}/restore`),
        ok: 200,
        allowed: ['supervisor'],
      },
    ],
    inspect: o.inspect,
    anonymous: () => [
      (anon) => anon.get(path),
      (anon) => anon.get(`${path}/${RANDOM_ID}`),
      (anon) => anon.post(path).send(o.body()),
      (anon) => anon.patch(`${path}/${RANDOM_ID}`).send({ version: 1 }),
      (anon) => anon.delete(`${path}/${RANDOM_ID}`),
      (anon) => anon.post(`${path}/${RANDOM_ID}/restore`),
      ...(o.moreAnonymous ?? []),
    ],
  });
}
