import { Query } from '@nestjs/common';

import { CurrentAuth } from 'src/common/access/access.decorators';
import type { AuthContext } from 'src/common/access/auth-context';
import { ApiController, Endpoint } from 'src/common/http/endpoint';
import {
  GraphPathResultDto,
  GraphResultDto,
  KeyPlayersResultDto,
  NeighbourhoodQueryDto,
  PathQueryDto,
  VillageFlowDto,
  VillageFlowsQueryDto,
} from 'src/modules/graph/dto/graph.dto';
import { GraphService } from 'src/modules/graph/graph.service';

@ApiController('graph')
export class GraphController {
  constructor(private readonly graph: GraphService) {}

  @Endpoint.get('neighbourhood', {
    summary: 'The network around one or more records, up to 3 hops, capped (default 500 nodes)',
    description:
      'Filters: record kinds, link types, confidence grades, a date window. `truncated` says the cap stopped the expansion; `frontier` lists records with neighbours not shown. Also answered at /graph/neighborhood, the former spelling.',
    access: 'graph:read',
    response: GraphResultDto,
  })
  getNeighbourhood(@CurrentAuth() auth: AuthContext, @Query() query: NeighbourhoodQueryDto) {
    return this.graph.neighbourhood(auth, query);
  }

  @Endpoint.get('neighborhood', {
    summary: 'The former spelling of /graph/neighbourhood (kept for existing clients)',
    access: 'graph:read',
    response: GraphResultDto,
  })
  getNeighborhood(@CurrentAuth() auth: AuthContext, @Query() query: NeighbourhoodQueryDto) {
    return this.graph.neighbourhood(auth, query);
  }

  @Endpoint.get('path', {
    summary:
      'The shortest paths (up to 6 hops; several when they tie) between two records, with the links\u2019 evidence',
    description: 'Stops within 2 seconds and says so (`reason`) when nothing is found.',
    access: 'graph:read',
    response: GraphPathResultDto,
  })
  getPath(@CurrentAuth() auth: AuthContext, @Query() query: PathQueryDto) {
    return this.graph.path(auth, query);
  }

  @Endpoint.get('key-players', {
    summary: 'Degree and betweenness centrality in a neighbourhood: who holds the network together',
    access: 'graph:read',
    response: KeyPlayersResultDto,
  })
  getKeyPlayers(@CurrentAuth() auth: AuthContext, @Query() query: NeighbourhoodQueryDto) {
    return this.graph.keyPlayers(auth, query);
  }

  @Endpoint.get('village-flows', {
    summary:
      'For a province, district or commune: which villages lose people, through which brokers, to which compounds and countries',
    access: 'graph:read',
    response: VillageFlowDto,
    notFound: true,
  })
  getVillageFlows(@Query() query: VillageFlowsQueryDto) {
    return this.graph.villageFlows(query.placeId);
  }
}
