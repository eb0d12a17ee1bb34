import { Module, type OnModuleInit } from '@nestjs/common';

import { RecordKinds } from 'src/common/records/record-kinds';
import { CompoundsController } from 'src/modules/compounds/compounds.controller';
import { COMPOUND_KIND, CompoundsRepository } from 'src/modules/compounds/compounds.repository';
import { CompoundsService } from 'src/modules/compounds/compounds.service';
import { PlacesModule } from 'src/modules/places/places.module';

@Module({
  controllers: [CompoundsController],
  exports: [CompoundsService],
  imports: [PlacesModule],
  providers: [CompoundsRepository, CompoundsService],
})
export class CompoundsModule implements OnModuleInit {
  constructor(private readonly kinds: RecordKinds) {}

  onModuleInit(): void {
    this.kinds.register(COMPOUND_KIND);
  }
}
