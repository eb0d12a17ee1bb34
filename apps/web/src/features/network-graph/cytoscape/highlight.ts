import type { GraphEdge, GraphPathResult, KeyPlayer } from '@/lib/api-types';

/**
 * PURE: which records and links to highlight for found paths. A hop between two records may have
 * several links (e.g. "recruited" and "paid"); all of them are on the path.
 */
export function pathHighlight(result: Pick<GraphPathResult, 'paths' | 'edges'>): {
  nodes: Set<string>;
  edges: Set<string>;
  hops: { from: string; to: string; links: GraphEdge[] }[];
} {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const hops: { from: string; to: string; links: GraphEdge[] }[] = [];
  const seenHop = new Set<string>();
  for (const path of result.paths) {
    path.forEach((key, i) => {
      nodes.add(key);
      const next = path[i + 1];
      if (next === undefined) return;
      const links = result.edges.filter(
        (e) => (e.source === key && e.target === next) || (e.source === next && e.target === key),
      );
      for (const link of links) edges.add(link.id);
      const hopKey = [key, next].sort().join('|');
      if (!seenHop.has(hopKey)) {
        seenHop.add(hopKey);
        hops.push({ from: key, to: next, links });
      }
    });
  }
  return { nodes, edges, hops };
}

/** PURE: betweenness scaled to 0..1 by the highest, for sizing nodes. */
export function keyPlayerScores(players: readonly KeyPlayer[]): Map<string, number> {
  const max = players.reduce((m, p) => Math.max(m, p.betweenness), 0);
  const scores = new Map<string, number>();
  for (const player of players) scores.set(player.key, max > 0 ? player.betweenness / max : 0);
  return scores;
}
