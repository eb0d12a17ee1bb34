/**
 * @jest-environment node
 */
// Headless cytoscape needs no DOM; jsdom lacks structuredClone, which the breadth-first layout uses.
import { describe, expect, it } from '@jest/globals';
import cytoscape from 'cytoscape';

import '../register-extensions';
import { buildLayoutOptions } from '../layouts';
import { buildStylesheet } from '../stylesheet';
import { syntheticElements } from '../warm-up';

describe('fCoSE in headless cytoscape', () => {
  it('should place every node of a connected graph, pinned ones where they were held', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: buildStylesheet(),
      elements: syntheticElements(120),
    });
    cy.getElementById('w5').position({ x: 1000, y: 1000 }).lock();
    cy.layout(
      buildLayoutOptions('fcose', {
        nodeCount: 120,
        incremental: false,
        pinned: { w5: { x: 1000, y: 1000 } },
        roots: [],
      }),
    ).run();
    const positions = cy.nodes().map((n) => n.position());
    expect(positions).toHaveLength(120);
    for (const p of positions) {
      expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    }
    expect(
      new Set(positions.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size,
    ).toBeGreaterThan(100);
    expect(cy.getElementById('w5').position()).toEqual({ x: 1000, y: 1000 });
    cy.destroy();
  });

  it('should lay breadth-first out left to right', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: buildStylesheet(),
      elements: syntheticElements(13),
    });
    cy.layout(
      buildLayoutOptions('breadthfirst', {
        nodeCount: 13,
        incremental: false,
        pinned: {},
        roots: ['w0'],
      }),
    ).run();
    const root = cy.getElementById('w0').position();
    for (const node of cy.nodes().not('#w0')) expect(node.position().x).toBeGreaterThan(root.x);
    cy.destroy();
  });
});
