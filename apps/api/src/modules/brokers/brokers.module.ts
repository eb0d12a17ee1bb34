import { Module, type OnModuleInit } from '@nestjs/common';

import { RecordKinds } from 'src/common/records/record-kinds';
import { BrokersController } from 'src/modules/brokers/brokers.controller';
import { BROKER_KIND, BrokersRepository } from 'src/modules/brokers/brokers.repository';
import { BrokersService } from 'src/modules/brokers/brokers.service';
import { PlacesModule } from 'src/modules/places/places.module';

@Module({
  controllers: [BrokersController],
  exports: [BrokersService],
  imports: [PlacesModule],
  providers: [BrokersRepository, BrokersService],
})
export class BrokersModule implements OnModuleInit {
  constructor(private readonly kinds: RecordKinds) {}

  onModuleInit(): void {
    this.kinds.register(BROKER_KIND);
  }
}
