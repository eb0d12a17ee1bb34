import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Role, ROLES } from '@khsae/domain';
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';

import { ACCESS_METADATA_KEYS } from 'src/common/access/access.decorators';

import {
  type Agent,
  auditRows,
  DEMO_ROLES,
  investigatorAccount,
  type Res,
  startTestApp,
  type TestApp,
} from './utils/test-app';

/** A one-province gazetteer file, as the admin screen uploads it. */
const GAZETTEER_FILE = {
  fileName: 'matrix.csv',
  content:
    'code,level,parent_code,name_km,name_latin,name_ungegn,unit_en,unit_km,unit_latin,lat,long,iso3166_2\n' +
    '01,province,,បន្ទាយមានជ័យ,Banteay Meanchey,,Province,ខេត្ត,Khaet,13.8,102.9,KH-1\n',
};

type Endpoint = {
  name: string;
  method: 'get' | 'post' | 'patch';
  path: (ctx: { userId: string }) => string;
  body?: (ctx: { userId: string; version: number }) => object;
};

const ENDPOINTS: Endpoint[] = [
  { name: 'GET /api/users', method: 'get', path: () => '/api/users' },
  { name: 'GET /api/users/:id', method: 'get', path: ({ userId }) => `/api/users/${userId}` },
  {
    name: 'POST /api/users',
    method: 'post',
    path: () => '/api/users',
    body: () => investigatorAccount(`new-${Math.random().toString(36).slice(2)}@demo.local`, 'New'),
  },
  {
    name: 'PATCH /api/users/:id',
    method: 'patch',
    path: ({ userId }) => `/api/users/${userId}`,
    body: ({ version }) => ({ version, displayName: `Renamed ${version}` }),
  },
  { name: 'GET /api/audit-events', method: 'get', path: () => '/api/audit-events' },
  { name: 'GET /api/auth/me', method: 'get', path: () => '/api/auth/me' },
  { name: 'GET /api/gazetteer', method: 'get', path: () => '/api/gazetteer' },
  {
    name: 'POST /api/gazetteer/preview',
    method: 'post',
    path: () => '/api/gazetteer/preview',
    body: () => GAZETTEER_FILE,
  },
  {
    // A hash that is not the file's: the admin's answer is 400 and nothing is imported.
    name: 'POST /api/gazetteer/apply',
    method: 'post',
    path: () => '/api/gazetteer/apply',
    body: () => ({ ...GAZETTEER_FILE, sha256: '0'.repeat(64) }),
  },
];

/** Expected status per endpoint for the roles named; every other role gets 403, anonymous callers 401. */
const EXPECTED: Record<string, Partial<Record<Role, number>>> = {
  'GET /api/users': { admin: 200 },
  'GET /api/users/:id': { admin: 200 },
  'POST /api/users': { admin: 201 },
  'PATCH /api/users/:id': { admin: 200 },
  'GET /api/audit-events': { auditor: 200 },
  'GET /api/auth/me': Object.fromEntries(ROLES.map((role) => [role, 200])),
  'GET /api/gazetteer': { admin: 200 },
  'POST /api/gazetteer/preview': { admin: 200 },
  'POST /api/gazetteer/apply': { admin: 400 },
};

describe('access matrix: every role against every endpoint', () => {
  let t: TestApp;
  let target: { id: string; version: number };

  beforeAll(async () => {
    t = await startTestApp();
    await t.dataSource.query(
      `INSERT INTO users (email, display_name, role, password_hash) VALUES ('matrix-target@demo.local', 'Target', 'investigator', 'x')`,
    );
  }, 60_000);
  afterAll(async () => t?.close());

  async function refreshTarget(): Promise<void> {
    const [row] = (await t.dataSource.query(
      `SELECT id, version FROM users WHERE email = 'matrix-target@demo.local'`,
    )) as { id: string; version: number }[];
    target = row!;
  }

  const cases = ENDPOINTS.flatMap((endpoint) =>
    ROLES.map((role) => [endpoint.name, role] as const),
  );

  /** Calls the endpoint named on the target account, with its body if it takes one. */
  async function call(agent: Agent, name: string): Promise<Res> {
    await refreshTarget();
    const endpoint = ENDPOINTS.find((e) => e.name === name)!;
    const req = agent[endpoint.method](endpoint.path({ userId: target.id }));
    return endpoint.body
      ? await req.send(endpoint.body({ userId: target.id, version: target.version }))
      : await req;
  }

  it.each(cases)('%s as %s', async (name, role) => {
    const res = await call(await t.signIn(DEMO_ROLES[role]), name);
    expect(res.status).toBe(EXPECTED[name]![role] ?? 403);
    if (res.status === 403) {
      expect(res.body.message).toBe('Your role does not allow this.');
    }
  });

  it.each(ENDPOINTS.map((e) => e.name))('%s without a session answers 401', async (name) => {
    expect((await call(t.anonymous(), name)).status).toBe(401);
  });

  it('audits a denied request with the actor, the path and the missing permission', async () => {
    const agent = await t.signIn('investigator@demo.local');
    expect((await agent.get('/api/audit-events?page=1')).status).toBe(403);
    const rows = await auditRows(t.dataSource, {
      action: 'access_denied',
      actorEmail: 'investigator@demo.local',
    });
    expect(rows[0]).toMatchObject({
      outcome: 'denied',
      reason: 'missing_permission',
      details: { method: 'GET', path: '/api/audit-events', permission: 'audit:read' },
    });
    const auditor = await t.signIn('auditor@demo.local');
    const listed = await auditor.get(
      '/api/audit-events?action=access_denied&actorEmail=investigator@demo.local&pageSize=1',
    );
    expect(listed.body.items[0]).toMatchObject({
      outcome: 'denied',
      reason: 'missing_permission',
      details: { path: '/api/audit-events', permission: 'audit:read' },
    });
  });

  it('gives the admin no case, victim or tip permission', async () => {
    const me = await (await t.signIn('admin@demo.local')).get('/api/auth/me');
    const forbidden = (me.body.permissions as string[]).filter((p) =>
      /^(cases|victims|victim_identity|brokers|tips|graph|repatriations|compounds|routes):/.test(p),
    );
    expect(forbidden).toEqual([]);
  });

  it('every endpoint of every controller declares an access rule', () => {
    const undeclared: string[] = [];
    let endpoints = 0;
    for (const module of t.app.get(ModulesContainer).values()) {
      for (const wrapper of module.controllers.values()) {
        const controller = wrapper.metatype as (new (...args: never[]) => unknown) | null;
        if (!controller) continue;
        const proto = controller.prototype as Record<string, unknown>;
        for (const key of Object.getOwnPropertyNames(proto)) {
          const handler = proto[key];
          if (key === 'constructor' || typeof handler !== 'function') continue;
          if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
          endpoints += 1;
          const declared = ACCESS_METADATA_KEYS.some(
            (k) =>
              Reflect.getMetadata(k, handler) !== undefined ||
              Reflect.getMetadata(k, controller) !== undefined,
          );
          const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
          if (!declared) undeclared.push(`${controller.name}.${key} (${method})`);
        }
      }
    }
    expect(endpoints).toBeGreaterThanOrEqual(7);
    expect(undeclared).toEqual([]);
  });
});
