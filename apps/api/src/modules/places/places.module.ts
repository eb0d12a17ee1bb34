import { Module, type OnModuleInit } from '@nestjs/common';

import { RecordKinds } from 'src/common/records/record-kinds';
import { PlacesController } from 'src/modules/places/places.controller';
import { PLACE_KIND, PlacesRepository } from 'src/modules/places/places.repository';
import { PlacesService } from 'src/modules/places/places.service';

@Module({
  controllers: [PlacesController],
  exports: [PlacesService],
  providers: [PlacesRepository, PlacesService],
})
export class PlacesModule implements OnModuleInit {
  constructor(private readonly kinds: RecordKinds) {}

  onModuleInit(): void {
    this.kinds.register(PLACE_KIND);
  }
}
