import { Module, type OnModuleInit } from '@nestjs/common';

import { RecordKinds } from 'src/common/records/record-kinds';
import { GazetteerController } from 'src/modules/places/gazetteer.controller';
import { GazetteerRepository } from 'src/modules/places/gazetteer.repository';
import { GazetteerService } from 'src/modules/places/gazetteer.service';
import { PlacesController } from 'src/modules/places/places.controller';
import { PLACE_KIND, PlacesRepository } from 'src/modules/places/places.repository';
import { PlacesService } from 'src/modules/places/places.service';

@Module({
  controllers: [PlacesController, GazetteerController],
  exports: [PlacesService],
  providers: [PlacesRepository, PlacesService, GazetteerRepository, GazetteerService],
})
export class PlacesModule implements OnModuleInit {
  constructor(private readonly kinds: RecordKinds) {}

  onModuleInit(): void {
    this.kinds.register(PLACE_KIND);
  }
}
