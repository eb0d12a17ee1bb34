import { Module } from '@nestjs/common';

import { SearchController } from 'src/modules/search/search.controller';
import { SearchIndexService } from 'src/modules/search/search-index.service';
import { SearchService } from 'src/modules/search/search.service';

@Module({
  controllers: [SearchController],
  exports: [SearchIndexService],
  providers: [SearchIndexService, SearchService],
})
export class SearchModule {}
