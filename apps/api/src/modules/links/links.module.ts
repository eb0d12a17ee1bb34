import { Module } from '@nestjs/common';

import { LinksController } from 'src/modules/links/links.controller';
import { LinksService } from 'src/modules/links/links.service';

@Module({
  controllers: [LinksController],
  exports: [LinksService],
  imports: [],
  providers: [LinksService],
})
export class LinksModule {}
