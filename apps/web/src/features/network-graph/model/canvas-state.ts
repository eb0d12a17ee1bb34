import type { GraphEdge, GraphNode, GraphResult } from '@/lib/api-types';

/** A record on the canvas and the node whose expansion brought it in (null: a seed or a search pick). */
export type CanvasNode = GraphNode & { broughtBy: string | null };

export type Position = { x: number; y: number };

/** A compound parent drawn around records the user grouped. */
export type CanvasGroup = { id: string; label: string; members: string[] };

/**
 * What the user has put on the canvas: the document that undo and redo move through. Plain objects
 * only, so a snapshot can be stored as a saved view.
 */
export type CanvasState = {
  nodes: Record<string, CanvasNode>;
  edges: Record<string, GraphEdge>;
  /** Records taken off the drawing but kept, so "Show hidden" can bring them back. */
  hidden: string[];
  /** Locked records and where they are held. */
  pinned: Record<string, Position>;
  groups: Record<string, CanvasGroup>;
  /** Neighbours not on the canvas, per record, from the last answer that included it. */
  frontier: Record<string, number>;
  nextGroupNumber: number;
};

export const EMPTY_CANVAS: CanvasState = {
  nodes: {},
  edges: {},
  hidden: [],
  pinned: {},
  groups: {},
  frontier: {},
  nextGroupNumber: 1,
};

export const GROUP_ID_PREFIX = 'group:';

export function nodeCount(state: CanvasState): number {
  return Object.keys(state.nodes).length;
}

export function isCanvasEmpty(state: CanvasState): boolean {
  return nodeCount(state) === 0;
}

export type MergeOptions = {
  /** Who brought the new records in: one node for all, or per record (see provenance.ts). */
  broughtBy: string | null | ReadonlyMap<string, string | null>;
  /** The canvas never holds more than this many records; the nearest (lowest depth) win. */
  maxNodes?: number;
};

export type MergeResult = {
  state: CanvasState;
  /** Records that were not on the canvas before. */
  added: string[];
  /** New records left out because the canvas was full. */
  leftOut: number;
};

/** Adds the records and links of an answer; records already there keep their place and origin. */
export function mergeGraph(
  state: CanvasState,
  result: Pick<GraphResult, 'nodes' | 'edges'> & { frontier?: GraphResult['frontier'] },
  { broughtBy, maxNodes = Number.POSITIVE_INFINITY }: MergeOptions,
): MergeResult {
  const nodes = { ...state.nodes };
  const seen = new Set<string>();
  const fresh = result.nodes
    .filter((node) => {
      if (nodes[node.key] || seen.has(node.key)) return false;
      seen.add(node.key);
      return true;
    })
    .sort((a, b) => a.depth - b.depth);
  const room = Math.max(0, maxNodes - Object.keys(nodes).length);
  const admitted = fresh.slice(0, room);
  for (const node of admitted) {
    const origin =
      typeof broughtBy === 'object' && broughtBy !== null
        ? (broughtBy.get(node.key) ?? null)
        : broughtBy;
    nodes[node.key] = { ...node, broughtBy: origin === node.key ? null : origin };
  }
  const edges = { ...state.edges };
  for (const edge of result.edges) {
    if (nodes[edge.source] && nodes[edge.target]) edges[edge.id] = edge;
  }
  const frontier = { ...state.frontier };
  const hiddenByKey = new Map((result.frontier ?? []).map((f) => [f.key, f.hidden]));
  const leftOut = fresh.length - admitted.length;
  for (const node of result.nodes) {
    if (nodes[node.key]) frontier[node.key] = hiddenByKey.get(node.key) ?? 0;
  }
  const changed =
    admitted.length > 0 || Object.keys(edges).length !== Object.keys(state.edges).length;
  const sameFrontier = Object.entries(frontier).every(([k, v]) => state.frontier[k] === v);
  return {
    state: changed || !sameFrontier ? { ...state, nodes, edges, frontier } : state,
    added: admitted.map((node) => node.key),
    leftOut,
  };
}

/** The records an expansion of `key` brought in, and those theirs brought in, except pinned ones. */
export function broughtInBy(state: CanvasState, key: string): string[] {
  const children = new Map<string, string[]>();
  for (const node of Object.values(state.nodes)) {
    if (node.broughtBy === null) continue;
    const list = children.get(node.broughtBy);
    if (list) list.push(node.key);
    else children.set(node.broughtBy, [node.key]);
  }
  const result: string[] = [];
  const queue = [...(children.get(key) ?? [])];
  const seen = new Set([key]);
  for (let i = 0; i < queue.length; i += 1) {
    const next = queue[i] as string;
    if (seen.has(next)) continue;
    seen.add(next);
    if (state.pinned[next]) continue;
    result.push(next);
    queue.push(...(children.get(next) ?? []));
  }
  return result;
}

