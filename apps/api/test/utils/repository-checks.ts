import { expect } from '@jest/globals';

import type { Tx } from 'src/database/database';

import { RANDOM_ID } from './registry-fixtures';

type Page = { total: number; totalExact: boolean; entities: { id: string }[] };

/**
 * Three active rows that `list` answers in this order: page 2 of 2 holds the third alone; once the
 * second is archived, lists leave it out unless they ask for archived rows, which show it alone.
 */
export async function expectPagedAndArchived(
  tx: Tx,
  table: string,
  list: (over: { page?: number; pageSize?: number; archived?: boolean }) => Promise<Page>,
  [first, second, third]: [{ id: string }, { id: string }, { id: string }],
): Promise<void> {
  const ids = async (over: { archived?: boolean }) => (await list(over)).entities.map((e) => e.id);
  const page = await list({ page: 2, pageSize: 2 });
  expect(page).toMatchObject({ total: 3, totalExact: true });
  expect(page.entities.map((e) => e.id)).toEqual([third.id]);
  await tx.query(`UPDATE ${table} SET archived_at = now() WHERE id = $1`, [second.id]);
  expect(await ids({})).toEqual([first.id, third.id]);
  expect(await ids({ archived: true })).toEqual([second.id]);
}

type Store<V> = {
  update(tx: Tx, id: string, version: number, values: V): Promise<unknown>;
  find(tx: Tx, id: string): Promise<unknown>;
};

/** Once archived, a row is no longer updated, even at its version; an unknown id is neither. */
export async function expectOnlyActiveUpdated<V>(
  tx: Tx,
  table: string,
  repo: Store<V>,
  id: string,
  version: number,
  values: V,
): Promise<void> {
  await tx.query(`UPDATE ${table} SET archived_at = now() WHERE id = $1`, [id]);
  expect(await repo.update(tx, id, version, values)).toBeNull();
  expect(await repo.update(tx, RANDOM_ID, 1, values)).toBeNull();
  expect(await repo.find(tx, RANDOM_ID)).toBeNull();
}
