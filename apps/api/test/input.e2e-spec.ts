import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { createBroker } from './utils/registry-fixtures';
import { type Agent, startTestApp, type TestApp } from './utils/test-app';

describe('bad input is refused with a 4xx that names the problem, before the database sees it', () => {
  let t: TestApp;
  let admin: Agent;
  const statuses: number[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.signIn('admin@demo.local');
  }, 60_000);
  afterAll(async () => {
    // No request in this file may have produced a server error.
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    await t?.close();
  });

  const valid = {
    email: 'valid@police.example',
    displayName: 'Valid',
    role: 'investigator',
  };
  async function post(body: string, contentType = 'application/json') {
    const res = await admin.post('/api/users').set('content-type', contentType).send(body);
    statuses.push(res.status);
    return res;
  }

  it('refuses NUL in a body field with 400 naming the field', async () => {
    const res = await post(JSON.stringify({ ...valid, displayName: 'Sok\u0000ha' }));
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual([
      { field: 'displayName', problems: ['must not contain NUL characters'] },
    ]);
  });

  it('refuses NUL in a query parameter and in the path', async () => {
    const q = await admin.get('/api/users?q=a%00b');
    const p = await admin.get('/api/users/%00');
    statuses.push(q.status, p.status);
    expect(q.status).toBe(400);
    expect(q.body.fields[0].field).toBe('q');
    expect(p.status).toBe(400);
  });

  it('refuses a lone surrogate with 400', async () => {
    const res = await post('{"email":"a@b.example","displayName":"\\ud800","role":"investigator"}');
    expect(res.status).toBe(400);
    expect(res.body.fields[0].field).toBe('displayName');
  });

  it('answers 413 for a body over the limit', async () => {
    const res = await post(JSON.stringify({ ...valid, displayName: 'x'.repeat(400_000) }));
    expect(res.status).toBe(413);
    expect(res.body.message).toMatch(/larger than/);
  });

  it('answers 400 for an oversized field within the body limit', async () => {
    const res = await post(JSON.stringify({ ...valid, displayName: 'x'.repeat(50_000) }));
    expect(res.status).toBe(400);
    expect(res.body.fields[0].field).toBe('displayName');
  });

  it('answers 400 for malformed JSON', async () => {
    const res = await post('{"email": ');
    expect(res.status).toBe(400);
    expect(res.body.message).toBe('The request body is not valid JSON.');
  });

  it('answers 400 for deeply nested JSON', async () => {
    const res = await post(`${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}`);
    expect(res.status).toBe(400);
  });

  it('answers 400 naming an unknown field', async () => {
    const res = await post(JSON.stringify({ ...valid, isAdmin: true }));
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual([{ field: 'isAdmin', problems: ['isAdmin should not exist'] }]);
  });

  it.each([
    ['a number as a string', { displayName: 12 }],
    ['an object for a string', { displayName: { $gt: '' } }],
    ['an array for a string', { email: ['a@b.example'] }],
    ['null for a required field', { role: null }],
  ])('answers 400 for %s', async (_label, over) => {
    const res = await post(JSON.stringify({ ...valid, ...over }));
    expect(res.status).toBe(400);
    expect(res.body.fields.length).toBeGreaterThan(0);
  });

  it.each([
    ['displayName', '{"email":"dup@police.example","displayName":"A","displayName":"B"}'],
    ['role', '{"email":"dup@police.example","role":"admin","\\u0072ole":"investigator"}'],
    ['a.b', '{"a":{"b":1,"c":"{\\"b\\":2}","b":2},"email":"dup@police.example"}'],
    ['legs[1].mode', '{"legs":[{"mode":"bus"},{"mode":"car","mode":"van"}]}'],
  ])(
    'refuses a body naming a key twice with 400 naming %s, and creates nothing',
    async (field, body) => {
      const res = await post(body);
      expect(res.status).toBe(400);
      expect(res.body.fields).toEqual([{ field, problems: ['is given more than once'] }]);
      const [row] = await t.dataSource.query<{ n: string }[]>(
        `SELECT count(*) AS n FROM users WHERE email = 'dup@police.example'`,
      );
      expect(row!.n).toBe('0');
    },
  );

  it('refuses a body whose id disagrees with the id in the path, naming id', async () => {
    const investigator = await t.signIn('investigator@demo.local');
    const broker = await createBroker(investigator, 'Path and body');
    const other = await createBroker(investigator, 'Another');
    const [user] = await t.dataSource.query<{ id: string; version: number }[]>(
      `SELECT id, version FROM users WHERE email = 'auditor@demo.local'`,
    );
    for (const [agent, path, body] of [
      [
        investigator,
        `/api/brokers/${broker.id}`,
        { id: other.id, version: 1, nameLatin: 'Renamed' },
      ],
      [
        admin,
        `/api/users/${user!.id}`,
        { id: other.id, version: user!.version, displayName: 'Renamed' },
      ],
    ] as const) {
      const res = await agent.patch(path).send(body);
      statuses.push(res.status);
      expect(res.status).toBe(400);
      expect(res.body.fields).toEqual([expect.objectContaining({ field: 'id' })]);
    }
    expect((await investigator.get(`/api/brokers/${broker.id}`)).body.nameLatin).toBe(
      'Path and body',
    );
  });

  it('refuses a body that is not JSON with 415', async () => {
    const res = await post('email=a@b.example', 'application/x-www-form-urlencoded');
    expect(res.status).toBe(415);
  });

  it('refuses a cross-site write with 403', async () => {
    const res = await admin.post('/api/users').set('origin', 'https://evil.example').send(valid);
    statuses.push(res.status);
    expect(res.status).toBe(403);
    expect(
      Number(
        (
          await t.dataSource.query(
            `SELECT count(*) AS n FROM users WHERE email = 'valid@police.example'`,
          )
        )[0].n,
      ),
    ).toBe(0);
  });

  it('answers 404 as JSON for an unknown API path', async () => {
    const res = await admin.get('/api/no-such-thing');
    statuses.push(res.status);
    expect(res.status).toBe(404);
    expect(res.body.statusCode).toBe(404);
  });

  it('sets security headers and no-store on API responses', async () => {
    const res = await admin.get('/api/auth/me');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toMatch(/object-src 'none'/);
    expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('refuses a request whose path is not valid percent-encoding', async () => {
    // supertest would re-encode the path, so send it raw.
    const server = t.app.getHttpServer() as http.Server;
    if (!server.listening)
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const status = await new Promise<number>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port, path: '/api/users/%E0%A4%A' }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        })
        .on('error', reject);
    });
    statuses.push(status);
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
  });
});
