import { Module } from '@nestjs/common';

import { LinksController } from 'src/modules/links/links.controller';
import { LinksRepository } from 'src/modules/links/links.repository';
import { LinksService } from 'src/modules/links/links.service';

@Module({
  controllers: [LinksController],
  exports: [LinksService],
  providers: [LinksRepository, LinksService],
})
export class LinksModule {}
