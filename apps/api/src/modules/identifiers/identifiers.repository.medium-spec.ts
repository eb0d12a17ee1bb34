import { randomUUID } from 'node:crypto';

import { ROLE_PERMISSIONS } from '@khsae/domain';
import { beforeAll, describe, expect, it } from '@jest/globals';

import type { Actor } from 'src/common/access/auth-context';
import { RecordRefsService } from 'src/common/records/record-refs.service';
import type { Tx } from 'src/database/database';
import { BrokersModule } from 'src/modules/brokers/brokers.module';
import { IdentifiersModule } from 'src/modules/identifiers/identifiers.module';
import { type Holder, IdentifiersRepository } from 'src/modules/identifiers/identifiers.repository';
import { IdentifiersService } from 'src/modules/identifiers/identifiers.service';

// eslint-disable-next-line no-restricted-imports -- the test harness lives outside src
import { insertUser, useTestModules } from '../../../test/utils/test-modules';

const RANDOM_ID = '5f0c7a52-3c1d-4e55-9d0e-6a4f1a2b3c4d';

describe('IdentifiersRepository', () => {
  const t = useTestModules([BrokersModule, IdentifiersModule]);
  let repo: IdentifiersRepository;
  let user: string;
  const broker = (): Holder => ({ kind: 'broker', id: randomUUID() });
  const phone = (tx: Tx, value: string, display = value) =>
    repo.upsert(tx, { kind: 'phone', value, display, createdBy: user });

  beforeAll(async () => {
    repo = t.get(IdentifiersRepository);
    user = await insertUser(t.pool, 'support@test.local', 'Support', 'victim_support');
  }, 60_000);

  it('keeps one row per kind and value, whoever writes it first', async () => {
    await t.rolledBack(async (tx) => {
      const first = await phone(tx, '+85512345678', '+855 12 345 678');
      expect(first).toEqual({ id: expect.any(String), inserted: true });
      expect(await phone(tx, '+85512345678', 'written otherwise')).toEqual({
        id: first.id,
        inserted: false,
      });
      const handle = await repo.upsert(tx, {
        kind: 'telegram',
        value: '+85512345678',
        display: '@x',
        createdBy: user,
      });
      expect(handle.id).not.toBe(first.id);
      expect(await repo.find(tx, first.id)).toMatchObject({
        kind: 'phone',
        value: '+85512345678',
        display: '+855 12 345 678',
        createdBy: user,
        createdAt: expect.any(Date),
      });
      expect(await repo.find(tx, RANDOM_ID)).toBeNull();
    });
  });

  it('attaches once, detaches softly, and brings a detached attachment back', async () => {
    await t.rolledBack(async (tx) => {
      const { id } = await phone(tx, '+85592111222');
      const a = broker();
      expect(await repo.attach(tx, id, a, user)).toEqual({ inserted: true });
      expect(await repo.attach(tx, id, a, user)).toBeNull();
      expect(await repo.detach(tx, id, a)).toBe(true);
      expect(await repo.detach(tx, id, a)).toBe(false);
      expect(await repo.detach(tx, id, broker())).toBe(false);
      expect(await repo.detach(tx, RANDOM_ID, a)).toBe(false);
      expect(await repo.attach(tx, id, a, user)).toEqual({ inserted: false });
      const rows = await tx.query<{ n: string }[]>(
        `SELECT count(*) AS n FROM identifier_holders WHERE identifier_id = $1`,
        [id],
      );
      expect(rows[0]!.n).toBe('1');
    });
  });

  it("lists a record's active identifiers by kind and value, and each identifier's active holders", async () => {
    await t.rolledBack(async (tx) => {
      const a = broker();
      const b = broker();
      const victim: Holder = { kind: 'victim', id: randomUUID() };
      const p2 = await phone(tx, '+85516000002', '+855 16 000 002');
      const p1 = await phone(tx, '+85516000001', '+855 16 000 001');
      const wallet = await repo.upsert(tx, {
        kind: 'crypto_wallet',
        value: '0xabc',
        display: '0xabc',
        createdBy: user,
      });
      const gone = await phone(tx, '+85516000009');
      for (const id of [p2.id, p1.id, wallet.id, gone.id]) await repo.attach(tx, id, a, user);
      await repo.attach(tx, p1.id, victim, user);
      await repo.attach(tx, p1.id, b, user);
      await repo.detach(tx, gone.id, a);
      await tx.query(
        `UPDATE identifier_holders SET created_at = now() + interval '1 minute' WHERE holder_id = $1`,
        [victim.id],
      );

      const held = await repo.heldBy(tx, a);
      expect(held.map((i) => i.value)).toEqual(['+85516000001', '+85516000002', '0xabc']);
      expect(await repo.heldBy(tx, broker())).toEqual([]);

      const holders = await repo.holdersOf(tx, [p1.id, gone.id, p2.id]);
      const since = expect.any(Date) as unknown as Date;
      expect(holders.get(p1.id)).toEqual(
        [...[a, b].sort((x, y) => x.id.localeCompare(y.id)), victim].map((h) => ({
          ...h,
          attachedAt: since,
        })),
      );
      expect(holders.get(p2.id)).toEqual([{ ...a, attachedAt: since }]);
      expect(holders.has(gone.id)).toBe(false);
      expect(await repo.holdersOf(tx, [])).toEqual(new Map());

      expect((await repo.displaysOf(tx, a)).sort()).toEqual(
        ['+855 16 000 001', '+855 16 000 002', '0xabc'].sort(),
      );
      expect(await repo.displaysOf(tx, victim)).toEqual(['+855 16 000 001']);
    });
  });

  it('finds identifiers by exact values, and by a part of a value, shortest first', async () => {
    await t.rolledBack(async (tx) => {
      const long = await phone(tx, '+85593222333');
      const short = await phone(tx, '+8559322233');
      const handle = await repo.upsert(tx, {
        kind: 'telegram',
        value: 'recruit_93222',
        display: '@recruit_93222',
        createdBy: user,
      });
      const exact = await repo.withValues(tx, [
        { kind: 'phone', value: '+85593222333' },
        { kind: 'telegram', value: '+85593222333' },
        { kind: 'telegram', value: 'recruit_93222' },
      ]);
      expect(exact.map((i) => i.id).sort()).toEqual([long.id, handle.id].sort());
      expect(await repo.withValues(tx, [])).toEqual([]);

      const ids = async (fragment: string, kind?: 'phone' | 'telegram', limit = 10) =>
        (await repo.containing(tx, fragment, kind, limit)).map((i) => i.id);
      expect(await ids('93222')).toEqual([short.id, long.id, handle.id]);
      expect(await ids('93222', 'telegram')).toEqual([handle.id]);
      expect(await ids('93222', undefined, 1)).toEqual([short.id]);
      expect(await ids('RECRUIT')).toEqual([handle.id]);
      for (const wildcard of ['%', '9_2', '9%3', 'recruit\\'])
        expect(await ids(wildcard)).toEqual([]);
    });
  });
});

