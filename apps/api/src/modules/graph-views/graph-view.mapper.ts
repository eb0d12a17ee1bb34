import type { GraphView, GraphViewCanvas, GraphViewSummary } from '@khsae/domain';

import type { GraphViewEntity } from 'src/modules/graph-views/graph-view.entity';

export function toGraphViewSummary(v: GraphViewEntity): GraphViewSummary {
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

export function toGraphView(v: GraphViewEntity, canvas: GraphViewCanvas): GraphView {
  return { ...toGraphViewSummary(v), canvas };
}
