import type { Core, ElementDefinition, NodeSingular, Position } from 'cytoscape';
import { useEffect, useRef } from 'react';

import {
  DRAFT_NODE_SPACING,
  HAYSTACK_EDGE_THRESHOLD,
  MAX_FIT_ZOOM,
  QUALITY_LAYOUT_MAX_NODES,
} from '../constants';
import { diffElements, indexElements, type ElementDiff } from '../cytoscape/diff-elements';
import {
  buildLayoutOptions,
  placeNearAnchors,
  spreadOverlaps,
  type LayoutName,
} from '../cytoscape/layouts';
import { buildStylesheet, CLASS } from '../cytoscape/stylesheet';
import type { GraphElement } from '../cytoscape/to-elements';

export type RenderStats = {
  nodes: number;
  edges: number;
  ms: number;
  layout: LayoutName | 'preset';
};

export type SyncOptions = {
  layoutName: LayoutName;
  /** Bumped to lay out again without any change to the elements (layout switch, "Lay out again"). */
  layoutNonce: number;
  /** Positions to use instead of a layout, once (a saved view being opened). */
  takePresetPositions: () => Record<string, Position> | null;
  onRendered?: (stats: RenderStats) => void;
};

/**
 * Applies the next elements to cy: one batch of adds, removes and data/class changes, then a layout
 * only if something was added or removed. Also measures layout plus first frame (network-graph.md).
 */
export function useSyncElements(cy: Core | null, elements: GraphElement[], options: SyncOptions) {
  const applied = useRef(new Map<string, GraphElement>());
  const latest = useRef(options);
  const haystack = useRef(false);
  useEffect(() => {
    latest.current = options;
  });

  useEffect(
    function syncElements() {
      if (!cy) return;
      const started = performance.now();
      // Switch edge drawing before adding thousands of edges, not after (restyling costs a pass).
      const edgeCount = elements.reduce((n, e) => n + (e.group === 'edges' ? 1 : 0), 0);
      const large = edgeCount > HAYSTACK_EDGE_THRESHOLD;
      if (large !== haystack.current) {
        haystack.current = large;
        cy.style(buildStylesheet({ haystackEdges: large }));
        tuneRenderer(cy, large);
      }
      const diff = diffElements(applied.current, elements);
      const hadNodes = cy.nodes().length > 0;
      applyDiff(cy, diff);
      applied.current = indexElements(elements);

      // A saved view being opened brings its own positions: no layout.
      const preset = latest.current.takePresetPositions();
      if (preset) {
        cy.batch(() => {
          for (const [id, position] of Object.entries(preset)) {
            const node = cy.getElementById(id);
            if (node.nonempty() && !node.locked()) node.position(position);
          }
        });
        cy.fit(undefined, 40);
        capZoom(cy);
        report(cy, started, 'preset', latest.current.onRendered);
        return;
      }
      if (!diff.structural || cy.nodes().length === 0) return;
      runLayout(cy, latest.current.layoutName, hadNodes && diff.added.length < cy.nodes().length);
      report(cy, started, latest.current.layoutName, latest.current.onRendered);
    },
    [cy, elements],
  );

  useEffect(
    function relayoutOnRequest() {
      if (!cy || cy.nodes().length === 0 || options.layoutNonce === 0) return;
      const started = performance.now();
      runLayout(cy, options.layoutName, false);
      report(cy, started, options.layoutName, latest.current.onRendered);
    },
    // Only an explicit request lays out again; the element sync handles structural changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [cy, options.layoutNonce],
  );
}

