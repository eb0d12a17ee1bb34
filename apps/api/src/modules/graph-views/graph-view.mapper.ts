import type { GraphViewCanvas } from '@khsae/domain';

import type { GraphViewEntity } from 'src/modules/graph-views/graph-view.entity';
import type {
  GraphViewResponseDto,
  GraphViewSummaryDto,
} from 'src/modules/graph-views/dto/graph-view.dto';

export function toGraphViewSummary(v: GraphViewEntity): GraphViewSummaryDto {
  return {
    id: v.id,
    name: v.name,
    nodeCount: v.nodeCount,
    version: v.version,
    createdAt: v.createdAt.toISOString(),
    updatedAt: v.updatedAt.toISOString(),
    archivedAt: v.archivedAt ? v.archivedAt.toISOString() : null,
  };
}

export function toGraphView(v: GraphViewEntity, canvas: GraphViewCanvas): GraphViewResponseDto {
  return { ...toGraphViewSummary(v), canvas };
}
