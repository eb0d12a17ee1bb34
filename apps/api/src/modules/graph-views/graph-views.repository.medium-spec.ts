import type { GraphViewCanvas } from '@khsae/domain';
import { beforeAll, describe, expect, it } from '@jest/globals';

import type { Tx } from 'src/database/database';
import { GraphViewsModule } from 'src/modules/graph-views/graph-views.module';
import { GraphViewsRepository, NAME_TAKEN } from 'src/modules/graph-views/graph-views.repository';

// eslint-disable-next-line no-restricted-imports -- the test harness lives outside src
import { insertUser, useTestModules } from '../../../test/utils/test-modules';

const RANDOM_ID = '5f0c7a52-3c1d-4e55-9d0e-6a4f1a2b3c4d';

const canvas = (layout = 'fcose'): GraphViewCanvas =>
  ({ version: 1, layout, state: { nodes: {} }, positions: {} }) as unknown as GraphViewCanvas;

describe('GraphViewsRepository', () => {
  const t = useTestModules([GraphViewsModule]);
  let repo: GraphViewsRepository;
  let owner: string;
  let other: string;
  const make = (tx: Tx, name: string, ownerId = owner) =>
    repo.insert(tx, { ownerId, name, canvas: canvas(), nodeCount: 0 }).then((v) => {
      if (v === NAME_TAKEN) throw new Error(`${name} is taken`);
      return v;
    });

  beforeAll(async () => {
    repo = t.get(GraphViewsRepository);
    owner = await insertUser(t.pool, 'owner@test.local', 'Owner', 'investigator');
    other = await insertUser(t.pool, 'other@test.local', 'Other', 'investigator');
  }, 60_000);

  it('inserts a view with its canvas and finds it for its owner only, while active', async () => {
    await t.rolledBack(async (tx) => {
      const view = await repo.insert(tx, {
        ownerId: owner,
        name: 'Poipet network',
        canvas: canvas(),
        nodeCount: 3,
      });
      expect(view).toMatchObject({
        ownerId: owner,
        name: 'Poipet network',
        nodeCount: 3,
        version: 1,
        archivedAt: null,
        canvas: canvas(),
        createdAt: expect.any(Date),
      });
      if (view === NAME_TAKEN) return;
      expect(await repo.find(tx, owner, view.id)).toEqual(view);
      expect(await repo.find(tx, other, view.id)).toBeNull();
      expect(await repo.find(tx, owner, RANDOM_ID)).toBeNull();
      await repo.archive(tx, owner, view.id);
      expect(await repo.find(tx, owner, view.id)).toBeNull();
    });
  });

  it('answers NAME_TAKEN for a second active view of a name, in any case, of the same owner', async () => {
    await t.rolledBack(async (tx) => {
      const first = await make(tx, 'Network');
      // Another owner may use the name; an archived view frees it.
      await make(tx, 'Network', other);
      await repo.archive(tx, owner, first.id);
      const second = await make(tx, 'Network');
      expect(await repo.update(tx, owner, second.id, 1, { name: 'Renamed' })).toMatchObject({
        name: 'Renamed',
      });
      await make(tx, 'Network');
      expect(
        await repo.insert(tx, { ownerId: owner, name: 'NETWORK', canvas: canvas(), nodeCount: 0 }),
      ).toBe(NAME_TAKEN);
    });
    await t.rolledBack(async (tx) => {
      await make(tx, 'Taken');
      const view = await make(tx, 'Free');
      expect(await repo.update(tx, owner, view.id, 1, { name: 'taken' })).toBe(NAME_TAKEN);
    });
  });

  it('updates the owner’s active view with the version read, and bumps it', async () => {
    await t.rolledBack(async (tx) => {
      const view = await make(tx, 'Versioned');
      const renamed = await repo.update(tx, owner, view.id, 1, { name: 'Renamed' });
      expect(renamed).toMatchObject({
        name: 'Renamed',
        version: 2,
        nodeCount: 0,
        canvas: canvas(),
      });
      const redrawn = await repo.update(tx, owner, view.id, 2, {
        canvas: canvas('cose'),
        nodeCount: 7,
      });
      expect(redrawn).toMatchObject({
        name: 'Renamed',
        version: 3,
        nodeCount: 7,
        canvas: canvas('cose'),
      });
      expect(await repo.update(tx, owner, view.id, 2, { name: 'Stale' })).toBeNull();
      expect(await repo.update(tx, other, view.id, 3, { name: 'Not mine' })).toBeNull();
      expect(await repo.update(tx, owner, RANDOM_ID, 1, { name: 'Nothing' })).toBeNull();
      await repo.archive(tx, owner, view.id);
      expect(await repo.update(tx, owner, view.id, 4, { name: 'Archived' })).toBeNull();
    });
  });

  it('archives the owner’s active view once, answering it without its canvas', async () => {
    await t.rolledBack(async (tx) => {
      const view = await make(tx, 'To delete');
      expect(await repo.archive(tx, other, view.id)).toBeNull();
      const archived = await repo.archive(tx, owner, view.id);
      expect(archived).toMatchObject({ id: view.id, version: 2, archivedAt: expect.any(Date) });
      expect(archived?.canvas).toBeUndefined();
      expect(await repo.archive(tx, owner, view.id)).toBeNull();
    });
  });

  it('lists the owner’s active views without canvases, sorted and paged, with the total', async () => {
    await t.rolledBack(async (tx) => {
      const b = await make(tx, 'bravo');
      const a = await make(tx, 'Alpha');
      const c = await make(tx, 'charlie');
      await make(tx, 'Not listed', other);
      await repo.archive(tx, owner, (await make(tx, 'Archived')).id);
      await tx.query(
        `UPDATE graph_views SET updated_at = now() + (CASE name WHEN 'Alpha' THEN 2 WHEN 'bravo' THEN 1 ELSE 3 END) * interval '1 minute'`,
      );
      const names = async (sort: 'name' | 'updatedAt' | 'createdAt', order: 'asc' | 'desc') =>
        (await repo.list(tx, owner, { sort, order, skip: 0, take: 10 })).entities.map(
          (v) => v.name,
        );
      expect(await names('name', 'asc')).toEqual(['Alpha', 'bravo', 'charlie']);
      expect(await names('updatedAt', 'desc')).toEqual(['charlie', 'Alpha', 'bravo']);
      const page = await repo.list(tx, owner, { sort: 'name', order: 'desc', skip: 1, take: 1 });
      expect(page.total).toBe(3);
      expect(page.entities.map((v) => v.id)).toEqual([b.id]);
      expect(page.entities[0]?.canvas).toBeUndefined();
      expect([a.id, c.id]).not.toContain(page.entities[0]!.id);
    });
  });
});