function applyDiff(cy: Core, diff: ElementDiff): void {
  const anchorOf = (id: string): Position | null => {
    const node = cy.getElementById(id);
    return node.nonempty() ? { ...node.position() } : null;
  };
  const arrivals = placeNearAnchors(
    diff.added
      .filter((e) => e.group === 'nodes')
      .map((e) => ({ key: e.data.id, anchor: (e.data['broughtBy'] as string) || null })),
    anchorOf,
  );
  cy.batch(() => {
    if (diff.added.length > 0) {
      const definitions: ElementDefinition[] = diff.added.map((element) => {
        const position = element.position ?? arrivals.get(element.data.id);
        return { ...element, ...(position ? { position } : {}) };
      });
      cy.add(definitions);
    }
    // Move children before removing parents: removing a compound parent removes its children too.
    for (const { id, parent } of diff.parents) cy.getElementById(id).move({ parent });
    for (const id of diff.removed) cy.getElementById(id).remove();
    for (const { id, data } of diff.data) cy.getElementById(id).data(mutableData(data));
    for (const { id, classes } of diff.classes) cy.getElementById(id).classes(classes);
    for (const { id, position } of diff.positions) {
      const node = cy.getElementById(id);
      node.unlock();
      node.position(position);
      node.lock();
    }
    // Pinned nodes are locked: layouts and dragging leave them where they are. New nodes come
    // unlocked, so only pinned arrivals and nodes whose classes or parents changed are touched.
    for (const element of diff.added) {
      if (element.classes.split(' ').includes(CLASS.pinned))
        cy.getElementById(element.data.id).lock();
    }
    for (const id of [...diff.classes.map((c) => c.id), ...diff.parents.map((p) => p.id)]) {
      const node = cy.getElementById(id);
      if (!node.isNode()) continue;
      if (node.hasClass(CLASS.pinned)) (node as NodeSingular).lock();
      else (node as NodeSingular).unlock();
    }
  });
}

// Ids, ends and parents cannot be changed through data(); moves go through move().
function mutableData(data: GraphElement['data']): Record<string, unknown> {
  const { id: _id, parent: _parent, source: _source, target: _target, ...rest } = data;
  return rest;
}

// The renderer reads these two at creation only; they are plain fields on it (cytoscape 3.x).
type RendererFlags = { hideEdgesOnViewport: boolean; textureOnViewport: boolean };

/** Large canvases pan and zoom on a snapshot, without edges, then redraw when the gesture ends. */
function tuneRenderer(cy: Core, large: boolean): void {
  const renderer = (cy as unknown as { renderer: () => RendererFlags | undefined }).renderer();
  if (!renderer) return;
  renderer.hideEdgesOnViewport = large;
  renderer.textureOnViewport = large;
}

function runLayout(cy: Core, name: LayoutName, incremental: boolean): void {
  const pinned: Record<string, Position> = {};
  cy.nodes(`.${CLASS.pinned}`).forEach((node) => {
    pinned[node.id()] = { ...node.position() };
  });
  const roots = cy.nodes(`.${CLASS.origin}`).map((node) => node.id());
  const options = buildLayoutOptions(name, {
    nodeCount: cy.nodes().length,
    incremental,
    pinned,
    roots,
  });
  cy.layout(options).run();
  if (name === 'fcose' && cy.nodes().length > QUALITY_LAYOUT_MAX_NODES) spreadDraft(cy, pinned);
  capZoom(cy);
}

/** Pulls apart the piles a draft fCoSE leaves (see spreadOverlaps), then fits the view again. */
function spreadDraft(cy: Core, pinned: Record<string, Position>): void {
  const nodes = cy.nodes().filter((node) => !node.isParent());
  const positions = new Map<string, Position>();
  nodes.forEach((node) => {
    positions.set(node.id(), { ...node.position() });
  });
  const spread = spreadOverlaps(positions, DRAFT_NODE_SPACING, new Set(Object.keys(pinned)));
  cy.batch(() => {
    nodes.forEach((node) => {
      const position = spread.get(node.id());
      if (position && !node.locked()) node.position(position);
    });
  });
  cy.fit(undefined, 40);
}

/** After a fit: a few records stay at a readable size instead of filling the canvas. */
export function capZoom(cy: Core): void {
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center();
  }
}

/** Layout plus the first frame drawn after it: what the user waits for. */
function report(
  cy: Core,
  started: number,
  layout: RenderStats['layout'],
  onRendered: ((stats: RenderStats) => void) | undefined,
): void {
  cy.one('render', () => {
    const stats: RenderStats = {
      nodes: cy.nodes().length,
      edges: cy.edges().length,
      ms: Math.round(performance.now() - started),
      layout,
    };
    const container = cy.container();
    if (container) {
      container.dataset['renderMs'] = String(stats.ms);
      container.dataset['renderedNodes'] = String(stats.nodes);
    }
    onRendered?.(stats);
  });
  // Ask for a frame even when the layout moved nothing.
  cy.forceRender();
}