/** Removes the records the node's expansion brought in (the inverse of expanding it). */
export function collapseNode(state: CanvasState, key: string): CanvasState {
  const removed = broughtInBy(state, key);
  if (removed.length === 0) return state;
  const next = removeNodes(state, removed);
  // Its own neighbours among the removed are now linked records not on the canvas.
  const gone = new Set(removed);
  const direct = new Set<string>();
  for (const edge of Object.values(state.edges)) {
    if (edge.source === key && gone.has(edge.target)) direct.add(edge.target);
    if (edge.target === key && gone.has(edge.source)) direct.add(edge.source);
  }
  const hidden = (state.frontier[key] ?? 0) + direct.size;
  return { ...next, frontier: { ...next.frontier, [key]: hidden } };
}

/** Takes records off the canvas entirely, with their links, pins and group memberships. */
export function removeNodes(state: CanvasState, keys: readonly string[]): CanvasState {
  const gone = new Set(keys.filter((key) => state.nodes[key]));
  if (gone.size === 0) return state;
  const nodes: Record<string, CanvasNode> = {};
  for (const [key, node] of Object.entries(state.nodes)) {
    if (gone.has(key)) continue;
    // Orphans of a removed record now stand on their own: collapsing it can no longer reach them.
    nodes[key] = node.broughtBy && gone.has(node.broughtBy) ? { ...node, broughtBy: null } : node;
  }
  const edges: Record<string, GraphEdge> = {};
  for (const [id, edge] of Object.entries(state.edges)) {
    if (!gone.has(edge.source) && !gone.has(edge.target)) edges[id] = edge;
  }
  return {
    ...state,
    nodes,
    edges,
    hidden: state.hidden.filter((key) => !gone.has(key)),
    pinned: omitKeys(state.pinned, gone),
    frontier: omitKeys(state.frontier, gone),
    groups: pruneGroups(state.groups, gone),
  };
}

export function hideNodes(state: CanvasState, keys: readonly string[]): CanvasState {
  const add = keys.filter((key) => state.nodes[key] && !state.hidden.includes(key));
  return add.length === 0 ? state : { ...state, hidden: [...state.hidden, ...add] };
}

export function showHidden(state: CanvasState): CanvasState {
  return state.hidden.length === 0 ? state : { ...state, hidden: [] };
}

/** Locks records where they stand; layouts leave them there. */
export function pinNodes(state: CanvasState, positions: Record<string, Position>): CanvasState {
  const pinned = { ...state.pinned };
  let changed = false;
  for (const [key, position] of Object.entries(positions)) {
    if (!state.nodes[key]) continue;
    pinned[key] = { x: position.x, y: position.y };
    changed = true;
  }
  return changed ? { ...state, pinned } : state;
}

export function unpinNodes(state: CanvasState, keys: readonly string[]): CanvasState {
  const gone = new Set(keys.filter((key) => state.pinned[key]));
  return gone.size === 0 ? state : { ...state, pinned: omitKeys(state.pinned, gone) };
}

/** Draws a box around the records; a record belongs to one group at most. */
export function groupNodes(
  state: CanvasState,
  keys: readonly string[],
  label: string,
): CanvasState {
  const members = keys.filter((key) => state.nodes[key]);
  if (members.length === 0) return state;
  const id = `${GROUP_ID_PREFIX}${state.nextGroupNumber}`;
  const groups = pruneGroups(state.groups, new Set(members));
  groups[id] = { id, label, members };
  return { ...state, groups, nextGroupNumber: state.nextGroupNumber + 1 };
}

export function ungroup(state: CanvasState, groupId: string): CanvasState {
  if (!state.groups[groupId]) return state;
  return { ...state, groups: omitKeys(state.groups, new Set([groupId])) };
}

/** The group a record belongs to, if any. */
export function groupOf(state: CanvasState, key: string): string | null {
  for (const group of Object.values(state.groups)) {
    if (group.members.includes(key)) return group.id;
  }
  return null;
}

export function isGroupId(id: string): boolean {
  return id.startsWith(GROUP_ID_PREFIX);
}

/** Records drawn now: on the canvas and not hidden. */
export function visibleNodes(state: CanvasState): CanvasNode[] {
  const hidden = new Set(state.hidden);
  return Object.values(state.nodes).filter((node) => !hidden.has(node.key));
}

/** Links drawn now: both ends drawn. */
export function visibleEdges(state: CanvasState): GraphEdge[] {
  const hidden = new Set(state.hidden);
  return Object.values(state.edges).filter(
    (edge) => !hidden.has(edge.source) && !hidden.has(edge.target),
  );
}

/** The links of one record on the canvas, hidden ends included. */
export function linksOf(state: CanvasState, key: string): GraphEdge[] {
  return Object.values(state.edges).filter((edge) => edge.source === key || edge.target === key);
}

function omitKeys<T>(record: Record<string, T>, keys: ReadonlySet<string>): Record<string, T> {
  const result: Record<string, T> = {};
  for (const [key, value] of Object.entries(record)) if (!keys.has(key)) result[key] = value;
  return result;
}

function pruneGroups(
  groups: Record<string, CanvasGroup>,
  gone: ReadonlySet<string>,
): Record<string, CanvasGroup> {
  const result: Record<string, CanvasGroup> = {};
  for (const [id, group] of Object.entries(groups)) {
    const members = group.members.filter((key) => !gone.has(key));
    if (members.length > 0)
      result[id] = members.length === group.members.length ? group : { ...group, members };
  }
  return result;
}
