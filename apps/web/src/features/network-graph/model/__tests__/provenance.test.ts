import { describe, expect, it } from '@jest/globals';

import { graphEdge, graphNode } from '../../testing/graph-fixtures';
import { assignProvenance } from '../provenance';

describe('assignProvenance', () => {
  it('should credit each record to its nearest seed', () => {
    const s1 = graphNode('broker', 1);
    const s2 = graphNode('broker', 2);
    const a = graphNode('victim', 3);
    const b = graphNode('victim', 4);
    const c = graphNode('compound', 5);
    const lonely = graphNode('place', 6);
    const result = assignProvenance(
      [s1, s2, a, b, c, lonely],
      [graphEdge(s1, a), graphEdge(a, c), graphEdge(s2, b), graphEdge(b, c)],
      [s1.key, s2.key],
    );
    expect(result.get(s1.key)).toBeNull();
    expect(result.get(s2.key)).toBeNull();
    expect(result.get(a.key)).toBe(s1.key);
    expect(result.get(b.key)).toBe(s2.key);
    // Two hops from both: the first seed wins the tie.
    expect(result.get(c.key)).toBe(s1.key);
    expect(result.get(lonely.key)).toBe(s1.key);
  });
});
