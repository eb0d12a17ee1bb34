import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from '@jest/globals';

import { startEmbeddedPostgres } from 'src/database/embedded-postgres';
import { DEMO_PASSWORD } from 'src/modules/startup/demo-accounts';

import { investigatorAccount, startTestApp } from './utils/test-app';

describe('embedded PostgreSQL (no DATABASE_URL)', () => {
  let dir = '';
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('starts, migrates, seeds demo accounts, serves /api/health, and keeps data across a restart', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'khsae-embedded-'));
    const dataDir = path.join(dir, 'pglite');

    const first = await startEmbeddedPostgres({ dataDir });
    const app1 = await startTestApp({
      database: { url: first.url, mode: 'embedded', drop: () => Promise.resolve() },
    });
    const health = await app1.anonymous().get('/api/health');
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({
      status: 'ok',
      database: { status: 'up', mode: 'embedded' },
      demoMode: true,
    });
    const admin = await app1.signIn('admin@demo.local');
    const created = await admin
      .post('/api/users')
      .send(investigatorAccount('persisted@police.example', 'Persisted'));
    expect(created.status).toBe(201);
    await app1.close();
    await first.stop();

    const second = await startEmbeddedPostgres({ dataDir });
    const app2 = await startTestApp({
      database: { url: second.url, mode: 'embedded', drop: () => Promise.resolve() },
    });
    try {
      const again = await app2.signIn('admin@demo.local');
      const found = await again.get(`/api/users/${created.body.id}`);
      expect(found.status).toBe(200);
      expect(found.body.email).toBe('persisted@police.example');
      // The demo accounts were not seeded a second time.
      const [row] = (await app2.dataSource.query(
        `SELECT count(*) AS n FROM users WHERE email = 'admin@demo.local'`,
      )) as { n: string }[];
      expect(Number(row?.n)).toBe(1);
    } finally {
      await app2.close();
      await second.stop();
    }
  }, 120_000);
});

describe('embedded PostgreSQL under concurrent requests', () => {
  it('answers concurrent sign-ins and reads without a 5xx (one session, statements never interleave)', async () => {
    const embedded = await startEmbeddedPostgres({ dataDir: 'memory://' });
    const app = await startTestApp({
      database: { url: embedded.url, mode: 'embedded', drop: () => Promise.resolve() },
    });
    try {
      const emails = ['admin@demo.local', 'investigator@demo.local', 'supervisor@demo.local'];
      const statuses = await Promise.all(
        Array.from({ length: 24 }, async (_, i) => {
          const email = emails[i % emails.length] ?? 'admin@demo.local';
          const password = i % 4 === 0 ? 'not-the-password' : DEMO_PASSWORD;
          const res = await app.anonymous().post('/api/auth/login').send({ email, password });
          return res.status;
        }),
      );
      expect(statuses.filter((s) => s >= 500)).toEqual([]);
      expect(statuses.filter((s) => s === 200 || s === 201).length).toBeGreaterThan(0);
    } finally {
      await app.close();
      await embedded.stop();
    }
  }, 120_000);
});
