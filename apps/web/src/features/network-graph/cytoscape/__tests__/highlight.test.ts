import { describe, expect, it } from '@jest/globals';

import { graphEdge, graphNode } from '../../testing/graph-fixtures';
import { keyPlayerScores, pathHighlight } from '../highlight';

describe('pathHighlight', () => {
  it('should mark every record and every link along each path, once per hop', () => {
    const village = graphNode('place', 1);
    const victim = graphNode('victim', 2);
    const other = graphNode('victim', 3);
    const compound = graphNode('compound', 4);
    const livesIn = graphEdge(victim, village, { type: 'located_in' });
    const heldAt = graphEdge(victim, compound, { type: 'held_at' });
    const alsoHeld = graphEdge(victim, compound, { type: 'held_at', confidence: 'possible' });
    const otherLives = graphEdge(other, village, { type: 'located_in' });
    const otherHeld = graphEdge(other, compound, { type: 'held_at' });
    const result = pathHighlight({
      paths: [
        [village.key, victim.key, compound.key],
        [village.key, other.key, compound.key],
      ],
      edges: [livesIn, heldAt, alsoHeld, otherLives, otherHeld],
    });
    expect(result.nodes).toEqual(new Set([village.key, victim.key, other.key, compound.key]));
    expect(result.edges.size).toBe(5);
    expect(result.hops).toHaveLength(4);
    expect(result.hops[1]).toEqual({
      from: victim.key,
      to: compound.key,
      links: [heldAt, alsoHeld],
    });
  });
});

describe('keyPlayerScores', () => {
  it('should scale betweenness to the highest', () => {
    const scores = keyPlayerScores([
      { key: 'a', label: 'a', kind: 'broker', degree: 3, betweenness: 50 },
      { key: 'b', label: 'b', kind: 'broker', degree: 1, betweenness: 25 },
      { key: 'c', label: 'c', kind: 'victim', degree: 1, betweenness: 0 },
    ]);
    expect([...scores]).toEqual([
      ['a', 1],
      ['b', 0.5],
      ['c', 0],
    ]);
    expect(
      keyPlayerScores([{ key: 'x', label: 'x', kind: 'place', degree: 0, betweenness: 0 }]).get(
        'x',
      ),
    ).toBe(0);
  });
});
