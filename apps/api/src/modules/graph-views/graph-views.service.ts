import { cleanText, type Page } from '@khsae/domain';
import { ConflictException, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { AuthContext, RequestOrigin } from 'src/common/access/auth-context';
import { AuditService } from 'src/common/audit/audit.service';
import { sqlStateOf } from 'src/common/errors/database-errors';
import { badField, notFound, staleVersion } from 'src/common/registry/registry-writes';
import { pageWindow } from 'src/common/http/page.dto';
import type {
  CreateGraphViewDto,
  GraphViewPageResponseDto,
  GraphViewResponseDto,
  GraphViewSummaryDto,
  ListGraphViewsQueryDto,
  UpdateGraphViewDto,
} from 'src/modules/graph-views/dto/graph-view.dto';
import { GraphViewEntity } from 'src/modules/graph-views/graph-view.entity';
import { canvasNodeCount } from 'src/modules/graph-views/graph-view-canvas';
import { toGraphView, toGraphViewSummary } from 'src/modules/graph-views/graph-view.mapper';

const SORTS = { updatedAt: 'v.updated_at', createdAt: 'v.created_at', name: 'lower(v.name)' };
const NAME_INDEX = 'uq_graph_views_owner_name';

/** A view name as stored and matched: NFC, zero-width characters removed, spaces collapsed. */
function cleanName(value: string): string {
  const cleaned = cleanText(value);
  if (!cleaned) throw badField('name', 'must not be empty');
  return cleaned;
}

function nameTaken(): ConflictException {
  const problem = 'you already have a view of this name';
  return new ConflictException({
    message: `name: ${problem}. Pick another name, or overwrite that view.`,
    fields: [{ field: 'name', problems: [problem] }],
  });
}

/** Runs a write; the one unique index on names becomes a 409 naming `name`. */
async function guardName<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    const constraint = (err as { driverError?: { constraint?: unknown } }).driverError?.constraint;
    if (sqlStateOf(err) === '23505' && constraint === NAME_INDEX) throw nameTaken();
    throw err;
  }
}

/**
 * Saved graph views belong to their owner alone: every query is scoped to the caller, and anyone
 * else's view answers 404, so that its existence does not leak.
 */
@Injectable()
export class GraphViewsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(auth: AuthContext, query: ListGraphViewsQueryDto): Promise<GraphViewPageResponseDto> {
    const sort = query.sort ?? 'updatedAt';
    const direction =
      (query.order ?? (sort === 'name' ? 'asc' : 'desc')) === 'asc' ? 'ASC' : 'DESC';
    const { skip, take } = pageWindow(query);
    const [rows, total] = await this.dataSource
      .getRepository(GraphViewEntity)
      .createQueryBuilder('v')
      .where('v.owner_id = :owner AND v.archived_at IS NULL', { owner: auth.user.id })
      .orderBy(SORTS[sort], direction)
      .addOrderBy('v.id')
      .offset(skip)
      .limit(take)
      .getManyAndCount();
    const page: Page<GraphViewSummaryDto> = {
      items: rows.map(toGraphViewSummary),
      page: query.page,
      pageSize: query.pageSize,
      total,
    };
    return page;
  }

  async get(auth: AuthContext, id: string): Promise<GraphViewResponseDto> {
    return this.load(this.dataSource.manager, auth, id);
  }

  async create(
    auth: AuthContext,
    dto: CreateGraphViewDto,
    origin: RequestOrigin,
  ): Promise<GraphViewResponseDto> {
    const name = cleanName(dto.name);
    const nodeCount = canvasNodeCount(dto.canvas);
    return this.dataSource.transaction(async (em) => {
      const [row] = await guardName(() =>
        em.query<{ id: string }[]>(
          `INSERT INTO graph_views (owner_id, name, canvas, node_count)
           VALUES ($1, $2, $3::jsonb, $4) RETURNING id`,
          [auth.user.id, name, JSON.stringify(dto.canvas), nodeCount],
        ),
      );
      const id = String(row?.id);
      await this.audit.record(em, {
        action: 'create',
        outcome: 'success',
        origin,
        actor: auth.user,
        resourceType: 'graph_view',
        resourceIds: [id],
        details: { nodeCount },
      });
      return this.load(em, auth, id);
    });
  }

  /** Renames a view, overwrites its canvas, or both, if the caller still has its latest version. */
  async update(
    auth: AuthContext,
    id: string,
    dto: UpdateGraphViewDto,
    origin: RequestOrigin,
  ): Promise<GraphViewResponseDto> {
    if (dto.name === undefined && dto.canvas === undefined)
      throw badField('name', 'send a new name, a new canvas, or both');
    const name = dto.name === undefined ? undefined : cleanName(dto.name);
    const nodeCount = dto.canvas === undefined ? undefined : canvasNodeCount(dto.canvas);
    return this.dataSource.transaction(async (em) => {
      const params: unknown[] = [id, auth.user.id, dto.version];
      const sets = ['version = version + 1', 'updated_at = now()'];
      if (name !== undefined) sets.push(`name = $${params.push(name)}`);
      if (dto.canvas !== undefined) {
        sets.push(`canvas = $${params.push(JSON.stringify(dto.canvas))}::jsonb`);
        sets.push(`node_count = $${params.push(nodeCount)}`);
      }
      const [, affected] = await guardName(() =>
        em.query<[unknown, number]>(
          `UPDATE graph_views SET ${sets.join(', ')}
            WHERE id = $1 AND owner_id = $2 AND version = $3 AND archived_at IS NULL`,
          params,
        ),
      );
      // Nothing changed: either not the caller's active view (404), or someone saved first (409).
      if (affected !== 1) throw staleVersion('view', await this.load(em, auth, id));
      await this.audit.record(em, {
        action: 'update',
        outcome: 'success',
        origin,
        actor: auth.user,
        resourceType: 'graph_view',
        resourceIds: [id],
        details: {
          changed: (['name', 'canvas'] as const).filter((k) => dto[k] !== undefined),
          ...(nodeCount !== undefined ? { nodeCount } : {}),
        },
      });
      return this.load(em, auth, id);
    });
  }

  /** Deleting is a soft, audited archive; the name is free again at once. */
  async archive(
    auth: AuthContext,
    id: string,
    origin: RequestOrigin,
  ): Promise<GraphViewSummaryDto> {
    return this.dataSource.transaction(async (em) => {
      const [, affected] = await em.query<[unknown, number]>(
        `UPDATE graph_views SET archived_at = now(), version = version + 1, updated_at = now()
          WHERE id = $1 AND owner_id = $2 AND archived_at IS NULL`,
        [id, auth.user.id],
      );
      if (affected !== 1) throw notFound('saved view');
      await this.audit.record(em, {
        action: 'archive',
        outcome: 'success',
        origin,
        actor: auth.user,
        resourceType: 'graph_view',
        resourceIds: [id],
      });
      const view = await em.findOne(GraphViewEntity, { where: { id } });
      if (!view) throw notFound('saved view');
      return toGraphViewSummary(view);
    });
  }

  /** The caller's active view with its canvas; anything else is "not found". */
  private async load(
    em: EntityManager,
    auth: AuthContext,
    id: string,
  ): Promise<GraphViewResponseDto> {
    const view = await em
      .getRepository(GraphViewEntity)
      .createQueryBuilder('v')
      .addSelect('v.canvas')
      .where('v.id = :id AND v.owner_id = :owner AND v.archived_at IS NULL', {
        id,
        owner: auth.user.id,
      })
      .getOne();
    if (!view) throw notFound('saved view');
    return toGraphView(view, view.canvas);
  }
}
