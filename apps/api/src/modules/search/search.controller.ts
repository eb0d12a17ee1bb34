import { Query } from '@nestjs/common';

import { CurrentActor } from 'src/common/access/access.decorators';
import type { Actor } from 'src/common/access/auth-context';
import { ApiController, Endpoint } from 'src/common/http/endpoint';
import { SearchQueryDto, SearchResultDto } from 'src/modules/search/dto/search.dto';
import { SearchService } from 'src/modules/search/search.service';

@ApiController('search')
export class SearchController {
  constructor(private readonly searchService: SearchService) {}

  @Endpoint.get('', {
    summary:
      'Search brokers, victims (by code; by name only for those allowed), compounds, places, routes and identifiers',
    description: 'Results are limited to the kinds of record the caller may read.',
    access: 'signed-in',
    response: [SearchResultDto],
  })
  search(@CurrentActor() actor: Actor, @Query() query: SearchQueryDto) {
    return this.searchService.search(actor.auth, query, actor.origin);
  }
}
