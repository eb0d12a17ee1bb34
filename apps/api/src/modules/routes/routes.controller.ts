import { Body, Query } from '@nestjs/common';

import { CurrentActor } from 'src/common/access/access.decorators';
import type { Actor } from 'src/common/access/auth-context';
import { ApiController, Endpoint } from 'src/common/http/endpoint';
import { UuidParam } from 'src/common/validation/params';
import {
  CreateRouteDto,
  ListRoutesQueryDto,
  RoutePageResponseDto,
  RouteResponseDto,
  UpdateRouteDto,
} from 'src/modules/routes/dto/route.dto';
import { RoutesService } from 'src/modules/routes/routes.service';

const read = { access: 'routes:read', response: RouteResponseDto } as const;
const write = { access: 'routes:write', response: RouteResponseDto } as const;

@ApiController('routes')
export class RoutesController {
  constructor(private readonly routes: RoutesService) {}

  @Endpoint.get('', {
    summary: 'List recruitment routes (paginated, sortable, filterable)',
    access: 'routes:read',
    response: RoutePageResponseDto,
  })
  listRoutes(@Query() query: ListRoutesQueryDto) {
    return this.routes.list(query);
  }

  @Endpoint.get(':id', { ...read, summary: 'Get a route with its legs in order' })
  getRoute(@UuidParam('id') id: string) {
    return this.routes.get(id);
  }

  @Endpoint.post('', {
    ...write,
    summary: 'Record a recruitment route with its legs',
    created: true,
  })
  createRoute(@CurrentActor() actor: Actor, @Body() dto: CreateRouteDto) {
    return this.routes.create(actor, dto);
  }

  @Endpoint.patch(':id', {
    ...write,
    summary:
      'Change a route; `legs`, when given, replaces the ordered list (send the version you read)',
    conflict: true,
  })
  updateRoute(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: UpdateRouteDto,
  ) {
    return this.routes.update(actor, id, dto);
  }

  @Endpoint.delete(':id', {
    ...write,
    summary: 'Archive a route (soft, audited, reversible by a supervisor)',
  })
  archiveRoute(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.routes.setArchived(actor, id, true);
  }

  @Endpoint.post(':id/restore', {
    ...read,
    access: 'records:restore',
    summary: 'Restore an archived route',
  })
  restoreRoute(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.routes.setArchived(actor, id, false);
  }
}
