import { cleanText } from '@khsae/domain';
import { ConflictException, Injectable } from '@nestjs/common';

import type { AuthContext, RequestOrigin } from 'src/common/access/auth-context';
import { AuditService } from 'src/common/audit/audit.service';
import { fieldError } from 'src/common/errors/field-errors';
import { pageWindow } from 'src/common/http/page.dto';
import { notFound, staleVersion } from 'src/common/records/record-writer';
import { Database } from 'src/database/database';
import type {
  CreateGraphViewDto,
  GraphViewPageResponseDto,
  GraphViewResponseDto,
  GraphViewSummaryDto,
  ListGraphViewsQueryDto,
  UpdateGraphViewDto,
} from 'src/modules/graph-views/dto/graph-view.dto';
import { canvasNodeCount } from 'src/modules/graph-views/graph-view-canvas';
import { toGraphView, toGraphViewSummary } from 'src/modules/graph-views/graph-view.mapper';
import type { GraphViewEntity } from 'src/modules/graph-views/graph-view.entity';
import { GraphViewsRepository, NAME_TAKEN } from 'src/modules/graph-views/graph-views.repository';

/** A view name as stored and matched: NFC, zero-width characters removed, spaces collapsed. */
function cleanName(value: string): string {
  const cleaned = cleanText(value);
  if (!cleaned) throw fieldError('name', 'must not be empty');
  return cleaned;
}

function nameTaken(): ConflictException {
  const problem = 'you already have a view of this name';
  return new ConflictException({
    message: `name: ${problem}. Pick another name, or overwrite that view.`,
    fields: [{ field: 'name', problems: [problem] }],
  });
}

/**
 * Saved graph views belong to their owner alone: every query is scoped to the caller, and anyone
 * else's view answers 404, so that its existence does not leak.
 */
@Injectable()
export class GraphViewsService {
  constructor(
    private readonly audit: AuditService,
    private readonly database: Database,
    private readonly views: GraphViewsRepository,
  ) {}

  async list(auth: AuthContext, query: ListGraphViewsQueryDto): Promise<GraphViewPageResponseDto> {
    const sort = query.sort ?? 'updatedAt';
    const order = query.order ?? (sort === 'name' ? 'asc' : 'desc');
    const { entities, total } = await this.views.list(this.database.pool, auth.user.id, {
      sort,
      order,
      ...pageWindow(query),
    });
    return {
      items: entities.map(toGraphViewSummary),
      page: query.page,
      pageSize: query.pageSize,
      total,
    };
  }

  async get(auth: AuthContext, id: string): Promise<GraphViewResponseDto> {
    return this.present(await this.views.find(this.database.pool, auth.user.id, id));
  }

  async create(
    auth: AuthContext,
    dto: CreateGraphViewDto,
    origin: RequestOrigin,
  ): Promise<GraphViewResponseDto> {
    const name = cleanName(dto.name);
    const nodeCount = canvasNodeCount(dto.canvas);
    return this.database.transaction(async (tx) => {
      const view = await this.views.insert(tx, {
        ownerId: auth.user.id,
        name,
        canvas: dto.canvas,
        nodeCount,
      });
      if (view === NAME_TAKEN) throw nameTaken();
      await this.audit.record(tx, {
        action: 'create',
        outcome: 'success',
        origin,
        actor: auth.user,
        resourceType: 'graph_view',
        resourceIds: [view.id],
        details: { nodeCount },
      });
      return this.present(view);
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
      throw fieldError('name', 'send a new name, a new canvas, or both');
    const name = dto.name === undefined ? undefined : cleanName(dto.name);
    const nodeCount = dto.canvas === undefined ? undefined : canvasNodeCount(dto.canvas);
    return this.database.transaction(async (tx) => {
      const view = await this.views.update(tx, auth.user.id, id, dto.version, {
        name,
        canvas: dto.canvas,
        nodeCount,
      });
      if (view === NAME_TAKEN) throw nameTaken();
      // Nothing changed: either not the caller's active view (404), or someone saved first (409).
      if (!view)
        throw staleVersion('view', this.present(await this.views.find(tx, auth.user.id, id)));
      await this.audit.record(tx, {
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
      return this.present(view);
    });
  }

  /** Deleting is a soft, audited archive; the name is free again at once. */
  async archive(
    auth: AuthContext,
    id: string,
    origin: RequestOrigin,
  ): Promise<GraphViewSummaryDto> {
    return this.database.transaction(async (tx) => {
      const view = await this.views.archive(tx, auth.user.id, id);
      if (!view) throw notFound('saved view');
      await this.audit.record(tx, {
        action: 'archive',
        outcome: 'success',
        origin,
        actor: auth.user,
        resourceType: 'graph_view',
        resourceIds: [id],
      });
      return toGraphViewSummary(view);
    });
  }

  /** The caller's active view with its canvas; anything else is "not found". */
  private present(view: GraphViewEntity | null): GraphViewResponseDto {
    if (!view) throw notFound('saved view');
    return toGraphView(view, view.canvas);
  }
}
