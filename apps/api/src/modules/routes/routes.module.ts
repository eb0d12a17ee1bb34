import { Module } from '@nestjs/common';

import { PlacesModule } from 'src/modules/places/places.module';
import { RoutesController } from 'src/modules/routes/routes.controller';
import { RoutesService } from 'src/modules/routes/routes.service';
import { SearchModule } from 'src/modules/search/search.module';

@Module({
  controllers: [RoutesController],
  exports: [RoutesService],
  imports: [PlacesModule, SearchModule],
  providers: [RoutesService],
})
export class RoutesModule {}
