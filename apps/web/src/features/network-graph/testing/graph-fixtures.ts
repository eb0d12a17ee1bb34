import type { RecordKind } from '@khsae/domain';

import type { GraphEdge, GraphNode, GraphResult } from '@/lib/api-types';

let counter = 0;

/** A uuid-shaped id from a readable number, so keys stay valid `kind:uuid` pointers. */
export function fakeId(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

export function graphNode(
  kind: RecordKind,
  n: number,
  overrides: Partial<GraphNode> = {},
): GraphNode {
  const id = fakeId(n);
  return {
    key: `${kind}:${id}`,
    kind,
    id,
    label: `${kind} ${n}`,
    sublabel: null,
    category: null,
    depth: 1,
    ...overrides,
  };
}

export function graphEdge(
  source: GraphNode,
  target: GraphNode,
  overrides: Partial<GraphEdge> = {},
): GraphEdge {
  counter += 1;
  return {
    id: fakeId(900_000 + counter),
    source: source.key,
    target: target.key,
    type: 'recruited',
    confidence: 'confirmed',
    sourceKind: 'interview',
    startedOn: null,
    endedOn: null,
    evidence: null,
    ...overrides,
  };
}

export function graphResult(
  nodes: GraphNode[],
  edges: GraphEdge[],
  overrides: Partial<GraphResult> = {},
): GraphResult {
  return { nodes, edges, truncated: false, frontier: [], ...overrides };
}
