import { Module, type OnModuleInit } from '@nestjs/common';

import { RecordKinds } from 'src/common/records/record-kinds';
import { PlacesModule } from 'src/modules/places/places.module';
import { VictimsController } from 'src/modules/victims/victims.controller';
import { VICTIM_KIND, VictimsRepository } from 'src/modules/victims/victims.repository';
import { VictimsService } from 'src/modules/victims/victims.service';

@Module({
  controllers: [VictimsController],
  exports: [VictimsService],
  imports: [PlacesModule],
  providers: [VictimsRepository, VictimsService],
})
export class VictimsModule implements OnModuleInit {
  constructor(private readonly kinds: RecordKinds) {}

  onModuleInit(): void {
    this.kinds.register(VICTIM_KIND);
  }
}
