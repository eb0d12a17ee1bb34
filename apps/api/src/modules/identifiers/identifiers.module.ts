import { Module } from '@nestjs/common';

import { IdentifiersController } from 'src/modules/identifiers/identifiers.controller';
import { IdentifiersRepository } from 'src/modules/identifiers/identifiers.repository';
import { IdentifiersService } from 'src/modules/identifiers/identifiers.service';
import { VictimsModule } from 'src/modules/victims/victims.module';

@Module({
  controllers: [IdentifiersController],
  exports: [IdentifiersService],
  imports: [VictimsModule],
  providers: [IdentifiersRepository, IdentifiersService],
})
export class IdentifiersModule {}
