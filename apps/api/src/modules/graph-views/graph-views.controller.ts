import { Body, Query } from '@nestjs/common';

import { CurrentActor, CurrentAuth } from 'src/common/access/access.decorators';
import type { Actor, AuthContext } from 'src/common/access/auth-context';
import { ApiController, Endpoint } from 'src/common/http/endpoint';
import { UuidParam } from 'src/common/validation/params';
import {
  CreateGraphViewDto,
  GraphViewPageResponseDto,
  GraphViewResponseDto,
  GraphViewSummaryDto,
  ListGraphViewsQueryDto,
  UpdateGraphViewDto,
} from 'src/modules/graph-views/dto/graph-view.dto';
import { GraphViewsService } from 'src/modules/graph-views/graph-views.service';

const view = { access: 'graph:read', response: GraphViewResponseDto } as const;

/** Saved canvases: each belongs to its owner, and other users' views answer 404. */
@ApiController('graph/views', 'graph')
export class GraphViewsController {
  constructor(private readonly views: GraphViewsService) {}

  @Endpoint.get('', {
    summary: 'List your saved graph views, newest first (without canvases)',
    access: 'graph:read',
    response: GraphViewPageResponseDto,
  })
  listGraphViews(@CurrentAuth() auth: AuthContext, @Query() query: ListGraphViewsQueryDto) {
    return this.views.list(auth, query);
  }

  @Endpoint.get(':id', { ...view, summary: 'Get one of your saved graph views with its canvas' })
  getGraphView(@CurrentAuth() auth: AuthContext, @UuidParam('id') id: string) {
    return this.views.get(auth, id);
  }

  @Endpoint.post('', {
    ...view,
    summary: 'Save the canvas as a named view (409 when you already have a view of this name)',
    created: true,
    conflict: true,
  })
  createGraphView(@CurrentActor() actor: Actor, @Body() dto: CreateGraphViewDto) {
    return this.views.create(actor.auth, dto, actor.origin);
  }

  @Endpoint.patch(':id', {
    ...view,
    summary: 'Rename a view or overwrite its canvas (send the version you read)',
    conflict: true,
  })
  updateGraphView(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: UpdateGraphViewDto,
  ) {
    return this.views.update(actor.auth, id, dto, actor.origin);
  }

  @Endpoint.delete(':id', {
    access: 'graph:read',
    response: GraphViewSummaryDto,
    summary: 'Delete a saved view (a soft, audited archive)',
  })
  archiveGraphView(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.views.archive(actor.auth, id, actor.origin);
  }
}
