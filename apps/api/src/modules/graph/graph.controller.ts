import type { GraphPathResult, GraphResult, KeyPlayer, VillageFlow } from '@khsae/domain';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { CurrentAuth, RequirePermission } from 'src/common/access/access.decorators';
import type { AuthContext } from 'src/common/access/auth-context';
import {
  NeighbourhoodQueryDto,
  PathQueryDto,
  VillageFlowsQueryDto,
} from 'src/modules/graph/dto/graph.dto';
import { GraphService } from 'src/modules/graph/graph.service';

@ApiTags('graph')
@ApiCookieAuth()
@Controller('graph')
export class GraphController {
  constructor(private readonly graphService: GraphService) {}

  @Get('neighborhood')
  @RequirePermission('graph:read')
  @ApiOperation({
    summary: 'The network around one or more records, up to 3 hops, capped (default 500 nodes)',
    description:
      'Filters: record kinds, link types, confidence grades, a date window. `truncated` says the cap stopped the expansion; `frontier` lists records with neighbours not shown.',
  })
  @ApiOkResponse({ description: 'GraphResult' })
  getNeighborhood(
    @CurrentAuth() auth: AuthContext,
    @Query() query: NeighbourhoodQueryDto,
  ): Promise<GraphResult> {
    return this.graphService.neighbourhood(auth, query);
  }

  @Get('path')
  @RequirePermission('graph:read')
  @ApiOperation({
    summary:
      'The shortest paths (up to 6 hops; several when they tie) between two records, with the links\u2019 evidence',
    description: 'Stops within 2 seconds and says so (`reason`) when nothing is found.',
  })
  @ApiOkResponse({ description: 'GraphPathResult' })
  getPath(
    @CurrentAuth() auth: AuthContext,
    @Query() query: PathQueryDto,
  ): Promise<GraphPathResult> {
    return this.graphService.path(auth, query);
  }

  @Get('key-players')
  @RequirePermission('graph:read')
  @ApiOperation({
    summary: 'Degree and betweenness centrality in a neighbourhood: who holds the network together',
  })
  @ApiOkResponse({
    description: '{ graph: GraphResult, players: KeyPlayer[] } sorted by betweenness',
  })
  getKeyPlayers(
    @CurrentAuth() auth: AuthContext,
    @Query() query: NeighbourhoodQueryDto,
  ): Promise<{ graph: GraphResult; players: KeyPlayer[] }> {
    return this.graphService.keyPlayers(auth, query);
  }

  @Get('village-flows')
  @RequirePermission('graph:read')
  @ApiOperation({
    summary:
      'For a province, district or commune: which villages lose people, through which brokers, to which compounds and countries',
  })
  @ApiOkResponse({ description: 'VillageFlow' })
  getVillageFlows(@Query() query: VillageFlowsQueryDto): Promise<VillageFlow> {
    return this.graphService.villageFlows(query.placeId);
  }
}
