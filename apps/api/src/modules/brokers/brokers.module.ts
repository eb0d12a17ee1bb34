import { Module } from '@nestjs/common';

import { BrokersController } from 'src/modules/brokers/brokers.controller';
import { BrokersService } from 'src/modules/brokers/brokers.service';
import { PlacesModule } from 'src/modules/places/places.module';
import { SearchModule } from 'src/modules/search/search.module';

@Module({
  controllers: [BrokersController],
  exports: [BrokersService],
  imports: [PlacesModule, SearchModule],
  providers: [BrokersService],
})
export class BrokersModule {}
