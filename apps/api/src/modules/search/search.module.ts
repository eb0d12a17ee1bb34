import { Module } from '@nestjs/common';

import { SearchIndexService } from 'src/modules/search/search-index.service';

@Module({ exports: [SearchIndexService], providers: [SearchIndexService] })
export class SearchModule {}
