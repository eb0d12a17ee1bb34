import { Controller, Get, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { CurrentAuth, Origin, SignedIn } from 'src/common/access/access.decorators';
import type { AuthContext, RequestOrigin } from 'src/common/access/auth-context';
import { SearchQueryDto, SearchResultDto } from 'src/modules/search/dto/search.dto';
import { SearchService } from 'src/modules/search/search.service';

@ApiTags('search')
@ApiCookieAuth()
@Controller('search')
export class SearchController {
  constructor(private readonly searchService: SearchService) {}

  @Get()
  @SignedIn()
  @ApiOperation({
    summary:
      'Search brokers, victims (by code; by name only for those allowed), compounds, places, routes and identifiers',
    description: 'Results are limited to the kinds of record the caller may read.',
  })
  @ApiOkResponse({ type: [SearchResultDto] })
  search(
    @CurrentAuth() auth: AuthContext,
    @Query() query: SearchQueryDto,
    @Origin() origin: RequestOrigin,
  ): Promise<SearchResultDto[]> {
    return this.searchService.search(auth, query, origin);
  }
}
