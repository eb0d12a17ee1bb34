import cytoscape, { type ElementDefinition } from 'cytoscape';

import { buildLayoutOptions } from './layouts';
import { buildStylesheet } from './stylesheet';

let warmed = false;

/** PURE: a connected synthetic graph of `n` nodes (a tree with some cross links), for warm-up and tests. */
export function syntheticElements(n: number): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  for (let i = 0; i < n; i += 1) {
    elements.push({
      group: 'nodes',
      data: { id: `w${i}`, label: `w${i}` },
      classes: 'kind-victim',
    });
    if (i > 0) {
      elements.push({
        group: 'edges',
        data: { id: `t${i}`, source: `w${Math.floor((i - 1) / 3)}`, target: `w${i}` },
      });
    }
    if (i > 10 && i % 7 === 0) {
      elements.push({
        group: 'edges',
        data: { id: `x${i}`, source: `w${i}`, target: `w${i - 9}` },
      });
    }
  }
  return elements;
}

/**
 * The first fCoSE run of a page is two to three times slower than the next ones: the engine has not
 * compiled its hot loops yet. Laying out a small headless graph while the page is idle moves that
 * cost out of the user's first big load (network-graph.md has the figures).
 */
export function warmUpLayouts(): void {
  if (warmed) return;
  warmed = true;
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: buildStylesheet({ haystackEdges: true }),
    elements: syntheticElements(400),
  });
  try {
    const context = { nodeCount: 1500, incremental: false, pinned: {}, roots: [] };
    cy.layout(buildLayoutOptions('fcose', context)).run();
    cy.layout(buildLayoutOptions('fcose', { ...context, nodeCount: 400 })).run();
  } finally {
    cy.destroy();
  }
}

/** Runs the warm-up when the browser has nothing else to do. */
export function scheduleWarmUp(): () => void {
  if (warmed) return () => undefined;
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(warmUpLayouts, { timeout: 3000 });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = window.setTimeout(warmUpLayouts, 800);
  return () => window.clearTimeout(timer);
}
