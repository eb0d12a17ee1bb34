import { describe, expect, it } from '@jest/globals';

import { diffElements, indexElements } from '../diff-elements';
import type { GraphElement } from '../to-elements';

const node = (id: string, extra: Partial<GraphElement> = {}): GraphElement => ({
  group: 'nodes',
  data: { id, label: id },
  classes: 'kind-broker',
  ...extra,
});
const edge = (id: string, source: string, target: string): GraphElement => ({
  group: 'edges',
  data: { id, source, target },
  classes: 'confidence-confirmed',
});

describe('diffElements', () => {
  const before = [node('a'), node('b'), edge('e1', 'a', 'b')];

  it('should find nothing to do for equal elements', () => {
    const diff = diffElements(
      indexElements(before),
      before.map((e) => ({ ...e, data: { ...e.data } })),
    );
    expect(diff).toEqual({
      added: [],
      removed: [],
      data: [],
      classes: [],
      parents: [],
      positions: [],
      structural: false,
    });
  });

  it('should add parents, then children, then edges, and remove what is gone', () => {
    const next = [
      edge('e2', 'b', 'c'),
      node('c', { data: { id: 'c', parent: 'group:1' } }),
      node('group:1'),
      node('b'),
    ];
    const diff = diffElements(indexElements(before), next);
    expect(diff.added.map((e) => e.data.id)).toEqual(['group:1', 'c', 'e2']);
    expect(diff.removed.sort()).toEqual(['a', 'e1']);
    expect(diff.structural).toBe(true);
  });

  it('should report data, class, parent and pinned-position changes without structure', () => {
    const next = [
      node('a', { data: { id: 'a', label: 'renamed' } }),
      node('b', { classes: 'kind-broker faded', data: { id: 'b', label: 'b', parent: 'group:1' } }),
      edge('e1', 'a', 'b'),
    ];
    const moved = diffElements(indexElements(before), next);
    expect(moved.data).toEqual([{ id: 'a', data: { id: 'a', label: 'renamed' } }]);
    expect(moved.classes).toEqual([{ id: 'b', classes: 'kind-broker faded' }]);
    expect(moved.parents).toEqual([{ id: 'b', parent: 'group:1' }]);
    expect(moved.structural).toBe(false);

    const pinned = diffElements(indexElements(before), [
      node('a', { position: { x: 1, y: 2 } }),
      node('b'),
      edge('e1', 'a', 'b'),
    ]);
    expect(pinned.positions).toEqual([{ id: 'a', position: { x: 1, y: 2 } }]);
  });

  it('should report leaving a group as a move to no parent', () => {
    const grouped = [node('a', { data: { id: 'a', label: 'a', parent: 'group:1' } })];
    const diff = diffElements(indexElements(grouped), [node('a')]);
    expect(diff.parents).toEqual([{ id: 'a', parent: null }]);
  });
});
