import type { GraphViewCanvas, GraphViewSort } from '@khsae/domain';
import { Injectable } from '@nestjs/common';

import { sqlStateOf } from 'src/common/errors/database-errors';
import type { Tx } from 'src/database/database';
import { hydrate } from 'src/database/statements';
import { GraphViewEntity } from 'src/modules/graph-views/graph-view.entity';

const SORTS: Record<GraphViewSort, string> = {
  updatedAt: 'v.updated_at',
  createdAt: 'v.created_at',
  name: 'lower(v.name)',
};
const NAME_INDEX = 'uq_graph_views_owner_name';
// Every column but the canvas: lists and deletions do not need it.
const SUMMARY = 'id, owner_id, name, node_count, version, created_at, updated_at, archived_at';

/** What a write answers when the owner already has an active view of the name. */
export const NAME_TAKEN = 'name taken';

/** Runs a write; the one unique index on names answers NAME_TAKEN instead of an error. */
async function unlessNameTaken<T>(write: () => Promise<T>): Promise<T | typeof NAME_TAKEN> {
  try {
    return await write();
  } catch (err) {
    const constraint = (err as { driverError?: { constraint?: unknown } }).driverError?.constraint;
    if (sqlStateOf(err) === '23505' && constraint === NAME_INDEX) return NAME_TAKEN;
    throw err;
  }
}

/** The SQL of saved graph views: every statement is scoped to the owner. */
@Injectable()
export class GraphViewsRepository {
  async list(
    tx: Tx,
    ownerId: string,
    page: { sort: GraphViewSort; order: 'asc' | 'desc'; skip: number; take: number },
  ): Promise<{ entities: GraphViewEntity[]; total: number }> {
    const [entities, total] = await tx
      .createQueryBuilder(GraphViewEntity, 'v')
      .where('v.owner_id = :owner AND v.archived_at IS NULL', { owner: ownerId })
      .orderBy(SORTS[page.sort], page.order === 'asc' ? 'ASC' : 'DESC')
      .addOrderBy('v.id')
      .offset(page.skip)
      .limit(page.take)
      .getManyAndCount();
    return { entities, total };
  }

  /** The owner's active view with its canvas, or null. */
  async find(tx: Tx, ownerId: string, id: string): Promise<GraphViewEntity | null> {
    const [raw] = await tx.query<Record<string, unknown>[]>(
      `SELECT * FROM graph_views WHERE id = $1 AND owner_id = $2 AND archived_at IS NULL`,
      [id, ownerId],
    );
    return raw ? hydrate(tx, GraphViewEntity, raw) : null;
  }

  async insert(
    tx: Tx,
    view: { ownerId: string; name: string; canvas: GraphViewCanvas; nodeCount: number },
  ): Promise<GraphViewEntity | typeof NAME_TAKEN> {
    return unlessNameTaken(async () => {
      const [raw] = await tx.query<Record<string, unknown>[]>(
        `INSERT INTO graph_views (owner_id, name, canvas, node_count)
         VALUES ($1, $2, $3::jsonb, $4) RETURNING *`,
        [view.ownerId, view.name, JSON.stringify(view.canvas), view.nodeCount],
      );
      return hydrate(tx, GraphViewEntity, raw!);
    });
  }

  /**
   * Sets the name, the canvas with its record count, or both, only on the owner's active view with
   * the version read, and bumps it. Null when nothing matched.
   */
  async update(
    tx: Tx,
    ownerId: string,
    id: string,
    version: number,
    values: { name?: string; canvas?: GraphViewCanvas; nodeCount?: number },
  ): Promise<GraphViewEntity | typeof NAME_TAKEN | null> {
    const params: unknown[] = [id, ownerId, version];
    const sets = ['version = version + 1', 'updated_at = now()'];
    if (values.name !== undefined) sets.push(`name = $${params.push(values.name)}`);
    if (values.canvas !== undefined) {
      sets.push(`canvas = $${params.push(JSON.stringify(values.canvas))}::jsonb`);
      sets.push(`node_count = $${params.push(values.nodeCount)}`);
    }
    return unlessNameTaken(async () => {
      const [raw] = await tx.query<Record<string, unknown>[]>(
        `WITH changed AS (
           UPDATE graph_views SET ${sets.join(', ')}
            WHERE id = $1 AND owner_id = $2 AND version = $3 AND archived_at IS NULL
           RETURNING *
         ) SELECT * FROM changed`,
        params,
      );
      return raw ? hydrate(tx, GraphViewEntity, raw) : null;
    });
  }

  /** Archives the owner's active view; null when there is none. */
  async archive(tx: Tx, ownerId: string, id: string): Promise<GraphViewEntity | null> {
    const [raw] = await tx.query<Record<string, unknown>[]>(
      `WITH archived AS (
         UPDATE graph_views SET archived_at = now(), version = version + 1, updated_at = now()
          WHERE id = $1 AND owner_id = $2 AND archived_at IS NULL
         RETURNING ${SUMMARY}
       ) SELECT * FROM archived`,
      [id, ownerId],
    );
    return raw ? hydrate(tx, GraphViewEntity, raw) : null;
  }
}
