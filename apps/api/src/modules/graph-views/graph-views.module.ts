import { Module } from '@nestjs/common';

import { GraphViewsController } from 'src/modules/graph-views/graph-views.controller';
import { GraphViewsRepository } from 'src/modules/graph-views/graph-views.repository';
import { GraphViewsService } from 'src/modules/graph-views/graph-views.service';

@Module({
  controllers: [GraphViewsController],
  providers: [GraphViewsRepository, GraphViewsService],
})
export class GraphViewsModule {}
