import { describe, expect, it } from '@jest/globals';

import { canvasNodeCount, canvasProblem } from 'src/modules/graph-views/graph-view-canvas';

const canvas = (nodes: Record<string, unknown> = { 'broker:1': {} }) => ({
  version: 1,
  layout: 'fcose',
  state: { nodes, edges: {} },
  positions: {},
});

describe('graph view canvas', () => {
  it('accepts the workbench document and counts its records', () => {
    expect(canvasProblem(canvas())).toBeNull();
    expect(canvasNodeCount(canvas({ a: {}, b: {} }))).toBe(2);
    expect(canvasNodeCount('nothing')).toBe(0);
  });

  it.each([
    [null, 'must be an object'],
    [[], 'must be an object'],
    [{ ...canvas(), version: '1' }, 'version 1'],
    [{ ...canvas(), layout: 'x'.repeat(101) }, 'layout'],
    [{ ...canvas(), state: { nodes: null } }, 'nodes object'],
    [{ ...canvas(), positions: [] }, 'positions object'],
    [canvas(Object.fromEntries(Array.from({ length: 5001 }, (_, i) => [`k${i}`, 1]))), '5,000'],
    [{ ...canvas(), positions: { big: 'é'.repeat(1024 * 1024) } }, '2 MB'],
  ])('names what is wrong (%#)', (value, problem) => {
    expect(canvasProblem(value)).toContain(problem);
  });
});
