import { Module } from '@nestjs/common';

import { PlacesController } from 'src/modules/places/places.controller';
import { PlacesRepository } from 'src/modules/places/places.repository';
import { PlacesService } from 'src/modules/places/places.service';
import { SearchModule } from 'src/modules/search/search.module';

@Module({
  controllers: [PlacesController],
  exports: [PlacesService],
  imports: [SearchModule],
  providers: [PlacesRepository, PlacesService],
})
export class PlacesModule {}
