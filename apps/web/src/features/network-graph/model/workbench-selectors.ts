import type { GraphEdge } from '@/lib/api-types';

import { keyPlayerScores } from '../cytoscape/highlight';
import type { CanvasOverlay } from '../cytoscape/to-elements';

import {
  broughtInBy,
  groupOf,
  isCanvasEmpty,
  isGroupId,
  visibleEdges,
  visibleNodes,
  type CanvasNode,
  type CanvasState,
} from './canvas-state';
import { distinctLabels } from './display-labels';
import { redoLabel, undoLabel } from './history';
import { rankKeyPlayers } from './key-players';
import { recordPagePath } from './record-pages';
import { dateExtent, edgesOutOfRange, type DayRange } from './timeline';
import type { ContextMenu, PathState, WorkbenchState } from './workbench-store';

/**
 * PURE: what components read from the workbench state. A selector that builds an object or a list
 * remembers its last answer, so the same state gives the same object (useSyncExternalStore needs it).
 */
function remember<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A) => {
    if (last && args.every((arg, i) => Object.is(arg, last?.args[i]))) return last.result;
    const result = compute(...args);
    last = { args, result };
    return result;
  };
}

const NO_KEYS: ReadonlySet<string> = new Set();
const NO_SCORES: ReadonlyMap<string, number> = new Map();

export const selectCanvas = (state: WorkbenchState): CanvasState => state.history.present.state;
export const selectUndoLabel = (state: WorkbenchState) => undoLabel(state.history);
export const selectRedoLabel = (state: WorkbenchState) => redoLabel(state.history);
export const selectIsLoading = (state: WorkbenchState) => state.loading > 0;
export const selectHasRecords = (state: WorkbenchState) => !isCanvasEmpty(selectCanvas(state));
export const selectHiddenCount = (state: WorkbenchState) => selectCanvas(state).hidden.length;

const drawnNodes = remember((canvas: CanvasState): CanvasNode[] => visibleNodes(canvas));
const drawnEdges = remember((canvas: CanvasState): GraphEdge[] => visibleEdges(canvas));
/** Records drawn now (hidden ones left out). */
export const selectVisibleNodes = (state: WorkbenchState) => drawnNodes(selectCanvas(state));
export const selectVisibleEdges = (state: WorkbenchState) => drawnEdges(selectCanvas(state));
/** Nothing is drawn: the canvas is empty or every record on it is hidden. */
export const selectIsEmpty = (state: WorkbenchState) => selectVisibleNodes(state).length === 0;

const seedsOf = remember((canvas: CanvasState): string[] =>
  Object.values(canvas.nodes)
    .filter((node) => node.broughtBy === null)
    .map((node) => node.key),
);
/** Records the user put on the canvas (not brought in by an expansion): what reloads start from. */
export const selectSeeds = (state: WorkbenchState) => seedsOf(selectCanvas(state));

const recordsIn = remember((nodes: string[], canvas: CanvasState): string[] =>
  nodes.filter((key) => canvas.nodes[key]),
);
/** Selected records on the canvas (group boxes left out), in the order they were picked. */
export const selectSelectedRecords = (state: WorkbenchState) =>
  recordsIn(state.selection.nodes, selectCanvas(state));

/** The selected record when exactly one is selected. */
export const selectSingleRecord = (state: WorkbenchState): string | null => {
  const records = selectSelectedRecords(state);
  return records.length === 1 ? (records[0] ?? null) : null;
};

/** The group whose box is selected, or that all selected records belong to. */
export function selectSelectedGroup(state: WorkbenchState): string | null {
  const box = state.selection.nodes.find(isGroupId);
  if (box) return box;
  const canvas = selectCanvas(state);
  const [first, ...rest] = selectSelectedRecords(state);
  if (first === undefined) return null;
  const group = groupOf(canvas, first);
  return rest.every((key) => groupOf(canvas, key) === group) ? group : null;
}

export const selectAllPinned = (state: WorkbenchState): boolean => {
  const canvas = selectCanvas(state);
  const records = selectSelectedRecords(state);
  return records.length > 0 && records.every((key) => canvas.pinned[key]);
};

/** Whether collapsing the record would take anything off the canvas. */
export const canCollapse = (state: WorkbenchState, key: string | null): boolean =>
  key !== null && broughtInBy(selectCanvas(state), key).length > 0;

const labelsOf = remember((canvas: CanvasState) => distinctLabels(Object.values(canvas.nodes)));
/** Every record's label, with its code after the name when another record has the same name. */
export const selectLabels = (state: WorkbenchState) => labelsOf(selectCanvas(state));

/** A record's (or group's) label on the canvas, or its key. */
export function labelOf(canvas: CanvasState, key: string): string {
  return labelsOf(canvas).get(key) ?? canvas.groups[key]?.label ?? key;
}

const extentOf = remember((canvas: CanvasState) => dateExtent(Object.values(canvas.edges)));
/** The first and last day any link on the canvas mentions. */
export const selectDateExtent = (state: WorkbenchState) => extentOf(selectCanvas(state));

const outOfRange = remember((edges: GraphEdge[], range: DayRange | null): ReadonlySet<string> =>
  edgesOutOfRange(edges, range),
);
/** Drawn links outside the timeline range. */
export const selectOutOfRange = (state: WorkbenchState) =>
  outOfRange(selectVisibleEdges(state), state.timeline);

const rankedPlayers = remember((players: WorkbenchState['keyPlayers'], allKinds: boolean) =>
  players ? rankKeyPlayers(players, { allKinds }) : null,
);
/** Key players as listed and sized: persons (brokers first) unless every kind is asked for. */
export const selectRankedKeyPlayers = (state: WorkbenchState) =>
  rankedPlayers(state.keyPlayers, state.keyPlayersAllKinds);

const overlayOf = remember(
  (
    path: PathState | null,
    players: WorkbenchState['keyPlayers'],
    sizeByScore: boolean,
    hiddenLinks: ReadonlySet<string>,
  ): CanvasOverlay => ({
    pathNodes: path?.highlight.nodes ?? NO_KEYS,
    pathEdges: path?.highlight.edges ?? NO_KEYS,
    scores: sizeByScore && players ? keyPlayerScores(players) : NO_SCORES,
    outOfRange: hiddenLinks,
  }),
);
/** The view-only layers: path highlight, key-player sizes, links outside the timeline. */
export const selectOverlay = (state: WorkbenchState) =>
  overlayOf(state.path, selectRankedKeyPlayers(state), state.sizeByScore, selectOutOfRange(state));

export type MenuTarget = ContextMenu & {
  label: string;
  pinned: boolean;
  canCollapse: boolean;
  page: string | null;
};

const menuTargetOf = remember(
  (menu: ContextMenu | null, canvas: CanvasState): MenuTarget | null => {
    const node = menu ? canvas.nodes[menu.key] : undefined;
    if (!menu || !node) return null;
    return {
      ...menu,
      label: node.label,
      pinned: Boolean(canvas.pinned[menu.key]),
      canCollapse: broughtInBy(canvas, menu.key).length > 0,
      page: recordPagePath(node.kind, node.id),
    };
  },
);
/** The record the right-click menu is open on, while it is still on the canvas. */
export const selectMenuTarget = (state: WorkbenchState) =>
  menuTargetOf(state.menu, selectCanvas(state));