describe('IdentifiersService on a record of another module', () => {
  const t = useTestModules([BrokersModule, IdentifiersModule]);
  let service: IdentifiersService;
  let refs: RecordRefsService;
  let actor: Actor;
  const brokerId = async () =>
    (
      await t.pool.query<{ id: string }[]>(
        `INSERT INTO brokers (name_latin, role) VALUES ('Sok Sokha', 'local_recruiter') RETURNING id`,
      )
    )[0]!.id;
  const keys = async (id: string) =>
    t.pool.query<{ text: string; archived: boolean }[]>(
      `SELECT text, archived FROM search_entries WHERE record_id = $1 AND field = 'identifier' ORDER BY text`,
      [id],
    );

  beforeAll(async () => {
    service = t.get(IdentifiersService);
    refs = t.get(RecordRefsService);
    const id = await insertUser(t.pool, 'investigator@test.local', 'Investigator', 'investigator');
    actor = {
      auth: {
        sessionId: 'test',
        user: {
          id,
          email: 'investigator@test.local',
          displayName: 'Investigator',
          role: 'investigator',
        },
        permissions: ROLE_PERMISSIONS.investigator,
      },
      origin: { requestId: null, clientIp: null, userAgent: 'medium test' },
    };
  }, 60_000);

  it("locks a record of any kind by its module's table: archived or not, or missing", async () => {
    const id = await brokerId();
    await t.rolledBack(async (tx) => {
      expect(await refs.lock(tx, 'broker', id)).toEqual({ archived: false });
      await tx.query(`UPDATE brokers SET archived_at = now() WHERE id = $1`, [id]);
      expect(await refs.lock(tx, 'broker', id)).toEqual({ archived: true });
      expect(await refs.lock(tx, 'broker', RANDOM_ID)).toBeNull();
    });
  });

  it('keeps the holder’s identifier keys in step, out of the global search once it is archived', async () => {
    const id = await brokerId();
    const holder = { holderKind: 'broker' as const, holderId: id };
    const a = await service.attach(actor, { kind: 'phone', value: '012 345 001', ...holder });
    await service.attach(actor, { kind: 'phone', value: '012 345 002', ...holder });
    expect(await keys(id)).toEqual([
      { text: '+855 12 345 001', archived: false },
      { text: '+855 12 345 002', archived: false },
    ]);
    await t.pool.query(`UPDATE brokers SET archived_at = now() WHERE id = $1`, [id]);
    await t.pool.query(`UPDATE search_entries SET archived = true WHERE record_id = $1`, [id]);
    await service.detach(actor, a.id, { kind: 'broker', id });
    expect(await keys(id)).toEqual([{ text: '+855 12 345 002', archived: true }]);
    await expect(
      service.attach(actor, { kind: 'phone', value: '012 345 003', ...holder }),
    ).rejects.toMatchObject({ response: { fields: [{ field: 'holderId' }] } });
  });

  it('removes the last identifier’s key when it is detached', async () => {
    const id = await brokerId();
    const only = await service.attach(actor, {
      kind: 'telegram',
      value: '@only_one',
      holderKind: 'broker',
      holderId: id,
    });
    expect(await keys(id)).toHaveLength(1);
    await service.detach(actor, only.id, { kind: 'broker', id });
    expect(await keys(id)).toEqual([]);
  });
});
