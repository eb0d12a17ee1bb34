import type { LayoutOptions, NodeSingular, Position } from 'cytoscape';
import type { FcoseLayoutOptions } from 'cytoscape-fcose';

import { LARGE_LAYOUT_NODES, QUALITY_LAYOUT_MAX_NODES } from '../constants';

export const LAYOUT_NAMES = ['fcose', 'concentric', 'breadthfirst'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];
export const DEFAULT_LAYOUT: LayoutName = 'fcose';

export function isLayoutName(value: unknown): value is LayoutName {
  return typeof value === 'string' && (LAYOUT_NAMES as readonly string[]).includes(value);
}

export type LayoutContext = {
  nodeCount: number;
  /** Some nodes were already placed: keep them near where they are instead of starting afresh. */
  incremental: boolean;
  /** Pinned records and where they are held. */
  pinned: Readonly<Record<string, Position>>;
  /** Records the layout should start from (seeds); breadth-first uses them as roots. */
  roots: readonly string[];
};

type FcoseOptions = FcoseLayoutOptions;

export type AnyLayoutOptions = LayoutOptions | FcoseOptions;

/**
 * PURE: the options of one layout run. fCoSE in "draft" quality (spectral only) lays out 2,000 nodes
 * in about a second; its "default" quality (no overlaps, but 2 s at 1,000 nodes) only small canvases.
 * Nothing animates: animation costs a frame per step on large canvases.
 */
export function buildLayoutOptions(name: LayoutName, context: LayoutContext): AnyLayoutOptions {
  switch (name) {
    case 'fcose':
      return fcoseOptions(context);
    case 'concentric':
      return {
        name: 'concentric',
        animate: false,
        fit: true,
        padding: 40,
        minNodeSpacing: 24,
        avoidOverlap: context.nodeCount <= 600,
        // Seeds in the middle, then one ring per hop; within a hop, the best-connected first.
        concentric: (node: NodeSingular) =>
          100 - 10 * depthOf(node) + Math.min(node.degree(false), 9),
        levelWidth: () => 10,
      };
    case 'breadthfirst':
      return {
        name: 'breadthfirst',
        animate: false,
        fit: true,
        padding: 40,
        directed: false,
        spacingFactor: 1.1,
        avoidOverlap: context.nodeCount <= 600,
        ...(context.roots.length > 0 ? { roots: context.roots.map(selectorFor).join(', ') } : {}),
        // Breadth-first ranks top to bottom; turning it makes a route read left to right.
        transform: (_node: NodeSingular, position: Position) => ({ x: position.y, y: position.x }),
      };
  }
}

function fcoseOptions({ nodeCount, incremental, pinned }: LayoutContext): FcoseOptions {
  const small = nodeCount <= QUALITY_LAYOUT_MAX_NODES;
  const fixed = Object.entries(pinned).map(([nodeId, position]) => ({ nodeId, position }));
  return {
    name: 'fcose',
    quality: small ? 'default' : 'draft',
    // A small canvas that grew refines from where its nodes are, so it does not jump about.
    randomize: !(small && incremental),
    animate: false,
    fit: true,
    padding: 40,
    nodeDimensionsIncludeLabels: false,
    packComponents: false,
    nodeRepulsion: 6500,
    idealEdgeLength: 70,
    nodeSeparation: 90,
    numIter: 1500,
    // The spectral step walks the graph once per sample: fewer samples on large canvases.
    sampleSize: nodeCount > LARGE_LAYOUT_NODES ? 10 : 25,
    ...(fixed.length > 0 ? { fixedNodeConstraint: fixed } : {}),
  };
}

function depthOf(node: NodeSingular): number {
  const depth: unknown = node.data('depth');
  return typeof depth === 'number' ? depth : 0;
}

/** A cytoscape id selector that survives the ':' in our ids. */
export function selectorFor(id: string): string {
  return `[id = ${JSON.stringify(id)}]`;
}

/**
 * PURE: where to put nodes that have just arrived, before the layout runs: around the node that
 * brought them in, so an incremental layout starts near the answer and the canvas does not jump.
 */
export function placeNearAnchors(
  arrivals: readonly { key: string; anchor: string | null }[],
  positionOf: (key: string) => Position | null,
  radius = 80,
): Map<string, Position> {
  const result = new Map<string, Position>();
  const byAnchor = new Map<string, string[]>();
  for (const { key, anchor } of arrivals) {
    if (!anchor || !positionOf(anchor)) continue;
    byAnchor.set(anchor, [...(byAnchor.get(anchor) ?? []), key]);
  }
  for (const [anchor, keys] of byAnchor) {
    const centre = positionOf(anchor) as Position;
    keys.forEach((key, i) => {
      const angle = (2 * Math.PI * i) / keys.length;
      const ring = radius * (1 + Math.floor(i / 24) * 0.6);
      result.set(key, {
        x: centre.x + ring * Math.cos(angle),
        y: centre.y + ring * Math.sin(angle),
      });
    });
  }
  return result;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * PURE: fCoSE's draft quality is spectral only, and records with the same neighbours (the victims of
 * one recruiter) land on the same point. This spreads each such pile into a sunflower disc around
 * it, after stretching the whole drawing so that there is room: O(n), a few milliseconds at 2,000.
 */
export function spreadOverlaps(
  positions: ReadonlyMap<string, Position>,
  spacing: number,
  fixed: ReadonlySet<string> = new Set(),
): Map<string, Position> {
  const result = new Map<string, Position>();
  if (positions.size === 0) return result;
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  let sumX = 0;
  let sumY = 0;
  for (const { x, y } of positions.values()) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
    sumX += x;
    sumY += y;
  }
  const centre = { x: sumX / positions.size, y: sumY / positions.size };
  // Room for every record at `spacing`, with half as much again for the gaps between piles.
  const needed = positions.size * spacing * spacing * 1.5;
  const area = Math.max((maxX - minX) * (maxY - minY), spacing * spacing);
  const scale = Math.max(1, Math.sqrt(needed / area));

  const piles = new Map<string, string[]>();
  for (const [id, { x, y }] of positions) {
    if (fixed.has(id)) {
      result.set(id, { x, y });
      continue;
    }
    const cell = `${Math.round(x / (spacing / scale))}:${Math.round(y / (spacing / scale))}`;
    const pile = piles.get(cell);
    if (pile) pile.push(id);
    else piles.set(cell, [id]);
  }
  for (const ids of piles.values()) {
    ids.sort();
    const first = positions.get(ids[0] as string) as Position;
    const at = {
      x: centre.x + (first.x - centre.x) * scale,
      y: centre.y + (first.y - centre.y) * scale,
    };
    ids.forEach((id, i) => {
      const radius = spacing * 0.75 * Math.sqrt(i);
      const angle = i * GOLDEN_ANGLE;
      result.set(id, { x: at.x + radius * Math.cos(angle), y: at.y + radius * Math.sin(angle) });
    });
  }
  return result;
}
