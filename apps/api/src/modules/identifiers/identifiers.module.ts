import { Module } from '@nestjs/common';

import { IdentifiersController } from 'src/modules/identifiers/identifiers.controller';
import { IdentifiersService } from 'src/modules/identifiers/identifiers.service';
import { SearchModule } from 'src/modules/search/search.module';

@Module({
  controllers: [IdentifiersController],
  exports: [IdentifiersService],
  imports: [SearchModule],
  providers: [IdentifiersService],
})
export class IdentifiersModule {}
