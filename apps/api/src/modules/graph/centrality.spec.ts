import { describe, expect, it } from '@jest/globals';

import { centrality } from 'src/modules/graph/centrality';

describe('centrality', () => {
  it('gives the bridge between two triangles the highest betweenness', () => {
    // 0-1-2 triangle, 4-5-6 triangle, 3 bridges 2 and 4.
    const edges: [number, number][] = [
      [0, 1],
      [1, 2],
      [0, 2],
      [2, 3],
      [3, 4],
      [4, 5],
      [5, 6],
      [4, 6],
    ];
    const { degree, betweenness } = centrality(7, edges);
    expect(degree).toEqual([2, 2, 3, 2, 3, 2, 2]);
    // Every path between the triangles (3 × 3 pairs) runs through 3; 2 carries the 2 × 4 pairs from 0 and 1 outwards.
    expect(betweenness[3]).toBe(9);
    expect(betweenness[2]).toBe(8);
    expect(betweenness[4]).toBe(8);
    expect(betweenness[0]).toBe(0);
  });

  it('counts a star centre on every path between leaves', () => {
    const { betweenness } = centrality(5, [
      [0, 1],
      [0, 2],
      [0, 3],
      [0, 4],
    ]);
    expect(betweenness[0]).toBe(6);
    expect(betweenness.slice(1)).toEqual([0, 0, 0, 0]);
  });

  it('splits credit between tied shortest paths', () => {
    // A square: 0-1-2 and 0-3-2 tie, so 1 and 3 each carry half of the 0–2 pair.
    const { betweenness } = centrality(4, [
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 0],
    ]);
    expect(betweenness).toEqual([0.5, 0.5, 0.5, 0.5]);
  });

  it('ignores duplicate links and self-links', () => {
    const { degree } = centrality(2, [
      [0, 1],
      [1, 0],
      [0, 0],
    ]);
    expect(degree).toEqual([1, 1]);
  });
});
