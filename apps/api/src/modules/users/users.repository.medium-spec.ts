import { beforeAll, describe, expect, it } from '@jest/globals';

import type { Tx } from 'src/database/database';
import { ListUsersQueryDto } from 'src/modules/users/dto/list-users.query.dto';
import { EMAIL_TAKEN, UsersRepository } from 'src/modules/users/users.repository';
import { UsersModule } from 'src/modules/users/users.module';
import { UsersService } from 'src/modules/users/users.service';
import type { UserEntity } from 'src/modules/users/user.entity';

// eslint-disable-next-line no-restricted-imports -- the test harness lives outside src
import { configModule, listQuery, useTestModules } from '../../../test/utils/test-modules';

const RANDOM_ID = '5f0c7a52-3c1d-4e55-9d0e-6a4f1a2b3c4d';

describe('UsersRepository', () => {
  const t = useTestModules([configModule(), UsersModule]);
  let repo: UsersRepository;
  const make = async (tx: Tx, email: string, over: Partial<UserEntity> = {}) => {
    const user = await repo.insert(tx, {
      email,
      displayName: over.displayName ?? email.split('@')[0]!,
      role: over.role ?? 'investigator',
      passwordHash: 'hash',
    });
    if (user === EMAIL_TAKEN) throw new Error(`${email} is taken`);
    return user;
  };
  const query = listQuery(ListUsersQueryDto);
  const emails = async (tx: Tx, over: Partial<ListUsersQueryDto>) =>
    (await repo.list(tx, query(over), { skip: 0, take: 100 })).entities.map((u) => u.email);

  beforeAll(() => {
    repo = t.get(UsersRepository);
  });

  it('inserts an account and answers it without its password hash', async () => {
    await t.rolledBack(async (tx) => {
      expect(await repo.count(tx)).toBe(0);
      const user = await make(tx, 'sokha@police.example', { displayName: 'Sok Sokha' });
      expect(user).toMatchObject({
        email: 'sokha@police.example',
        displayName: 'Sok Sokha',
        role: 'investigator',
        disabled: false,
        version: 1,
        lastLoginAt: null,
        createdAt: expect.any(Date),
      });
      expect(user.passwordHash).toBeUndefined();
      expect(await repo.find(tx, user.id)).toEqual(user);
      expect(await repo.find(tx, RANDOM_ID)).toBeNull();
      expect(await repo.count(tx)).toBe(1);
      expect(await repo.findWithPassword(tx, 'sokha@police.example')).toMatchObject({
        id: user.id,
        passwordHash: 'hash',
      });
      expect(await repo.findWithPassword(tx, 'nobody@police.example')).toBeNull();
    });
  });

  it('answers EMAIL_TAKEN for a second account with the same email', async () => {
    await t.rolledBack(async (tx) => {
      await make(tx, 'dara@police.example');
      expect(
        await repo.insert(tx, {
          email: 'dara@police.example',
          displayName: 'Dara again',
          role: 'auditor',
          passwordHash: 'hash',
        }),
      ).toBe(EMAIL_TAKEN);
    });
  });

  it('updates with the version read, only the values given, and bumps it', async () => {
    await t.rolledBack(async (tx) => {
      const user = await make(tx, 'vanna@police.example', { displayName: 'Vanna' });
      const changed = await repo.update(tx, user.id, 1, { role: 'supervisor', disabled: true });
      expect(changed).toMatchObject({
        displayName: 'Vanna',
        role: 'supervisor',
        disabled: true,
        version: 2,
      });
      expect(changed!.updatedAt.getTime()).toBeGreaterThanOrEqual(user.updatedAt.getTime());
      expect(await repo.update(tx, user.id, 1, { displayName: 'Stale' })).toBeNull();
      expect(await repo.update(tx, RANDOM_ID, 1, { displayName: 'Nobody' })).toBeNull();
      await repo.update(tx, user.id, 2, { passwordHash: 'new hash' });
      expect(await repo.findWithPassword(tx, 'vanna@police.example')).toMatchObject({
        displayName: 'Vanna',
        version: 3,
        passwordHash: 'new hash',
      });
    });
  });

  it('notes a sign-in without changing the version', async () => {
    await t.rolledBack(async (tx) => {
      const user = await make(tx, 'bopha@police.example');
      await repo.signedIn(tx, user.id);
      expect(await repo.find(tx, user.id)).toMatchObject({
        version: 1,
        lastLoginAt: expect.any(Date),
      });
    });
  });

  it('lists by part of the email or name, role and disabled, sorted and paged, with the total', async () => {
    await t.rolledBack(async (tx) => {
      await make(tx, 'a.sok@police.example', { displayName: 'Zed', role: 'auditor' });
      await make(tx, 'b.chan@police.example', { displayName: 'Sokunthea' });
      const c = await make(tx, 'c_1@police.example', { displayName: 'Chan' });
      await repo.update(tx, c.id, 1, { disabled: true });
      expect(await emails(tx, { q: 'SOK' })).toEqual([
        'a.sok@police.example',
        'b.chan@police.example',
      ]);
      expect(await emails(tx, { q: 'c_' })).toEqual(['c_1@police.example']);
      expect(await emails(tx, { q: "%' OR 1=1 --" })).toEqual([]);
      expect(await emails(tx, { role: 'auditor' })).toEqual(['a.sok@police.example']);
      expect(await emails(tx, { disabled: true })).toEqual(['c_1@police.example']);
      expect(await emails(tx, { disabled: false, sort: 'displayName', order: 'desc' })).toEqual([
        'a.sok@police.example',
        'b.chan@police.example',
      ]);
      await repo.signedIn(tx, c.id);
      expect((await emails(tx, { sort: 'lastLoginAt' }))[0]).toBe('c_1@police.example');
      const page = await repo.list(tx, query({ order: 'desc' }), { skip: 1, take: 1 });
      expect(page.total).toBe(3);
      expect(page.entities.map((u) => u.email)).toEqual(['b.chan@police.example']);
    });
  });

  it('gives other modules the enabled account a column refers to', async () => {
    await t.rolledBack(async (tx) => {
      const user = await make(tx, 'kosal@police.example', { displayName: 'Kosal' });
      const account = async (id: string) =>
        (
          await tx.query<{ account: unknown }[]>(
            `SELECT ${repo.enabledAccountSql('x.id')} AS account FROM (SELECT $1::uuid AS id) x`,
            [id],
          )
        )[0]!.account;
      expect(await account(user.id)).toEqual({
        id: user.id,
        email: 'kosal@police.example',
        displayName: 'Kosal',
        role: 'investigator',
      });
      await repo.update(tx, user.id, 1, { disabled: true });
      expect(await account(user.id)).toBeNull();
      expect(await account(RANDOM_ID)).toBeNull();
    });
  });

  it('creates the first accounts of an installation, audited as the system’s own', async () => {
    const users = t.get(UsersService);
    expect(await users.noAccounts()).toBe(true);
    const origin = { requestId: 'startup', clientIp: null, userAgent: 'khsae-startup' };
    await users.createFirstAccounts(
      [{ email: 'admin@police.example', displayName: 'Administrator', role: 'admin' }],
      'a long passphrase',
      origin,
      'bootstrap',
    );
    expect(await users.noAccounts()).toBe(false);
    const admin = await users.findForSignIn('admin@police.example');
    expect(admin).toMatchObject({
      role: 'admin',
      disabled: false,
      passwordHash: expect.any(String),
    });
    const rows = await t.pool.query<
      { actor_user_id: string | null; request_id: string; details: unknown }[]
    >(
      `SELECT actor_user_id, request_id, details FROM audit_events WHERE action = 'create' AND $1 = ANY(resource_ids)`,
      [admin!.id],
    );
    expect(rows).toEqual([
      { actor_user_id: null, request_id: 'startup', details: { role: 'admin', by: 'bootstrap' } },
    ]);
  });
});
