import { Module } from '@nestjs/common';

import { PlacesModule } from 'src/modules/places/places.module';
import { SearchModule } from 'src/modules/search/search.module';

@Module({
  controllers: [],
  exports: [],
  imports: [PlacesModule, SearchModule],
  providers: [],
})
export class RoutesModule {}
