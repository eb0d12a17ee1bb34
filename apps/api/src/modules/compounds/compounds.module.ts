import { Module } from '@nestjs/common';

import { CompoundsController } from 'src/modules/compounds/compounds.controller';
import { CompoundsService } from 'src/modules/compounds/compounds.service';
import { PlacesModule } from 'src/modules/places/places.module';
import { SearchModule } from 'src/modules/search/search.module';

@Module({
  controllers: [CompoundsController],
  exports: [CompoundsService],
  imports: [PlacesModule, SearchModule],
  providers: [CompoundsService],
})
export class CompoundsModule {}
