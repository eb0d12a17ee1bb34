import { Module } from '@nestjs/common';

import { GraphViewsController } from 'src/modules/graph-views/graph-views.controller';
import { GraphViewsService } from 'src/modules/graph-views/graph-views.service';

@Module({
  controllers: [GraphViewsController],
  providers: [GraphViewsService],
})
export class GraphViewsModule {}
