import type { GraphEdge, GraphNode } from '@/lib/api-types';

/**
 * PURE: for an answer around several seeds, which seed brought each record in: the nearest one,
 * found by a breadth-first walk from all seeds at once (ties go to the seed listed first). Records the
 * walk cannot reach are credited to the first seed. Seeds bring themselves (null).
 */
export function assignProvenance(
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
  seeds: readonly string[],
): Map<string, string | null> {
  const present = new Set(nodes.map((n) => n.key));
  const roots = seeds.filter((s) => present.has(s));
  const neighbours = new Map<string, string[]>();
  const link = (from: string, to: string) => {
    const list = neighbours.get(from);
    if (list) list.push(to);
    else neighbours.set(from, [to]);
  };
  for (const edge of edges) {
    link(edge.source, edge.target);
    link(edge.target, edge.source);
  }
  const result = new Map<string, string | null>();
  const rootOf = new Map<string, string>();
  const queue: string[] = [];
  for (const root of roots) {
    result.set(root, null);
    rootOf.set(root, root);
    queue.push(root);
  }
  for (let i = 0; i < queue.length; i += 1) {
    const key = queue[i] as string;
    const root = rootOf.get(key) as string;
    for (const next of neighbours.get(key) ?? []) {
      if (rootOf.has(next) || !present.has(next)) continue;
      rootOf.set(next, root);
      result.set(next, root);
      queue.push(next);
    }
  }
  const fallback = roots[0] ?? null;
  for (const node of nodes) if (!result.has(node.key)) result.set(node.key, fallback);
  return result;
}
