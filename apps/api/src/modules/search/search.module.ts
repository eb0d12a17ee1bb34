import { Module } from '@nestjs/common';

import { PlacesModule } from 'src/modules/places/places.module';
import { SearchController } from 'src/modules/search/search.controller';
import { SearchRepository } from 'src/modules/search/search.repository';
import { SearchService } from 'src/modules/search/search.service';
import { VictimsModule } from 'src/modules/victims/victims.module';

@Module({
  controllers: [SearchController],
  imports: [PlacesModule, VictimsModule],
  providers: [SearchRepository, SearchService],
})
export class SearchModule {}
