import { Module } from '@nestjs/common';

import { GraphController } from 'src/modules/graph/graph.controller';
import { GraphRepository } from 'src/modules/graph/graph.repository';
import { GraphService } from 'src/modules/graph/graph.service';

@Module({ controllers: [GraphController], providers: [GraphRepository, GraphService] })
export class GraphModule {}
