import { describe, expect, it } from '@jest/globals';
import type { NodeSingular } from 'cytoscape';

import { QUALITY_LAYOUT_MAX_NODES } from '../../constants';
import {
  buildLayoutOptions,
  isLayoutName,
  placeNearAnchors,
  selectorFor,
  spreadOverlaps,
} from '../layouts';

const context = { nodeCount: 2000, incremental: false, pinned: {}, roots: [] as string[] };

function fakeNode(depth: number, degree: number): NodeSingular {
  return {
    data: (key: string) => (key === 'depth' ? depth : undefined),
    degree: () => degree,
  } as unknown as NodeSingular;
}

describe('buildLayoutOptions', () => {
  it('should run fCoSE in draft quality, without animation, on a large canvas', () => {
    expect(buildLayoutOptions('fcose', context)).toMatchObject({
      name: 'fcose',
      quality: 'draft',
      randomize: true,
      animate: false,
    });
    expect(
      buildLayoutOptions('fcose', {
        ...context,
        incremental: true,
        nodeCount: QUALITY_LAYOUT_MAX_NODES + 1,
      }),
    ).toMatchObject({ quality: 'draft', randomize: true });
  });

  it('should lay a small canvas out in default quality, afresh or from where its nodes are', () => {
    expect(buildLayoutOptions('fcose', { ...context, nodeCount: 40 })).toMatchObject({
      quality: 'default',
      randomize: true,
    });
    expect(
      buildLayoutOptions('fcose', { ...context, nodeCount: 40, incremental: true }),
    ).toMatchObject({
      quality: 'default',
      randomize: false,
    });
  });

  it('should hold pinned records where they are', () => {
    const options = buildLayoutOptions('fcose', {
      ...context,
      pinned: { 'broker:1': { x: 1, y: 2 } },
    });
    expect(options).toMatchObject({
      fixedNodeConstraint: [{ nodeId: 'broker:1', position: { x: 1, y: 2 } }],
    });
    expect(buildLayoutOptions('fcose', context)).not.toHaveProperty('fixedNodeConstraint');
  });

  it('should put seeds in the middle ring of the concentric layout', () => {
    const options = buildLayoutOptions('concentric', context) as {
      concentric: (n: NodeSingular) => number;
      animate: boolean;
    };
    expect(options.animate).toBe(false);
    expect(options.concentric(fakeNode(0, 1))).toBeGreaterThan(options.concentric(fakeNode(1, 20)));
    expect(options.concentric(fakeNode(1, 5))).toBeGreaterThan(options.concentric(fakeNode(1, 1)));
  });

  it('should lay breadth-first out left to right from the seeds', () => {
    const options = buildLayoutOptions('breadthfirst', {
      ...context,
      roots: ['broker:a', 'victim:b'],
    }) as unknown as {
      roots: string;
      transform: (n: NodeSingular, p: { x: number; y: number }) => { x: number; y: number };
    };
    expect(options.roots).toBe('[id = "broker:a"], [id = "victim:b"]');
    expect(options.transform(fakeNode(0, 0), { x: 10, y: 200 })).toEqual({ x: 200, y: 10 });
    expect(buildLayoutOptions('breadthfirst', context)).not.toHaveProperty('roots');
  });

  it('should know its layout names', () => {
    expect(isLayoutName('concentric')).toBe(true);
    expect(isLayoutName('cose')).toBe(false);
    expect(selectorFor('broker:x')).toBe('[id = "broker:x"]');
  });
});

describe('placeNearAnchors', () => {
  it('should ring new records around the record that brought them in', () => {
    const positions = placeNearAnchors(
      [
        { key: 'a', anchor: 'seed' },
        { key: 'b', anchor: 'seed' },
        { key: 'c', anchor: null },
        { key: 'd', anchor: 'gone' },
      ],
      (key) => (key === 'seed' ? { x: 100, y: 100 } : null),
      10,
    );
    expect(positions.get('a')).toEqual({ x: 110, y: 100 });
    expect(positions.get('b')?.x).toBeCloseTo(90);
    expect(positions.has('c')).toBe(false);
    expect(positions.has('d')).toBe(false);
  });
});

describe('spreadOverlaps', () => {
  it('should pull records on one spot apart, at least `spacing` from each other', () => {
    const positions = new Map<string, { x: number; y: number }>();
    for (let i = 0; i < 40; i += 1) positions.set(`v${i}`, { x: 0, y: 0 });
    for (let i = 0; i < 10; i += 1) positions.set(`w${i}`, { x: 5, y: 1 });
    positions.set('hub', { x: 2, y: 0.5 });
    const spread = spreadOverlaps(positions, 30);
    expect(spread.size).toBe(positions.size);
    const points = [...spread.values()];
    let closest = Number.POSITIVE_INFINITY;
    for (let i = 0; i < points.length; i += 1) {
      for (let j = i + 1; j < points.length; j += 1) {
        const a = points[i] as { x: number; y: number };
        const b = points[j] as { x: number; y: number };
        closest = Math.min(closest, Math.hypot(a.x - b.x, a.y - b.y));
      }
    }
    expect(closest).toBeGreaterThan(10);
  });

  it('should leave pinned records and lone records where they are, when there is room', () => {
    const positions = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 1000, y: 0 }],
      ['c', { x: 0, y: 1000 }],
      ['pinned', { x: 0, y: 0 }],
    ]);
    const spread = spreadOverlaps(positions, 30, new Set(['pinned']));
    expect(spread.get('pinned')).toEqual({ x: 0, y: 0 });
    expect(spread.get('b')).toEqual({ x: 1000, y: 0 });
    expect(spreadOverlaps(new Map(), 30).size).toBe(0);
  });
});
