import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { searchKey } from '@khsae/domain';
import { BadRequestException, ConflictException, NotFoundException } from '@nestjs/common';

import type { Actor } from 'src/common/access/auth-context';
import { BrokersModule } from 'src/modules/brokers/brokers.module';
import { BrokersService } from 'src/modules/brokers/brokers.service';

// eslint-disable-next-line no-restricted-imports -- the test harness lives outside src
import { seedPlaces } from '../../../test/utils/registry-fixtures';
// eslint-disable-next-line no-restricted-imports -- the test harness lives outside src
import { insertUser, startTestModules, type TestModules } from '../../../test/utils/test-modules';

/**
 * The record kit's write path, through the brokers service (its reference user): one statement
 * writes the row, its search keys by source and its audit row, or nothing at all.
 */
describe('BrokersService on the record writer', () => {
  let t: TestModules;
  let brokers: BrokersService;
  let places: Record<string, string>;
  let actor: Actor;

  const keys = (id: string) =>
    t.pool.query<{ field: string; source: string; text: string; key: string }[]>(
      `SELECT field, source, text, key FROM search_entries WHERE record_id = $1 ORDER BY source, text`,
      [id],
    );
  const audits = (id: string) =>
    t.pool.query<{ action: string; resource_ids: string[]; details: Record<string, unknown> }[]>(
      `SELECT action, resource_ids, details FROM audit_events WHERE $1 = ANY(resource_ids) ORDER BY id`,
      [id],
    );
  const count = async (table: string) =>
    Number((await t.pool.query<{ n: string }[]>(`SELECT count(*) AS n FROM ${table}`))[0]!.n);
  /** Every statement the pool sends while `work` runs. */
  const statements = async (work: () => Promise<unknown>) => {
    const sent: string[] = [];
    const pool = t.pool;
    const query = pool.query.bind(pool);
    pool.query = ((sql: string, params?: unknown[]) => {
      sent.push(sql);
      return query(sql, params);
    }) as typeof pool.query;
    try {
      await work();
    } finally {
      pool.query = query;
    }
    return sent;
  };

  beforeAll(async () => {
    t = await startTestModules([BrokersModule]);
    brokers = t.get(BrokersService);
    places = await seedPlaces(t.dataSource);
    const id = await insertUser(t.pool, 'writer@test.local', 'Writer', 'investigator');
    actor = {
      auth: {
        sessionId: 'test',
        user: { id, email: 'writer@test.local', displayName: 'Writer', role: 'investigator' },
        permissions: [],
      },
      origin: { requestId: 'r-1', clientIp: '127.0.0.1', userAgent: 'jest' },
    };
  }, 60_000);
  afterAll(async () => t?.close());

  it('creates the row, its keys by source (the code keyed in SQL as searchKey does), one audit row and the check of its home place, in one statement', async () => {
    let created!: Awaited<ReturnType<BrokersService['create']>>;
    const sent = await statements(async () => {
      created = await brokers.create(actor, {
        nameLatin: 'Sok Sokha',
        nameKm: 'សុខ សុខា',
        aliases: ['Bong Kha'],
        role: 'local_recruiter',
        homePlaceId: places['01020101'],
      });
    });
    expect(sent).toHaveLength(1);
    expect(created.homePlace?.id).toBe(places['01020101']);
    expect(await keys(created.id)).toEqual(
      [
        { field: 'alias', source: 'aliases', text: 'Bong Kha' },
        { field: 'name', source: 'nameKm', text: 'សុខ សុខា' },
        { field: 'name', source: 'nameLatin', text: 'Sok Sokha' },
        { field: 'code', source: 'refCode', text: created.refCode },
      ]
        .map((e) => ({ ...e, key: searchKey(e.text) }))
        .sort((a, b) => a.source.localeCompare(b.source) || a.text.localeCompare(b.text)),
    );
    expect(await audits(created.id)).toEqual([
      { action: 'create', resource_ids: [created.id], details: {} },
    ]);
  });

  it('replaces the keys of the properties an update sets and keeps the others', async () => {
    const b = await brokers.create(actor, {
      nameLatin: 'Chan Dara',
      nameKm: 'ចាន់ ដារា',
      aliases: ['Ta Dara', 'Dara Chan'],
      role: 'transporter',
    });
    const sent = await statements(() =>
      brokers.update(actor, b.id, { version: 1, nameKm: 'ចាន់ ដារ៉ា', aliases: [] }),
    );
    expect(sent).toHaveLength(1);
    expect((await keys(b.id)).map((k) => [k.source, k.text])).toEqual([
      ['nameKm', 'ចាន់ ដារ៉ា'],
      ['nameLatin', 'Chan Dara'],
      ['refCode', b.refCode],
    ]);
    expect((await audits(b.id)).map((a) => [a.action, a.details])).toEqual([
      ['create', {}],
      ['update', { changed: ['nameKm', 'aliases'] }],
    ]);
  });

  it('answers a stale version 409 with the current record, and writes nothing', async () => {
    const b = await brokers.create(actor, { nameLatin: 'Stale Test', role: 'other' });
    await brokers.update(actor, b.id, { version: 1, notes: 'first' });
    const before = [await keys(b.id), await audits(b.id)];
    const stale = brokers.update(actor, b.id, { version: 1, nameLatin: 'Second' });
    await expect(stale).rejects.toBeInstanceOf(ConflictException);
    await expect(stale).rejects.toMatchObject({
      response: { current: { id: b.id, version: 2, nameLatin: 'Stale Test', notes: 'first' } },
    });
    expect([await keys(b.id), await audits(b.id)]).toEqual(before);
  });

  it('refuses a reference to an archived or unknown place, naming the field, and writes nothing', async () => {
    await t.pool.query(`UPDATE places SET archived_at = now() WHERE id = $1`, [places['0102']]);
    const [brokersBefore, keysBefore, auditBefore] = [
      await count('brokers'),
      await count('search_entries'),
      await count('audit_events'),
    ];
    for (const homePlaceId of [places['0102']!, '5f0c7a52-3c1d-4e55-9d0e-6a4f1a2b3c4d']) {
      const refused = brokers.create(actor, { nameLatin: 'Nowhere', role: 'other', homePlaceId });
      await expect(refused).rejects.toBeInstanceOf(BadRequestException);
      await expect(refused).rejects.toMatchObject({
        response: { fields: [{ field: 'homePlaceId', problems: ['no such place'] }] },
      });
    }
    expect([
      await count('brokers'),
      await count('search_entries'),
      await count('audit_events'),
    ]).toEqual([brokersBefore, keysBefore, auditBefore]);
    await t.pool.query(`UPDATE places SET archived_at = NULL WHERE id = $1`, [places['0102']]);
  });

  it('archives and restores in one statement with its audit row; a second archive is 404', async () => {
    const b = await brokers.create(actor, { nameLatin: 'Archive Test', role: 'other' });
    expect((await brokers.setArchived(actor, b.id, true)).archivedAt).not.toBeNull();
    const archivedKeys = await t.pool.query<{ archived: boolean }[]>(
      `SELECT DISTINCT archived FROM search_entries WHERE record_id = $1`,
      [b.id],
    );
    expect(archivedKeys).toEqual([{ archived: true }]);
    await expect(brokers.setArchived(actor, b.id, true)).rejects.toBeInstanceOf(NotFoundException);
    await expect(brokers.update(actor, b.id, { version: 2, notes: 'x' })).rejects.toMatchObject({
      message: 'No active broker with this id.',
    });
    expect((await brokers.setArchived(actor, b.id, false)).archivedAt).toBeNull();
    expect((await audits(b.id)).map((a) => a.action)).toEqual(['create', 'archive', 'restore']);
  });
});
