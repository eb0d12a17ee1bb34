/**
 * Degree and betweenness centrality (Brandes 2001, unweighted, undirected) on a bounded subgraph.
 * Pure: nodes are indices 0..n-1. O(n·m), about 0.1 s for 500 nodes.
 */
export function centrality(
  nodeCount: number,
  edges: readonly (readonly [number, number])[],
): { degree: number[]; betweenness: number[] } {
  const adjacency: number[][] = Array.from({ length: nodeCount }, () => []);
  const seen = new Set<string>();
  for (const [a, b] of edges) {
    if (a === b) continue;
    const key = a < b ? `${a}:${b}` : `${b}:${a}`;
    // Several links between the same two records count once for the network's shape.
    if (seen.has(key)) continue;
    seen.add(key);
    adjacency[a]!.push(b);
    adjacency[b]!.push(a);
  }
  const degree = adjacency.map((n) => n.length);
  const betweenness = new Array<number>(nodeCount).fill(0);
  const sigma = new Float64Array(nodeCount);
  const dist = new Int32Array(nodeCount);
  const delta = new Float64Array(nodeCount);
  for (let s = 0; s < nodeCount; s += 1) {
    const stack: number[] = [];
    const preds: number[][] = Array.from({ length: nodeCount }, () => []);
    sigma.fill(0);
    dist.fill(-1);
    delta.fill(0);
    sigma[s] = 1;
    dist[s] = 0;
    const queue = [s];
    for (let head = 0; head < queue.length; head += 1) {
      const v = queue[head]!;
      stack.push(v);
      for (const w of adjacency[v]!) {
        if (dist[w]! < 0) {
          dist[w] = dist[v]! + 1;
          queue.push(w);
        }
        if (dist[w] === dist[v]! + 1) {
          sigma[w]! += sigma[v]!;
          preds[w]!.push(v);
        }
      }
    }
    while (stack.length) {
      const w = stack.pop()!;
      for (const v of preds[w]!) delta[v]! += (sigma[v]! / sigma[w]!) * (1 + delta[w]!);
      if (w !== s) betweenness[w]! += delta[w]!;
    }
  }
  // Each undirected pair was counted from both ends.
  return { degree, betweenness: betweenness.map((b) => b / 2) };
}
