import { Body, Controller, Delete, Get, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';

import { CurrentAuth, Origin, RequirePermission } from 'src/common/access/access.decorators';
import type { AuthContext, RequestOrigin } from 'src/common/access/auth-context';
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

const NOT_YOURS = 'No saved view of yours has this id (other users’ views answer the same)';

// `graph/views` has no clash with GraphController (`graph`): its routes are all fixed words.
@ApiTags('graph')
@ApiCookieAuth()
@Controller('graph/views')
export class GraphViewsController {
  constructor(private readonly graphViewsService: GraphViewsService) {}

  @Get()
  @RequirePermission('graph:read')
  @ApiOperation({ summary: 'List your saved graph views, newest first (without canvases)' })
  @ApiOkResponse({ type: GraphViewPageResponseDto })
  listGraphViews(
    @CurrentAuth() auth: AuthContext,
    @Query() query: ListGraphViewsQueryDto,
  ): Promise<GraphViewPageResponseDto> {
    return this.graphViewsService.list(auth, query);
  }

  @Get(':id')
  @RequirePermission('graph:read')
  @ApiOperation({ summary: 'Get one of your saved graph views with its canvas' })
  @ApiOkResponse({ type: GraphViewResponseDto })
  @ApiNotFoundResponse({ description: NOT_YOURS })
  getGraphView(
    @CurrentAuth() auth: AuthContext,
    @UuidParam('id') id: string,
  ): Promise<GraphViewResponseDto> {
    return this.graphViewsService.get(auth, id);
  }

  @Post()
  @RequirePermission('graph:read')
  @ApiOperation({ summary: 'Save the canvas as a named view' })
  @ApiCreatedResponse({ type: GraphViewResponseDto })
  @ApiBadRequestResponse({
    description: 'A missing or too long name, or a canvas that is not a bounded object',
  })
  @ApiConflictResponse({ description: 'You already have a view of this name' })
  createGraphView(
    @CurrentAuth() auth: AuthContext,
    @Body() dto: CreateGraphViewDto,
    @Origin() origin: RequestOrigin,
  ): Promise<GraphViewResponseDto> {
    return this.graphViewsService.create(auth, dto, origin);
  }

  @Patch(':id')
  @RequirePermission('graph:read')
  @ApiOperation({ summary: 'Rename a view or overwrite its canvas (send the version you read)' })
  @ApiOkResponse({ type: GraphViewResponseDto })
  @ApiNotFoundResponse({ description: NOT_YOURS })
  @ApiConflictResponse({
    description: 'The version is stale (the body carries the current view), or the name is taken',
  })
  updateGraphView(
    @CurrentAuth() auth: AuthContext,
    @UuidParam('id') id: string,
    @Body() dto: UpdateGraphViewDto,
    @Origin() origin: RequestOrigin,
  ): Promise<GraphViewResponseDto> {
    return this.graphViewsService.update(auth, id, dto, origin);
  }

  @Delete(':id')
  @RequirePermission('graph:read')
  @ApiOperation({ summary: 'Delete a saved view (a soft, audited archive)' })
  @ApiOkResponse({ type: GraphViewSummaryDto })
  @ApiNotFoundResponse({ description: NOT_YOURS })
  archiveGraphView(
    @CurrentAuth() auth: AuthContext,
    @UuidParam('id') id: string,
    @Origin() origin: RequestOrigin,
  ): Promise<GraphViewSummaryDto> {
    return this.graphViewsService.archive(auth, id, origin);
  }
}
