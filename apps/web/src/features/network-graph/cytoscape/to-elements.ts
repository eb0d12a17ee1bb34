import type { LinkType } from '@khsae/domain';

import type { CanvasState, Position } from '../model/canvas-state';
import { distinctLabels } from '../model/display-labels';
import { visibleEdges, visibleNodes } from '../model/canvas-state';

import { badgeImage, CLASS } from './stylesheet';

type Primitive = string | number | boolean | null;

/** One element for cytoscape: flat primitive data (so diffs stay cheap) and a class string. */
export type GraphElement = {
  group: 'nodes' | 'edges';
  data: { id: string; parent?: string; source?: string; target?: string } & Record<
    string,
    Primitive | undefined
  >;
  classes: string;
  /** Only on pinned nodes: where they are held. */
  position?: Position;
};

/** View-only layers over the canvas: they change classes and data, never the structure. */
export type CanvasOverlay = {
  /** Records and links of the found path(s); everything else fades while set. */
  pathNodes: ReadonlySet<string>;
  pathEdges: ReadonlySet<string>;
  /** Key-player scores in 0..1 (betweenness relative to the highest). */
  scores: ReadonlyMap<string, number>;
  /** Links outside the timeline range. */
  outOfRange: ReadonlySet<string>;
};

export const EMPTY_OVERLAY: CanvasOverlay = {
  pathNodes: new Set(),
  pathEdges: new Set(),
  scores: new Map(),
  outOfRange: new Set(),
};

export const EDGE_ID_PREFIX = 'link:';

/** The cytoscape id of a link: its database id, prefixed like node ids are by their kind. */
export function edgeElementId(linkId: string): string {
  return `${EDGE_ID_PREFIX}${linkId}`;
}

export function linkIdOf(elementId: string): string {
  return elementId.startsWith(EDGE_ID_PREFIX) ? elementId.slice(EDGE_ID_PREFIX.length) : elementId;
}

export type BuildElementsOptions = {
  overlay?: CanvasOverlay;
  /** The link type as words, shown on selected links. */
  linkTypeLabel?: (type: LinkType) => string;
};

/**
 * PURE: the canvas as cytoscape elements. Ids are stable (`broker:<uuid>`, `link:<uuid>`, `group:<n>`)
 * so that the next build can be diffed against this one. Group parents come first: a child may only
 * be added after its parent.
 */
export function buildElements(
  state: CanvasState,
  { overlay = EMPTY_OVERLAY, linkTypeLabel = (type) => type }: BuildElementsOptions = {},
): GraphElement[] {
  const nodes = visibleNodes(state);
  const labels = distinctLabels(nodes);
  const drawn = new Set(nodes.map((node) => node.key));
  const parentOf = new Map<string, string>();
  const elements: GraphElement[] = [];
  for (const group of Object.values(state.groups)) {
    const members = group.members.filter((key) => drawn.has(key));
    if (members.length === 0) continue;
    for (const key of members) parentOf.set(key, group.id);
    elements.push({
      group: 'nodes',
      data: { id: group.id, kind: 'group', label: group.label },
      classes: CLASS.group,
    });
  }

  const pathActive = overlay.pathNodes.size > 0;
  const scored = overlay.scores.size > 0;
  for (const node of nodes) {
    const classes = [`kind-${node.kind}`];
    if (node.category) classes.push(`${node.kind}-${node.category}`);
    if (node.broughtBy === null) classes.push(CLASS.origin);
    if (state.pinned[node.key]) classes.push(CLASS.pinned);
    if ((state.frontier[node.key] ?? 0) > 0) classes.push(CLASS.expandable);
    if (pathActive) classes.push(overlay.pathNodes.has(node.key) ? CLASS.onPath : CLASS.faded);
    if (scored) classes.push(CLASS.scored);
    const parent = parentOf.get(node.key);
    const element: GraphElement = {
      group: 'nodes',
      data: {
        id: node.key,
        kind: node.kind,
        label: labels.get(node.key) ?? node.label,
        sublabel: node.sublabel ?? '',
        category: node.category ?? '',
        depth: node.depth,
        broughtBy: node.broughtBy ?? '',
        hiddenNeighbours: state.frontier[node.key] ?? 0,
        badge: (state.frontier[node.key] ?? 0) > 0 ? badgeImage(state.frontier[node.key] ?? 0) : '',
        score: overlay.scores.get(node.key) ?? 0,
        ...(parent ? { parent } : {}),
      },
      classes: classes.join(' '),
    };
    const pin = state.pinned[node.key];
    if (pin) element.position = { x: pin.x, y: pin.y };
    elements.push(element);
  }

  for (const edge of visibleEdges(state)) {
    if (!drawn.has(edge.source) || !drawn.has(edge.target)) continue;
    const classes = [`confidence-${edge.confidence}`];
    if (pathActive) classes.push(overlay.pathEdges.has(edge.id) ? CLASS.onPath : CLASS.faded);
    if (overlay.outOfRange.has(edge.id)) classes.push(CLASS.outOfRange);
    elements.push({
      group: 'edges',
      data: {
        id: edgeElementId(edge.id),
        source: edge.source,
        target: edge.target,
        linkId: edge.id,
        type: edge.type,
        typeLabel: linkTypeLabel(edge.type),
        confidence: edge.confidence,
      },
      classes: classes.join(' '),
    });
  }
  return elements;
}
