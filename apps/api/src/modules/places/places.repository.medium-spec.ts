import { beforeAll, describe, expect, it } from '@jest/globals';

import { ListPlacesQueryDto } from 'src/modules/places/dto/place.dto';
import { PlacesModule } from 'src/modules/places/places.module';
import { type NewPlace, PlacesRepository } from 'src/modules/places/places.repository';

// eslint-disable-next-line no-restricted-imports -- the test harness lives outside src
import { RANDOM_ID, seedPlaces, TEST_GAZETTEER } from '../../../test/utils/registry-fixtures';
// eslint-disable-next-line no-restricted-imports -- the test harness lives outside src
import { expectOnlyActiveUpdated } from '../../../test/utils/repository-checks';
// eslint-disable-next-line no-restricted-imports -- the test harness lives outside src
import { listQuery, useTestModules } from '../../../test/utils/test-modules';

describe('PlacesRepository', () => {
  const t = useTestModules([PlacesModule]);
  let repo: PlacesRepository;
  let places: Record<string, string>;
  const query = listQuery(ListPlacesQueryDto, { pageSize: 100 });
  /** A place in Thailand with only the fields given. */
  const thai = (p: Pick<NewPlace, 'kind' | 'nameLatin'> & Partial<NewPlace>): NewPlace => ({
    nameKm: null,
    countryCode: 'TH',
    parentId: null,
    code: null,
    lat: null,
    lng: null,
    createdBy: null,
    ...p,
  });
  const codes = async (over: Partial<ListPlacesQueryDto>) =>
    (await repo.list(t.pool, query(over))).entities.map((p) => p.code);

  beforeAll(async () => {
    repo = t.get(PlacesRepository);
    places = await seedPlaces(t.dataSource);
  }, 60_000);

  it('imports the gazetteer idempotently, with paths in both scripts and search keys', async () => {
    const count = async () =>
      (await t.pool.query<{ n: string }[]>('SELECT count(*) AS n FROM places'))[0]!.n;
    const before = await count();
    await seedPlaces(t.dataSource);
    expect(await count()).toBe(before);
    const village = await repo.find(t.pool, places['01020101']!);
    expect(village).toMatchObject({
      kind: 'village',
      parentId: places['010201'],
      pathLatin: 'Phum Ou Thum, Banteay Neang commune, Mongkol Borey, Banteay Meanchey',
      pathKm: 'ភូមិអូរធំ ឃុំបន្ទាយនាង ស្រុកមង្គលបូរី ខេត្តបន្ទាយមានជ័យ',
      lat: 13.51,
      countryCode: 'KH',
    });
    const keys = await t.pool.query<{ field: string }[]>(
      `SELECT field FROM search_entries WHERE record_id = $1 ORDER BY field`,
      [places['01']],
    );
    expect(keys.map((k) => k.field)).toEqual(['alias', 'code', 'name', 'name']);
  });

  it('imports the 249 current ISO 3166-1 countries named in both scripts, no withdrawn code', async () => {
    const rows = await t.pool.query<{ code: string; name_km: string | null }[]>(
      `SELECT code, name_km FROM places WHERE kind = 'country' ORDER BY code`,
    );
    expect(rows).toHaveLength(249);
    const codes = rows.map((r) => r.code);
    for (const code of ['DD', 'SU', 'YU', 'CS', 'UK', 'BU', 'RH', 'DY', 'VD', 'YD', 'AN', 'EU'])
      expect(codes).not.toContain(code);
    for (const r of rows) expect(r.name_km).toMatch(/[\u1780-\u17FF]/);
  });

  it('lists by kind, parent and country, sorted from an allow-list, archived ones only on request', async () => {
    expect(await codes({ kind: 'village', sort: 'code' })).toEqual(['01020101', '01020102']);
    expect(await codes({ parentId: places['010201'], sort: 'code', order: 'desc' })).toEqual([
      '01020102',
      '01020101',
    ]);
    expect(await codes({ countryCode: 'KH', kind: 'province' })).toEqual(['01']);
    const page = await repo.list(t.pool, query({ kind: 'country', page: 2, pageSize: 10 }));
    expect(page).toMatchObject({ totalExact: true, total: expect.any(Number) });
    expect(page.total).toBeGreaterThan(200);
    expect(page.entities).toHaveLength(10);

    await t.rolledBack(async (tx) => {
      await tx.query(`UPDATE places SET archived_at = now() WHERE id = $1`, [places['01020102']]);
      const active = await repo.list(tx, query({ parentId: places['010201'] }));
      expect(active.entities.map((p) => p.code)).toEqual(['01020101']);
      const all = await repo.list(tx, query({ parentId: places['010201'], archived: true }));
      expect(all.total).toBe(2);
    });
  });

  it('finds by a few letters of any name, shorter names first', async () => {
    expect(await codes({ q: 'ou thum' })).toEqual(['01020101']);
    expect(await codes({ q: 'អូរធ' })).toEqual(['01020101']);
    expect(await codes({ q: 'Bântéay Méan' })).toEqual(['01']);
    expect(await codes({ q: 'banteay' })).toEqual(['010201', '01']);
    expect(await codes({ q: 'qjxq%' })).toEqual([]);
  });

  it('inserts a place under its parent, its paths led by its own names', async () => {
    await t.rolledBack(async (tx) => {
      const th = (await repo.list(tx, query({ kind: 'country', q: 'thailand' }))).entities[0]!;
      const city = await repo.insert(tx, {
        kind: 'city',
        nameLatin: 'Aranyaprathet',
        nameKm: 'អរញ្ញប្រទេស',
        countryCode: 'TH',
        parentId: th.id,
        code: 'ARY',
        lat: 13.69,
        lng: 102.5,
        createdBy: null,
      });
      expect(city).toMatchObject({
        kind: 'city',
        pathLatin: 'Aranyaprathet, Thailand',
        pathKm: 'អរញ្ញប្រទេស ថៃ',
        version: 1,
        archivedAt: null,
      });
      expect(city.createdAt).toBeInstanceOf(Date);
      const alone = await repo.insert(tx, thai({ kind: 'airport', nameLatin: 'Nowhere Field' }));
      expect(alone).toMatchObject({ pathLatin: 'Nowhere Field', pathKm: null, parentId: null });
    });
  });

  it.each([
    ['fk_places_parent_id', { parentId: RANDOM_ID }],
    ['uq_places_code', { code: '01' }],
    ['ck_places_lat', { lat: 91 }],
  ])('refuses a place that breaks %s', async (constraint, over) => {
    await expect(
      t.rolledBack((tx) => repo.insert(tx, thai({ kind: 'city', nameLatin: 'Broken', ...over }))),
    ).rejects.toMatchObject({ driverError: { constraint } });
  });

  it('updates only the active row with the version read, and bumps it', async () => {
    await t.rolledBack(async (tx) => {
      const id = places['01020102']!;
      const updated = await repo.update(tx, id, 1, { nameKm: 'ភ្នំថ្មី', lat: 13.6, lng: 103.1 });
      expect(updated).toMatchObject({ nameKm: 'ភ្នំថ្មី', lat: 13.6, version: 2 });
      expect(await repo.update(tx, id, 1, { lat: 0 })).toBeNull();
      await expectOnlyActiveUpdated(tx, 'places', repo, id, 2, { lat: 0 });
    });
  });

  it('finds a place, archived or not, and nothing for an unknown id', async () => {
    expect((await repo.find(t.pool, places['0102']!))?.nameLatin).toBe('Mongkol Borey');
    expect(await repo.find(t.pool, RANDOM_ID)).toBeNull();
  });

  it('gives other statements a place as JSON and the places inside a place', async () => {
    const [row] = await t.pool.query<{ ref: unknown; inside: string[] }[]>(
      `SELECT ${repo.refSql('$1::uuid')} AS ref,
              (SELECT array_agg(code ORDER BY code) FROM places x
                WHERE ${repo.withinSql('x.id', 'placeId').replace(':placeId', '$2::uuid')}) AS inside`,
      [places['01020101'], places['0102']],
    );
    expect(row!.ref).toMatchObject({
      id: places['01020101'],
      nameLatin: 'Ou Thum',
      archived: false,
    });
    expect(row!.inside).toEqual(
      TEST_GAZETTEER.filter((g) => g.code.startsWith('0102')).map((g) => g.code),
    );
  });
});
