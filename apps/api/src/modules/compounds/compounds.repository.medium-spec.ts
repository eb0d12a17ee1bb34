import { beforeAll, describe, expect, it } from '@jest/globals';

import { RecordsRepository } from 'src/common/records/records.repository';
import type { Tx } from 'src/database/database';
import type { CompoundEntity } from 'src/modules/compounds/compound.entity';
import { CompoundsModule } from 'src/modules/compounds/compounds.module';
import { CompoundsRepository } from 'src/modules/compounds/compounds.repository';
import { ListCompoundsQueryDto } from 'src/modules/compounds/dto/compound.dto';

// eslint-disable-next-line no-restricted-imports -- the test harness lives outside src
import { RANDOM_ID, seedPlaces } from '../../../test/utils/registry-fixtures';
// eslint-disable-next-line no-restricted-imports -- the test harness lives outside src
import {
  expectOnlyActiveUpdated,
  expectPagedAndArchived,
} from '../../../test/utils/repository-checks';
// eslint-disable-next-line no-restricted-imports -- the test harness lives outside src
import { listQuery, useTestModules } from '../../../test/utils/test-modules';

describe('CompoundsRepository', () => {
  const t = useTestModules([CompoundsModule]);
  let repo: CompoundsRepository;
  let records: RecordsRepository;
  let places: Record<string, string>;
  const query = listQuery(ListCompoundsQueryDto, { pageSize: 100 });
  /** A compound and its search keys, as the writer leaves them. */
  const make = async (tx: Tx, values: Partial<CompoundEntity>) => {
    const keys = records.rowSearchParts(
      'compound',
      [
        { field: 'name', source: 'name', text: values.name },
        ...(values.aliases ?? []).map((text) => ({
          field: 'alias' as const,
          source: 'aliases',
          text,
        })),
        { field: 'alias', source: 'operator', text: values.operator },
      ],
      { column: 'ref_code', source: 'refCode' },
    );
    return repo.insert(tx, { countryCode: 'MM', ...values }, keys);
  };

  beforeAll(async () => {
    repo = t.get(CompoundsRepository);
    records = t.get(RecordsRepository);
    places = await seedPlaces(t.dataSource);
  }, 60_000);

  it('inserts a compound with a reference code, defaults, and the place it is in', async () => {
    await t.rolledBack(async (tx) => {
      const row = await repo.insert(tx, {
        name: 'Jin Bei 4',
        countryCode: 'KH',
        placeId: places['01020101'],
      });
      expect(row).toMatchObject({
        refCode: expect.stringMatching(/^C-\d{4}$/),
        name: 'Jin Bei 4',
        aliases: [],
        scamTypes: [],
        indicators: [],
        status: 'suspected',
        lat: null,
        version: 1,
        archivedAt: null,
        place: {
          id: places['01020101'],
          pathLatin: 'Phum Ou Thum, Banteay Neang commune, Mongkol Borey, Banteay Meanchey',
          archived: false,
        },
      });
      expect(await repo.find(tx, row.id)).toEqual(row);
      expect((await repo.insert(tx, { name: 'Nowhere', countryCode: 'TH' })).place).toBeNull();
    });
  });

  it.each([
    ['an unknown place', '23503', { placeId: RANDOM_ID }],
    ['ck_compounds_lat', '23514', { lat: 91, lng: 0 }],
    ['ck_compounds_lng', '23514', { lat: 0, lng: 181 }],
  ])('refuses %s', async (_, code, over) => {
    await expect(
      t.rolledBack((tx) => repo.insert(tx, { name: 'Broken', countryCode: 'KH', ...over })),
    ).rejects.toMatchObject({ driverError: { code } });
  });

  it('shows an archived place as archived, so that the service can refuse it', async () => {
    await t.rolledBack(async (tx) => {
      await tx.query(`UPDATE places SET archived_at = now() WHERE id = $1`, [places['01020102']]);
      const row = await repo.insert(tx, {
        name: 'Gone',
        countryCode: 'KH',
        placeId: places['01020102'],
      });
      expect(row.place).toMatchObject({ id: places['01020102'], archived: true });
    });
  });

  it('updates only the active row with the version read, and bumps it', async () => {
    await t.rolledBack(async (tx) => {
      const row = await repo.insert(tx, { name: 'Versioned', countryCode: 'KH' });
      const updated = await repo.update(tx, row.id, 1, {
        status: 'raided',
        placeId: places['0102'],
        aliases: ['V2'],
      });
      expect(updated).toMatchObject({
        status: 'raided',
        aliases: ['V2'],
        version: 2,
        place: { nameLatin: 'Mongkol Borey' },
      });
      expect(await repo.update(tx, row.id, 2, { placeId: null })).toMatchObject({
        place: null,
        version: 3,
      });
      const closed: Partial<CompoundEntity> = { status: 'closed' };
      expect(await repo.update(tx, row.id, 1, closed)).toBeNull();
      await expectOnlyActiveUpdated(tx, 'compounds', repo, row.id, 3, closed);
      expect(await repo.find(tx, row.id)).toMatchObject({ status: 'raided', version: 3 });
    });
  });

  it('lists by status, country, scam type and search keys, sorted from an allow-list', async () => {
    await t.rolledBack(async (tx) => {
      const a = await make(tx, {
        name: 'Shwe Kokko',
        aliases: ['Yatai New City'],
        operator: 'Yatai International Holding',
        scamTypes: ['online_gambling'],
        status: 'raided',
        placeId: places['01'],
      });
      const b = await make(tx, {
        name: 'KK Park',
        aliases: ['កេកេ'],
        scamTypes: ['impersonation', 'online_gambling'],
        status: 'active',
      });
      const c = await make(tx, { name: 'Apex', countryCode: 'TH', status: 'suspected' });
      const ids = async (over: Partial<ListCompoundsQueryDto>) =>
        (await repo.list(tx, query(over))).entities.map((x) => x.id);

      expect(await ids({})).toEqual([a.id, b.id, c.id]);
      expect(await ids({ sort: 'name' })).toEqual([c.id, b.id, a.id]);
      expect(await ids({ sort: 'name', order: 'desc' })).toEqual([a.id, b.id, c.id]);
      expect((await ids({ sort: 'countryCode', order: 'desc' }))[0]).toBe(c.id);
      expect(await ids({ sort: 'status' })).toEqual([c.id, b.id, a.id]);
      expect(await ids({ status: 'active' })).toEqual([b.id]);
      expect(await ids({ countryCode: 'MM', status: 'raided' })).toEqual([a.id]);
      expect(await ids({ scamType: 'online_gambling' })).toEqual([a.id, b.id]);
      expect(await ids({ scamType: 'impersonation', countryCode: 'TH' })).toEqual([]);
      expect(await ids({ q: 'yatai new city' })).toEqual([a.id]);
      expect(await ids({ q: 'yatai international' })).toEqual([a.id]);
      expect(await ids({ q: 'កេកេ' })).toEqual([b.id]);
      expect(await ids({ q: c.refCode })).toEqual([c.id]);
      expect(await ids({ q: 'qjxq' })).toEqual([]);
      const listed = await repo.list(tx, query({ q: 'shwe' }));
      expect(listed.entities[0]?.place).toMatchObject({ nameLatin: 'Banteay Meanchey' });

      await expectPagedAndArchived(tx, 'compounds', (over) => repo.list(tx, query(over)), [
        a,
        b,
        c,
      ]);
    });
  });
});
