import { beforeAll, describe, expect, it } from '@jest/globals';

import { RecordsRepository } from 'src/common/records/records.repository';
import type { Tx } from 'src/database/database';
import { ListRoutesQueryDto } from 'src/modules/routes/dto/route.dto';
import type { RouteEntity } from 'src/modules/routes/route.entity';
import { RoutesModule } from 'src/modules/routes/routes.module';
import { type LegInput, RoutesRepository } from 'src/modules/routes/routes.repository';

// eslint-disable-next-line no-restricted-imports -- the test harness lives outside src
import { RANDOM_ID, seedPlaces } from '../../../test/utils/registry-fixtures';
// eslint-disable-next-line no-restricted-imports -- the test harness lives outside src
import {
  expectOnlyActiveUpdated,
  expectPagedAndArchived,
} from '../../../test/utils/repository-checks';
// eslint-disable-next-line no-restricted-imports -- the test harness lives outside src
import { listQuery, useTestModules } from '../../../test/utils/test-modules';

describe('RoutesRepository', () => {
  const t = useTestModules([RoutesModule]);
  let repo: RoutesRepository;
  let records: RecordsRepository;
  let places: Record<string, string>;
  let broker: string;
  let compound: string;
  const query = listQuery(ListRoutesQueryDto, { pageSize: 100 });
  const leg = (from: string, to: string, over: Partial<LegInput> = {}): LegInput => ({
    fromPlaceId: places[from]!,
    toPlaceId: places[to]!,
    mode: 'bus',
    departedOn: null,
    arrivedOn: null,
    brokerId: null,
    notes: null,
    ...over,
  });
  /** A route and its search keys, as the writer leaves them. */
  const make = async (tx: Tx, values: Partial<RouteEntity>, legs: LegInput[] = []) => {
    const keys = records.rowSearchParts(
      'route',
      [{ field: 'name', source: 'name', text: values.name }],
      { column: 'ref_code', source: 'refCode' },
    );
    return repo.insert(tx, { originPlaceId: places['01020101'], ...values, legs }, keys);
  };

  beforeAll(async () => {
    repo = t.get(RoutesRepository);
    records = t.get(RecordsRepository);
    places = await seedPlaces(t.dataSource);
    const insertId = async (sql: string) => (await t.pool.query<{ id: string }[]>(sql))[0]!.id;
    broker = await insertId(
      `INSERT INTO brokers (name_latin, role) VALUES ('Sok', 'transporter') RETURNING id`,
    );
    compound = await insertId(
      `INSERT INTO compounds (name, country_code) VALUES ('Jin Bei', 'KH') RETURNING id`,
    );
  }, 60_000);

  it('inserts a route and its legs in one statement, with their places', async () => {
    await t.rolledBack(async (tx) => {
      const row = await repo.insert(tx, {
        name: 'Ou Thum to Jin Bei',
        originPlaceId: places['01020101'],
        destinationCompoundId: compound,
        moneyAdvanced: '350.50',
        currency: 'USD',
        legs: [
          leg('01020101', '01020102', {
            brokerId: broker,
            departedOn: '2024-03-01',
            notes: 'bus',
          }),
          leg('01020102', 'TH', { mode: 'car', arrivedOn: '2024-03-02' }),
        ],
      });
      expect(row).toMatchObject({
        refCode: expect.stringMatching(/^R-\d{4}$/),
        moneyAdvanced: '350.50',
        version: 1,
        originPlace: { id: places['01020101'], nameLatin: 'Ou Thum', archived: false },
        destinationPlace: null,
        destinationCompoundId: compound,
      });
      expect(row.legs).toEqual([
        {
          id: expect.any(String),
          position: 0,
          mode: 'bus',
          fromPlace: expect.objectContaining({ id: places['01020101'] }),
          toPlace: expect.objectContaining({ id: places['01020102'], nameLatin: 'Phnum' }),
          departedOn: '2024-03-01',
          arrivedOn: null,
          brokerId: broker,
          notes: 'bus',
        },
        {
          id: expect.any(String),
          position: 1,
          mode: 'car',
          fromPlace: expect.objectContaining({ id: places['01020102'] }),
          toPlace: expect.objectContaining({ code: 'TH', kind: 'country' }),
          departedOn: null,
          arrivedOn: '2024-03-02',
          brokerId: null,
          notes: null,
        },
      ]);
      expect(await repo.find(tx, row.id)).toEqual(row);
      const bare = await repo.insert(tx, { name: 'Bare', originPlaceId: places['01'], legs: [] });
      expect(bare.legs).toEqual([]);
    });
  });

  it.each([
    [
      'a leg that arrives before it departs',
      '23514',
      [{ departedOn: '2024-03-02', arrivedOn: '2024-03-01' }],
    ],
    ['a leg from an unknown place', '23503', [{ fromPlaceId: RANDOM_ID }]],
  ])('writes nothing for %s', async (_, code, over) => {
    await expect(
      t.rolledBack((tx) =>
        repo.insert(tx, {
          name: 'Broken',
          originPlaceId: places['01'],
          legs: [leg('01', '0102', over[0])],
        }),
      ),
    ).rejects.toMatchObject({ driverError: { code } });
  });

  it('replaces the legs with the route only when the version matched', async () => {
    await t.rolledBack(async (tx) => {
      const row = await repo.insert(tx, {
        name: 'Relegged',
        originPlaceId: places['01'],
        legs: [leg('01', '0102'), leg('0102', '010201')],
      });
      const same = await repo.update(tx, row.id, 1, { name: 'Renamed' });
      expect(same).toMatchObject({ name: 'Renamed', version: 2 });
      expect(same?.legs).toEqual(row.legs);
      // The same positions again, in one statement: the old legs go before the new ones come.
      const replaced = await repo.update(tx, row.id, 2, {
        legs: [
          leg('01', '010201', { mode: 'plane' }),
          leg('010201', '0102', { brokerId: broker }),
          leg('0102', 'TH'),
        ],
      });
      expect(replaced?.version).toBe(3);
      expect(replaced?.legs.map((l) => [l.position, l.mode, l.brokerId])).toEqual([
        [0, 'plane', null],
        [1, 'bus', broker],
        [2, 'bus', null],
      ]);
      expect((await repo.find(tx, row.id))?.legs).toEqual(replaced?.legs);
      expect(await repo.update(tx, row.id, 2, { legs: [] })).toBeNull();
      expect((await repo.find(tx, row.id))?.legs).toHaveLength(3);
      expect((await repo.update(tx, row.id, 3, { legs: [] }))?.legs).toEqual([]);
      await expectOnlyActiveUpdated(tx, 'routes', repo, row.id, 4, { name: 'X' });
    });
  });

  it('lists by origin (inside a place), destination, broker of any leg, channel and search keys', async () => {
    await t.rolledBack(async (tx) => {
      const a = await make(
        tx,
        { name: 'Alpha', lureChannel: 'telegram', firstSeen: '2023-01-01' },
        [leg('01020101', '0102'), leg('0102', 'TH', { brokerId: broker })],
      );
      const b = await make(tx, {
        name: 'Bravo',
        originPlaceId: places['01020102'],
        destinationCompoundId: compound,
        lureChannel: 'facebook',
        firstSeen: '2024-05-01',
      });
      const c = await make(tx, { name: 'Charlie', originPlaceId: places['TH'] });
      const ids = async (over: Partial<ListRoutesQueryDto>) =>
        (await repo.list(tx, query(over))).entities.map((r) => r.id);

      expect(await ids({})).toEqual([a.id, b.id, c.id]);
      expect(await ids({ sort: 'name', order: 'desc' })).toEqual([c.id, b.id, a.id]);
      expect(await ids({ sort: 'firstSeen' })).toEqual([a.id, b.id, c.id]);
      expect(await ids({ sort: 'firstSeen', order: 'desc' })).toEqual([b.id, a.id, c.id]);
      expect(await ids({ originPlaceId: places['01'] })).toEqual([a.id, b.id]);
      expect(await ids({ originPlaceId: places['01020102'] })).toEqual([b.id]);
      expect(await ids({ originPlaceId: places['TH'] })).toEqual([c.id]);
      expect(await ids({ destinationCompoundId: compound })).toEqual([b.id]);
      expect(await ids({ brokerId: broker })).toEqual([a.id]);
      expect(await ids({ lureChannel: 'telegram' })).toEqual([a.id]);
      expect(await ids({ q: 'bravo' })).toEqual([b.id]);
      expect(await ids({ q: c.refCode })).toEqual([c.id]);
      const listed = (await repo.list(tx, query({ q: 'alpha' }))).entities[0]!;
      expect(listed.legs.map((l) => l.position)).toEqual([0, 1]);
      expect(listed.originPlace).toMatchObject({ nameLatin: 'Ou Thum' });

      await expectPagedAndArchived(tx, 'routes', (over) => repo.list(tx, query(over)), [a, b, c]);
    });
  });
});
