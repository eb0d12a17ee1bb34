import { beforeAll, describe, expect, it } from '@jest/globals';

import type { Tx } from 'src/database/database';
import { BrokersModule } from 'src/modules/brokers/brokers.module';
import { BrokersRepository } from 'src/modules/brokers/brokers.repository';
import { ListBrokersQueryDto } from 'src/modules/brokers/dto/broker.dto';

// eslint-disable-next-line no-restricted-imports -- the test harness lives outside src
import { seedPlaces } from '../../../test/utils/registry-fixtures';
// eslint-disable-next-line no-restricted-imports -- the test harness lives outside src
import { listQuery, useTestModules } from '../../../test/utils/test-modules';

describe('BrokersRepository list', () => {
  const t = useTestModules([BrokersModule]);
  let repo: BrokersRepository;
  let places: Record<string, string>;
  const query = listQuery(ListBrokersQueryDto);
  /** `n` brokers B-…, every third a transporter from the village 01020101, the others from 01020102. */
  const seed = (tx: Tx, n: number) =>
    tx.query(
      `INSERT INTO brokers (name_latin, role, home_place_id)
       SELECT 'Broker ' || i, CASE WHEN i % 3 = 0 THEN 'transporter' ELSE 'local_recruiter' END::broker_role,
              CASE WHEN i % 3 = 0 THEN $1 ELSE $2 END::uuid
         FROM generate_series(1, $3::int) AS i`,
      [places['01020101'], places['01020102'], n],
    );
  const refCodes = (tx: Tx, limit: number, offset: number) =>
    tx
      .query<{ ref_code: string }[]>(
        `SELECT ref_code FROM brokers WHERE archived_at IS NULL ORDER BY ref_code, id LIMIT $1 OFFSET $2`,
        [limit, offset],
      )
      .then((rows) => rows.map((r) => r.ref_code));

  beforeAll(async () => {
    repo = t.get(BrokersRepository);
    places = await seedPlaces(t.dataSource);
  }, 60_000);

  it('reads a page with its rows’ home places and an exact count up to the cap', async () => {
    await t.rolledBack(async (tx) => {
      await seed(tx, 30);
      const page = await repo.list(tx, query({ page: 2, pageSize: 10 }));
      expect(page).toMatchObject({ total: 30, totalExact: true });
      expect(page.entities.map((b) => b.refCode)).toEqual(await refCodes(tx, 10, 10));
      expect(page.entities[0]!.homePlace).toMatchObject({ kind: 'village', countryCode: 'KH' });
      expect(page.entities[0]).not.toHaveProperty('home_place');

      const transporters = await repo.list(tx, query({ role: 'transporter', pageSize: 100 }));
      expect(transporters.total).toBe(10);
      expect(transporters.entities.every((b) => b.homePlace?.id === places['01020101'])).toBe(true);
      const fromVillage = await repo.list(tx, query({ homePlaceId: places['01020102'] }));
      expect(fromVillage.total).toBe(20);
      const desc = await repo.list(tx, query({ sort: 'refCode', order: 'desc', pageSize: 3 }));
      expect(desc.entities.map((b) => b.refCode)).toEqual(
        (await refCodes(tx, 30, 0)).reverse().slice(0, 3),
      );
    });
  });

  it('answers a page past the end with no rows and the count', async () => {
    await t.rolledBack(async (tx) => {
      await seed(tx, 12);
      const page = await repo.list(tx, query({ page: 5, pageSize: 10 }));
      expect(page).toMatchObject({ entities: [], total: 12, totalExact: true });
    });
  });

  it('beyond 1,000 matches answers the planner’s estimate, and deep pages are the right rows', async () => {
    await t.rolledBack(async (tx) => {
      await seed(tx, 1_500);
      await tx.query('ANALYZE brokers');
      const page = await repo.list(tx, query({ page: 120, pageSize: 10 }));
      expect(page.totalExact).toBe(false);
      expect(page.total).toBeGreaterThan(1_000);
      expect(page.entities.map((b) => b.refCode)).toEqual(await refCodes(tx, 10, 1_190));
      expect(page.entities.every((b) => b.homePlace !== null)).toBe(true);
    });
  });
});
