import { Module } from '@nestjs/common';

import { IdentifiersController } from 'src/modules/identifiers/identifiers.controller';
import { IdentifiersRepository } from 'src/modules/identifiers/identifiers.repository';
import { IdentifiersService } from 'src/modules/identifiers/identifiers.service';

@Module({
  controllers: [IdentifiersController],
  exports: [IdentifiersService],
  providers: [IdentifiersRepository, IdentifiersService],
})
export class IdentifiersModule {}
