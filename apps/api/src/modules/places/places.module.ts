import { Module } from '@nestjs/common';

import { PlacesController } from 'src/modules/places/places.controller';
import { PlacesService } from 'src/modules/places/places.service';
import { SearchModule } from 'src/modules/search/search.module';

@Module({
  controllers: [PlacesController],
  exports: [PlacesService],
  imports: [SearchModule],
  providers: [PlacesService],
})
export class PlacesModule {}
