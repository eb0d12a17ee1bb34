import { beforeAll, describe, expect, it } from '@jest/globals';

import type { Tx } from 'src/database/database';
import { ListLinksQueryDto } from 'src/modules/links/dto/link.dto';
import type { LinkEntity } from 'src/modules/links/link.entity';
import { LinksModule } from 'src/modules/links/links.module';
import { LinksRepository } from 'src/modules/links/links.repository';

// eslint-disable-next-line no-restricted-imports -- the test harness lives outside src
import {
  expectOnlyActiveUpdated,
  expectPagedAndArchived,
} from '../../../test/utils/repository-checks';
// eslint-disable-next-line no-restricted-imports -- the test harness lives outside src
import { insertUser, listQuery, useTestModules } from '../../../test/utils/test-modules';

const RANDOM_ID = '5f0c7a52-3c1d-4e55-9d0e-6a4f1a2b3c4d';
const [HUB, A, B, C] = [
  '00000000-0000-4000-8000-000000000001',
  '00000000-0000-4000-8000-000000000002',
  '00000000-0000-4000-8000-000000000003',
  '00000000-0000-4000-8000-000000000004',
];

describe('LinksRepository', () => {
  const t = useTestModules([LinksModule]);
  let repo: LinksRepository;
  let recorder: string;
  const query = listQuery(ListLinksQueryDto, { pageSize: 100 });
  // The table holds any ids: which records they are is the service's concern.
  const make = (tx: Tx, over: Partial<LinkEntity>) =>
    repo.insert(tx, {
      fromKind: 'broker',
      fromId: HUB,
      toKind: 'victim',
      toId: A,
      type: 'recruited',
      source: 'interview',
      ...over,
    });

  beforeAll(async () => {
    repo = t.get(LinksRepository);
    recorder = await insertUser(t.pool, 'inv@example.org', 'Dara Investigator', 'investigator');
  }, 60_000);

  it('inserts a link with defaults and the name of who recorded it', async () => {
    await t.rolledBack(async (tx) => {
      const link = await make(tx, { createdBy: recorder, startedOn: '2024-03-01' });
      expect(link).toMatchObject({
        fromKind: 'broker',
        fromId: HUB,
        toId: A,
        confidence: 'unverified',
        startedOn: '2024-03-01',
        endedOn: null,
        evidence: null,
        version: 1,
        archivedAt: null,
        createdBy: recorder,
        createdByName: 'Dara Investigator',
      });
      expect(await repo.find(tx, link.id)).toEqual(link);
      expect((await make(tx, {})).createdByName).toBeNull();
    });
  });

  it.each([
    ['ck_links_not_self', { toKind: 'broker' as const, toId: HUB }],
    ['ck_links_dates', { startedOn: '2024-03-15', endedOn: '2024-03-01' }],
  ])('refuses a link that breaks %s', async (constraint, over) => {
    await expect(t.rolledBack((tx) => make(tx, over))).rejects.toMatchObject({
      driverError: { constraint },
    });
  });

  it('updates only the active row with the version read, and bumps it', async () => {
    await t.rolledBack(async (tx) => {
      const link = await make(tx, { createdBy: recorder });
      const updated = await repo.update(tx, link.id, 1, {
        confidence: 'confirmed',
        evidence: null,
      });
      expect(updated).toMatchObject({
        confidence: 'confirmed',
        version: 2,
        createdByName: 'Dara Investigator',
      });
      const possible: Partial<LinkEntity> = { confidence: 'possible' };
      expect(await repo.update(tx, link.id, 1, possible)).toBeNull();
      await expectOnlyActiveUpdated(tx, 'links', repo, link.id, 2, possible);
    });
  });

  it('lists the links of a record at either end, newest first, filtered and sorted', async () => {
    await t.rolledBack(async (tx) => {
      const stamp = (n: number) => ({ createdAt: new Date(Date.UTC(2025, 0, n)) });
      const out1 = await make(tx, {
        toKind: 'broker',
        toId: A,
        type: 'associate_of',
        source: 'tip',
        confidence: 'possible',
        startedOn: '2023-01-01',
        ...stamp(1),
      });
      const out2 = await make(tx, {
        toKind: 'compound',
        toId: B,
        type: 'works_for',
        source: 'raid',
        confidence: 'confirmed',
        startedOn: '2024-06-01',
        ...stamp(2),
      });
      const in1 = await make(tx, {
        fromKind: 'victim',
        fromId: C,
        toKind: 'broker',
        toId: HUB,
        type: 'paid',
        confidence: 'probable',
        ...stamp(3),
      });
      const unrelated = await make(tx, { fromId: A, toKind: 'compound', toId: B, ...stamp(4) });
      const ids = async (over: Partial<ListLinksQueryDto>) =>
        (await repo.list(tx, query({ recordId: HUB, ...over }))).entities.map((l) => l.id);

      expect(await ids({})).toEqual([in1.id, out2.id, out1.id]);
      expect(await ids({})).not.toContain(unrelated.id);
      expect(await ids({ type: 'works_for' })).toEqual([out2.id]);
      expect(await ids({ confidence: 'probable' })).toEqual([in1.id]);
      expect(await ids({ source: 'tip' })).toEqual([out1.id]);
      expect(await ids({ source: 'raid', confidence: 'possible' })).toEqual([]);
      expect(await ids({ sort: 'startedOn', order: 'asc' })).toEqual([out1.id, out2.id, in1.id]);
      expect(await ids({ sort: 'startedOn', order: 'desc' })).toEqual([out2.id, out1.id, in1.id]);
      expect(await ids({ sort: 'createdAt', order: 'asc' })).toEqual([out1.id, out2.id, in1.id]);
      expect(await ids({ sort: 'confidence' })).toEqual([out2.id, in1.id, out1.id]);
      expect(await ids({ sort: 'type' })).toEqual([in1.id, out2.id, out1.id]);
      expect((await repo.list(tx, query({ recordId: RANDOM_ID }))).total).toBe(0);
      await expectPagedAndArchived(
        tx,
        'links',
        (over) => repo.list(tx, query({ recordId: HUB, ...over })),
        [in1, out2, out1],
      );
    });
  });
});
