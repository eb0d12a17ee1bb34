import { Module, type OnModuleInit } from '@nestjs/common';

import { RecordKinds } from 'src/common/records/record-kinds';
import { PlacesModule } from 'src/modules/places/places.module';
import { RoutesController } from 'src/modules/routes/routes.controller';
import { ROUTE_KIND, RoutesRepository } from 'src/modules/routes/routes.repository';
import { RoutesService } from 'src/modules/routes/routes.service';

@Module({
  controllers: [RoutesController],
  exports: [RoutesService],
  imports: [PlacesModule],
  providers: [RoutesRepository, RoutesService],
})
export class RoutesModule implements OnModuleInit {
  constructor(private readonly kinds: RecordKinds) {}

  onModuleInit(): void {
    this.kinds.register(ROUTE_KIND);
  }
}
