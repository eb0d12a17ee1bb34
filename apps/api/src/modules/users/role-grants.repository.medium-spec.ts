import { beforeAll, describe, expect, it } from '@jest/globals';

import type { Tx } from 'src/database/database';
import { ResetCodesRepository } from 'src/modules/users/reset-codes.repository';
import { RoleGrantsRepository } from 'src/modules/users/role-grants.repository';
import { UsersModule } from 'src/modules/users/users.module';

// eslint-disable-next-line no-restricted-imports -- the test harness lives outside src
import { configModule, insertUser, useTestModules } from '../../../test/utils/test-modules';

describe('RoleGrantsRepository and ResetCodesRepository', () => {
  const t = useTestModules([configModule(), UsersModule]);
  let grants: RoleGrantsRepository;
  let codes: ResetCodesRepository;
  const people = async (tx: Tx) => ({
    admin: await insertUser(tx, 'admin@police.example', 'Admin', 'admin'),
    other: await insertUser(tx, 'other@police.example', 'Other', 'admin'),
    target: await insertUser(tx, 'target@police.example', 'Target', 'investigator'),
  });

  beforeAll(() => {
    grants = t.get(RoleGrantsRepository);
    codes = t.get(ResetCodesRepository);
  });

  it('keeps one pending grant per account: a new request withdraws the last', async () => {
    await t.rolledBack(async (tx) => {
      const { admin, target } = await people(tx);
      const first = await grants.request(tx, {
        userId: target,
        role: 'supervisor',
        kind: 'role_change',
        requestedBy: admin,
      });
      const second = await grants.request(tx, {
        userId: target,
        role: 'victim_support',
        kind: 'role_change',
        requestedBy: admin,
      });
      expect((await grants.pending(tx)).map((g) => g.id)).toEqual([second]);
      expect(await grants.find(tx, first)).toMatchObject({
        decision: 'withdrawn',
        decidedBy: { id: admin },
        version: 2,
      });
      expect(await grants.find(tx, second)).toMatchObject({
        role: 'victim_support',
        user: { id: target, email: 'target@police.example', role: 'investigator' },
        requestedBy: { id: admin, email: 'admin@police.example' },
        decidedBy: null,
        decision: null,
      });
    });
  });

  it('decides a pending grant once, with the version read', async () => {
    await t.rolledBack(async (tx) => {
      const { admin, other, target } = await people(tx);
      const id = await grants.request(tx, {
        userId: target,
        role: 'supervisor',
        kind: 'create',
        requestedBy: admin,
      });
      const decision = { by: other, decision: 'approved', reason: null } as const;
      expect(await grants.decide(tx, id, 2, decision)).toBe(false);
      expect(await grants.decide(tx, id, 1, decision)).toBe(true);
      expect(await grants.decide(tx, id, 2, decision)).toBe(false);
      expect(await grants.pending(tx)).toEqual([]);
    });
  });

  it('refuses, in the database too, a decision by the requester', async () => {
    await t.rolledBack(async (tx) => {
      const { admin, target } = await people(tx);
      const id = await grants.request(tx, {
        userId: target,
        role: 'supervisor',
        kind: 'create',
        requestedBy: admin,
      });
      await expect(
        grants.decide(tx, id, 1, { by: admin, decision: 'approved', reason: null }),
      ).rejects.toThrow(/ck_role_grants_second_person/);
    });
  });

  it('keeps one live code per account, finds it only until it expires, and spends it once', async () => {
    await t.rolledBack(async (tx) => {
      const { admin, target } = await people(tx);
      const later = new Date(Date.now() + 3_600_000);
      await codes.issue(tx, {
        userId: target,
        codeHash: 'first',
        issuedBy: admin,
        expiresAt: later,
      });
      await codes.issue(tx, {
        userId: target,
        codeHash: 'second',
        issuedBy: admin,
        expiresAt: later,
      });
      const live = await codes.findLive(tx, target);
      expect(live).toMatchObject({ codeHash: 'second' });
      await codes.redeem(tx, live!.id);
      expect(await codes.findLive(tx, target)).toBeNull();
      const ends = await tx.query<{ ended_how: string }[]>(
        `SELECT ended_how FROM password_reset_codes WHERE user_id = $1 ORDER BY issued_at, code_hash`,
        [target],
      );
      expect(ends.map((e) => e.ended_how).sort()).toEqual(['redeemed', 'replaced']);
      await tx.query(
        `INSERT INTO password_reset_codes (user_id, code_hash, issued_at, expires_at)
         VALUES ($1, 'old', now() - interval '2 days', now() - interval '1 day')`,
        [target],
      );
      expect(await codes.findLive(tx, target)).toBeNull();
    });
  });
});
