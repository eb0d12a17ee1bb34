import { describe, expect, it } from '@jest/globals';

import { layoutSankey, sankeyLinkPath } from '../sankey';

const nodes = [
  { key: 'place:a', label: 'A', column: 0 },
  { key: 'place:b', label: 'B', column: 0 },
  { key: 'broker:x', label: 'X', column: 1 },
  { key: 'compound:c', label: 'C', column: 2 },
  { key: 'country:MM', label: 'Myanmar', column: 3 },
  { key: 'place:none', label: 'No flows', column: 0 },
];
const links = [
  { from: 'place:a', to: 'broker:x', value: 6 },
  { from: 'place:b', to: 'broker:x', value: 2 },
  { from: 'broker:x', to: 'compound:c', value: 8 },
  { from: 'compound:c', to: 'country:MM', value: 8 },
  { from: 'place:a', to: 'broker:missing', value: 3 },
];

describe('layoutSankey', () => {
  const layout = layoutSankey(nodes, links, { width: 600, height: 300, nodePadding: 10 });
  const byKey = new Map(layout.nodes.map((n) => [n.key, n]));

  it('should place nodes in their columns, from the left edge to the right edge', () => {
    expect(layout.columns).toBe(4);
    expect(byKey.get('place:a')?.x0).toBe(0);
    expect(byKey.get('country:MM')?.x1).toBe(600);
    expect(byKey.get('broker:x')?.x0).toBeCloseTo((600 - 14) / 3);
  });

  it('should leave out nodes without flows and links to unknown nodes', () => {
    expect(byKey.has('place:none')).toBe(false);
    expect(layout.links).toHaveLength(4);
  });

  it('should size nodes by their value on one scale, inside the height, without overlap', () => {
    const a = byKey.get('place:a');
    const b = byKey.get('place:b');
    expect(a && b).toBeTruthy();
    if (!a || !b) return;
    expect(a.value).toBe(6);
    // The fullest column (villages: 8 victims and one gap) fills the height exactly.
    expect(a.y1 - a.y0 + (b.y1 - b.y0) + 10).toBeCloseTo(300);
    expect((a.y1 - a.y0) / (b.y1 - b.y0)).toBeCloseTo(3);
    expect(b.y0).toBeGreaterThanOrEqual(a.y1);
    for (const node of layout.nodes) {
      expect(node.y0).toBeGreaterThanOrEqual(0);
      expect(node.y1).toBeLessThanOrEqual(300 + 1e-9);
    }
  });

  it('should stack the bands leaving and entering a node within it', () => {
    const x = byKey.get('broker:x');
    if (!x) throw new Error('broker:x not laid out');
    const into = layout.links.filter((l) => l.to === 'broker:x');
    const total = into.reduce((sum, l) => sum + l.width, 0);
    expect(total).toBeCloseTo(x.y1 - x.y0);
    for (const link of into) {
      expect(link.targetY - link.width / 2).toBeGreaterThanOrEqual(x.y0 - 1e-9);
      expect(link.targetY + link.width / 2).toBeLessThanOrEqual(x.y1 + 1e-9);
    }
  });

  it('should give tiny flows a visible minimum node height', () => {
    const small = layoutSankey(
      [
        { key: 'a', label: 'a', column: 0 },
        { key: 'b', label: 'b', column: 1 },
        { key: 'c', label: 'c', column: 0 },
      ],
      [
        { from: 'a', to: 'b', value: 1000 },
        { from: 'c', to: 'b', value: 1 },
      ],
      { width: 100, height: 100, minNodeHeight: 3 },
    );
    expect(small.nodes.find((n) => n.key === 'c')?.y1).toBeGreaterThan(0);
    const c = small.nodes.find((n) => n.key === 'c');
    expect(c && c.y1 - c.y0).toBe(3);
  });

  it('should draw a band as an S-curve between the columns', () => {
    expect(sankeyLinkPath({ x0: 0, x1: 100, sourceY: 10, targetY: 50 })).toBe(
      'M0,10C50,10 50,50 100,50',
    );
  });

  it('should cope with no flows at all', () => {
    const empty = layoutSankey([], [], { width: 100, height: 100 });
    expect(empty.nodes).toEqual([]);
    expect(empty.links).toEqual([]);
  });
});
