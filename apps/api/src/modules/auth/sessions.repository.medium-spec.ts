import { beforeAll, describe, expect, it } from '@jest/globals';

import type { RequestOrigin } from 'src/common/access/auth-context';
import { AuthModule } from 'src/modules/auth/auth.module';
import { SessionsRepository } from 'src/modules/auth/sessions.repository';
import { SessionsService } from 'src/modules/auth/sessions.service';
import { UsersService } from 'src/modules/users/users.service';

// eslint-disable-next-line no-restricted-imports -- the test harness lives outside src
import { configModule, insertUser, useTestModules } from '../../../test/utils/test-modules';

const ORIGIN: RequestOrigin = { requestId: null, clientIp: '10.0.0.1', userAgent: 'medium test' };

describe('SessionsRepository', () => {
  const t = useTestModules([configModule(), AuthModule]);
  let repo: SessionsRepository;
  let sessions: SessionsService;
  let users: UsersService;
  let user: string;
  let admin: string;
  const insert = (tokenHash: string, expiresAt = new Date(Date.now() + 3_600_000)) =>
    repo.insert(t.pool, {
      tokenHash,
      userId: user,
      expiresAt,
      clientIp: '10.0.0.1',
      userAgent: 'ua',
    });
  const session = async (tokenHash: string) =>
    (
      await t.pool.query<{ id: string; revoked_at: Date | null; client_ip: string }[]>(
        `SELECT id, revoked_at, client_ip FROM sessions WHERE token_hash = $1`,
        [tokenHash],
      )
    )[0];

  beforeAll(async () => {
    repo = t.get(SessionsRepository);
    sessions = t.get(SessionsService);
    users = t.get(UsersService);
    user = await insertUser(t.pool, 'dara@police.example', 'Dara', 'investigator');
    admin = await insertUser(t.pool, 'admin@police.example', 'Admin', 'admin');
  }, 60_000);

  it('finds a live session with its enabled account, by the hash of its token', async () => {
    await insert('live');
    const live = await repo.findLive(t.pool, 'live');
    expect(live).toEqual({
      sessionId: (await session('live'))!.id,
      account: {
        id: user,
        email: 'dara@police.example',
        displayName: 'Dara',
        role: 'investigator',
      },
    });
    expect(await repo.findLive(t.pool, 'unknown')).toBeNull();
    await insert('expired', new Date(Date.now() - 1_000));
    expect(await repo.findLive(t.pool, 'expired')).toBeNull();
  });

  it('answers no account for a disabled user', async () => {
    await insert('of-disabled');
    await t.rolledBack(async (tx) => {
      await tx.query(`UPDATE users SET disabled = true WHERE id = $1`, [user]);
      expect(await repo.findLive(tx, 'of-disabled')).toMatchObject({ account: null });
    });
  });

  it('revokes one session, or every live session of a user', async () => {
    await insert('one');
    await insert('two');
    await insert('three');
    const one = await session('one');
    await repo.revoke(t.pool, one!.id);
    expect(await repo.findLive(t.pool, 'one')).toBeNull();
    const revokedAt = (await session('one'))!.revoked_at;
    expect(revokedAt).toEqual(expect.any(Date));
    await repo.revoke(t.pool, one!.id);
    expect((await session('one'))!.revoked_at).toEqual(revokedAt);
    expect(await repo.findLive(t.pool, 'two')).not.toBeNull();
    await repo.revokeAllForUser(t.pool, user);
    expect(await repo.findLive(t.pool, 'two')).toBeNull();
    expect(await repo.findLive(t.pool, 'three')).toBeNull();
    expect((await session('one'))!.revoked_at).toEqual(revokedAt);
  });

  it('creates a session whose token resolves to the signed-in user, until it is revoked', async () => {
    const { token, expiresAt } = await sessions.create(t.pool, user, ORIGIN);
    expect(expiresAt.getTime()).toBeGreaterThan(Date.now());
    const auth = await sessions.resolve(token);
    expect(auth).toMatchObject({
      user: { id: user, email: 'dara@police.example', role: 'investigator' },
      permissions: expect.arrayContaining(['brokers:read']),
    });
    expect(await session(token)).toBeUndefined();
    expect(await sessions.resolve(undefined)).toBeNull();
    expect(await sessions.resolve('x'.repeat(201))).toBeNull();
    await sessions.revoke(t.pool, auth!.sessionId);
    expect(await sessions.resolve(token)).toBeNull();
  });

  it('ends every session of an account whose password is reset, in the reset’s transaction', async () => {
    const { token } = await sessions.create(t.pool, user, ORIGIN);
    const [{ version } = { version: 0 }] = await t.pool.query<{ version: number }[]>(
      `SELECT version FROM users WHERE id = $1`,
      [user],
    );
    await users.resetPassword(
      {
        sessionId: 'test',
        user: { id: admin, email: 'admin@police.example', displayName: 'Admin', role: 'admin' },
        permissions: [],
      },
      user,
      { version },
      ORIGIN,
    );
    expect(await sessions.resolve(token)).toBeNull();
  });
});
