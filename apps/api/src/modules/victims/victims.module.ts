import { Module } from '@nestjs/common';

import { PlacesModule } from 'src/modules/places/places.module';
import { SearchModule } from 'src/modules/search/search.module';
import { VictimsController } from 'src/modules/victims/victims.controller';
import { VictimsService } from 'src/modules/victims/victims.service';

@Module({
  controllers: [VictimsController],
  exports: [VictimsService],
  imports: [PlacesModule, SearchModule],
  providers: [VictimsService],
})
export class VictimsModule {}
