import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';

import { CurrentAuth, Origin, RequirePermission } from 'src/common/access/access.decorators';
import type { AuthContext, RequestOrigin } from 'src/common/access/auth-context';
import { UuidParam } from 'src/common/validation/params';
import {
  CreateRouteDto,
  ListRoutesQueryDto,
  RoutePageResponseDto,
  RouteResponseDto,
  UpdateRouteDto,
} from 'src/modules/routes/dto/route.dto';
import { RoutesService } from 'src/modules/routes/routes.service';

@ApiTags('routes')
@ApiCookieAuth()
@Controller('routes')
export class RoutesController {
  constructor(private readonly routesService: RoutesService) {}

  @Get()
  @RequirePermission('routes:read')
  @ApiOperation({ summary: 'List recruitment routes (paginated, sortable, filterable)' })
  @ApiOkResponse({ type: RoutePageResponseDto })
  listRoutes(@Query() query: ListRoutesQueryDto): Promise<RoutePageResponseDto> {
    return this.routesService.list(query);
  }

  @Get(':id')
  @RequirePermission('routes:read')
  @ApiOperation({ summary: 'Get a route with its legs in order' })
  @ApiOkResponse({ type: RouteResponseDto })
  getRoute(@UuidParam('id') id: string): Promise<RouteResponseDto> {
    return this.routesService.get(id);
  }

  @Post()
  @RequirePermission('routes:write')
  @ApiOperation({ summary: 'Record a recruitment route with its legs' })
  @ApiCreatedResponse({ type: RouteResponseDto })
  createRoute(
    @CurrentAuth() auth: AuthContext,
    @Body() dto: CreateRouteDto,
    @Origin() origin: RequestOrigin,
  ): Promise<RouteResponseDto> {
    return this.routesService.create(auth, dto, origin);
  }

  @Patch(':id')
  @RequirePermission('routes:write')
  @ApiOperation({
    summary:
      'Change a route; `legs`, when given, replaces the ordered list (send the version you read)',
  })
  @ApiOkResponse({ type: RouteResponseDto })
  @ApiConflictResponse({ description: 'The version is stale; the body carries the current route' })
  updateRoute(
    @CurrentAuth() auth: AuthContext,
    @UuidParam('id') id: string,
    @Body() dto: UpdateRouteDto,
    @Origin() origin: RequestOrigin,
  ): Promise<RouteResponseDto> {
    return this.routesService.update(auth, id, dto, origin);
  }

  @Delete(':id')
  @RequirePermission('routes:write')
  @ApiOperation({ summary: 'Archive a route (soft, audited, reversible by a supervisor)' })
  @ApiOkResponse({ type: RouteResponseDto })
  archiveRoute(
    @CurrentAuth() auth: AuthContext,
    @UuidParam('id') id: string,
    @Origin() origin: RequestOrigin,
  ): Promise<RouteResponseDto> {
    return this.routesService.setArchived(auth, id, true, origin);
  }

  @Post(':id/restore')
  @HttpCode(200)
  @RequirePermission('records:restore')
  @ApiOperation({ summary: 'Restore an archived route' })
  @ApiOkResponse({ type: RouteResponseDto })
  restoreRoute(
    @CurrentAuth() auth: AuthContext,
    @UuidParam('id') id: string,
    @Origin() origin: RequestOrigin,
  ): Promise<RouteResponseDto> {
    return this.routesService.setArchived(auth, id, false, origin);
  }
}
