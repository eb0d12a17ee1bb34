import { GRAPH_PATH_MAX_HOPS } from '@khsae/domain';

import type { GraphPathResult, GraphResult, KeyPlayer, KeyPlayersResult } from '@/lib/api-types';

import { HISTORY_LIMIT, MAX_RENDERED_NODES } from '../constants';
import { pathHighlight } from '../cytoscape/highlight';
import { DEFAULT_LAYOUT, isLayoutName, type LayoutName } from '../cytoscape/layouts';
import type { GraphKey } from '../i18n/graph-i18n';

import {
  collapseNode,
  EMPTY_CANVAS,
  groupNodes,
  hideNodes,
  mergeGraph,
  pinNodes,
  removeNodes,
  showHidden,
  ungroup,
  unpinNodes,
  type CanvasState,
  type Position,
} from './canvas-state';
import { DEFAULT_FILTERS, normaliseFilters, type GraphFilters } from './graph-filters';
import { createHistory, pushHistory, redo, undo, type History } from './history';
import { assignProvenance } from './provenance';
import type { SavedView } from './saved-views';
import type { DayRange } from './timeline';

export const PANEL_TABS = ['details', 'filters', 'path', 'keyPlayers', 'views'] as const;
export type PanelTab = (typeof PANEL_TABS)[number];

/** Selected records (and group boxes) and links, in the order they were picked. */
export type WorkbenchSelection = { nodes: string[]; links: string[] };

/** A message over the canvas, translated where it is shown. */
export type GraphNotice = {
  tone: 'info' | 'warning' | 'error';
  message: GraphKey;
  values?: Record<string, string | number>;
};

export type Truncation = { shown: number; hidden: number };

export type PathState = {
  result: GraphPathResult;
  highlight: ReturnType<typeof pathHighlight>;
  maxHops: number;
};

/** The right-click menu: which record, and where on the canvas it opened. */
export type ContextMenu = { key: string; x: number; y: number };

type GraphAnswer = Pick<GraphResult, 'nodes' | 'edges' | 'frontier' | 'truncated'>;

/** Everything the workbench shows: the canvas document with its undo steps, and how it is viewed. */
export type WorkbenchState = {
  history: History<CanvasState>;
  filters: GraphFilters;
  selection: WorkbenchSelection;
  layout: LayoutName;
  /** Counts "Lay out again" requests: each one lays the canvas out without any change to it. */
  layoutRuns: number;
  /** Where the records of a saved view being opened stand; the canvas takes them once. */
  viewPositions: Record<string, Position> | null;
  tab: PanelTab;
  menu: ContextMenu | null;
  /** Only links active in this range are drawn; null: all. */
  timeline: DayRange | null;
  sizeByScore: boolean;
  pathHops: number;
  path: PathState | null;
  keyPlayers: KeyPlayer[] | null;
  /** Key players of every kind, not only persons. */
  keyPlayersAllKinds: boolean;
  /** Requests under way. */
  loading: number;
  notice: GraphNotice | null;
  truncation: Truncation | null;
};

/**
 * What can happen on the workbench. Actions with a `label` change the canvas and are one undo step
 * each ("Undo: expand Heng Dara"); the others change only how it is viewed.
 */
export type WorkbenchAction =
  /** Records and their network put on the canvas (a search pick, `?seeds=`). */
  | { type: 'add'; seeds: string[]; answer: GraphAnswer; label: string }
  /** A fresh canvas around the starting records, with the current filters. */
  | { type: 'reload'; seeds: string[]; answer: GraphAnswer; label: string }
  | { type: 'expand'; key: string; answer: GraphAnswer; label: string }
  | { type: 'pathFound'; from: string; answer: GraphPathResult; maxHops: number; label: string }
  | {
      type: 'keyPlayersFound';
      seeds: string[];
      answer: KeyPlayersResult;
      label: string;
    }
  | { type: 'collapse'; key: string; label: string }
  | { type: 'hide'; keys: string[]; label: string }
  | { type: 'showHidden'; label: string }
  | { type: 'pin'; positions: Record<string, Position>; label: string }
  | { type: 'unpin'; keys: string[]; label: string }
  | { type: 'group'; keys: string[]; name: string; label: string }
  | { type: 'ungroup'; group: string; label: string }
  | { type: 'remove'; keys: string[]; label: string }
  | { type: 'clear'; label: string }
  | { type: 'openView'; view: SavedView; label: string }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'select'; selection: WorkbenchSelection }
  | { type: 'filter'; change: Partial<GraphFilters> }
  | { type: 'resetFilters' }
  | { type: 'showTab'; tab: PanelTab }
  | { type: 'openMenu'; menu: ContextMenu }
  | { type: 'closeMenu' }
  | { type: 'timeline'; range: DayRange | null }
  | { type: 'sizeByScore'; on: boolean }
  | { type: 'pathHops'; hops: number }
  | { type: 'clearPath' }
  | { type: 'clearKeyPlayers' }
  | { type: 'keyPlayersAllKinds'; on: boolean }
  /** Lays the canvas out again, in another layout when named. */
  | { type: 'layout'; name?: LayoutName }
  | { type: 'viewPositionsTaken' }
  | { type: 'requestStarted' }
  | { type: 'requestEnded' }
  | { type: 'notify'; notice: GraphNotice }
  | { type: 'dismissNotice' }
  | { type: 'dismissTruncation' };

export function initialWorkbenchState(canvas: CanvasState = EMPTY_CANVAS): WorkbenchState {
  return {
    history: createHistory(canvas, HISTORY_LIMIT),
    filters: DEFAULT_FILTERS,
    selection: { nodes: [], links: [] },
    layout: DEFAULT_LAYOUT,
    layoutRuns: 0,
    viewPositions: null,
    tab: 'details',
    menu: null,
    timeline: null,
    sizeByScore: true,
    pathHops: GRAPH_PATH_MAX_HOPS,
    path: null,
    keyPlayers: null,
    keyPlayersAllKinds: false,
    loading: 0,
    notice: null,
    truncation: null,
  };
}

/** PURE: the workbench after an action. Returns the same object when nothing changed. */
export function workbenchReducer(state: WorkbenchState, action: WorkbenchAction): WorkbenchState {
  const canvas = state.history.present.state;
  switch (action.type) {
    case 'add':
      return merge({ ...state, truncation: null }, action.answer, action.label, {
        broughtBy: assignProvenance(action.answer.nodes, action.answer.edges, action.seeds),
      });
    case 'reload':
      return merge(
        { ...state, truncation: null, path: null, keyPlayers: null },
        action.answer,
        action.label,
        {
          broughtBy: assignProvenance(action.answer.nodes, action.answer.edges, action.seeds),
          base: { ...EMPTY_CANVAS, nextGroupNumber: canvas.nextGroupNumber },
        },
      );
    case 'expand':
      return merge(state, action.answer, action.label, { broughtBy: action.key });
    case 'pathFound': {
      const found = action.answer.found
        ? merge(state, action.answer, action.label, { broughtBy: action.from })
        : state;
      const { answer: result, maxHops } = action;
      return { ...found, path: { result, highlight: pathHighlight(result), maxHops } };
    }
    case 'keyPlayersFound': {
      const { graph, players } = action.answer;
      const merged = merge(state, graph, action.label, {
        broughtBy: assignProvenance(graph.nodes, graph.edges, action.seeds),
      });
      return { ...merged, keyPlayers: players };
    }
    case 'collapse':
      return commit(state, collapseNode(canvas, action.key), action.label);
    case 'hide':
      return commit(state, hideNodes(canvas, action.keys), action.label);
    case 'showHidden':
      return commit(state, showHidden(canvas), action.label);
    case 'pin':
      return commit(state, pinNodes(canvas, action.positions), action.label);
    case 'unpin':
      return commit(state, unpinNodes(canvas, action.keys), action.label);
    case 'group':
      return commit(state, groupNodes(canvas, action.keys, action.name), action.label);
    case 'ungroup':
      return commit(state, ungroup(canvas, action.group), action.label);
    case 'remove':
      return commit(state, removeNodes(canvas, action.keys), action.label);
    case 'clear':
      return commit(
        patch(state, { path: null, keyPlayers: null, timeline: null }),
        EMPTY_CANVAS,
        action.label,
      );
    case 'openView': {
      const { view } = action;
      const opened = {
        ...state,
        viewPositions: view.positions,
        layout: isLayoutName(view.layout) ? view.layout : state.layout,
        path: null,
        keyPlayers: null,
        timeline: null,
      };
      return commit(opened, view.state, action.label);
    }
    case 'undo':
      return patch(state, { history: undo(state.history) });
    case 'redo':
      return patch(state, { history: redo(state.history) });
    case 'select': {
      const { selection } = action;
      const picked = selection.nodes.length + selection.links.length > 0;
      // The path and key-player tabs stay open while their records are being picked.
      const keepTab = state.tab === 'path' || state.tab === 'keyPlayers';
      return { ...state, selection, tab: picked && !keepTab ? 'details' : state.tab };
    }
    case 'filter':
      return { ...state, filters: normaliseFilters({ ...state.filters, ...action.change }) };
    case 'resetFilters':
      return patch(state, { filters: DEFAULT_FILTERS });
    case 'showTab':
      return patch(state, { tab: action.tab });
    case 'openMenu':
      return { ...state, menu: action.menu };
    case 'closeMenu':
      return patch(state, { menu: null });
    case 'timeline':
      return patch(state, { timeline: action.range });
    case 'sizeByScore':
      return patch(state, { sizeByScore: action.on });
    case 'pathHops':
      return patch(state, {
        pathHops: Math.min(GRAPH_PATH_MAX_HOPS, Math.max(1, action.hops || 1)),
      });
    case 'clearPath':
      return patch(state, { path: null });
    case 'clearKeyPlayers':
      return patch(state, { keyPlayers: null });
    case 'keyPlayersAllKinds':
      return patch(state, { keyPlayersAllKinds: action.on });
    case 'layout':
      return { ...state, layout: action.name ?? state.layout, layoutRuns: state.layoutRuns + 1 };
    case 'viewPositionsTaken':
      return patch(state, { viewPositions: null });
    case 'requestStarted':
      return { ...state, loading: state.loading + 1 };
    case 'requestEnded':
      return { ...state, loading: Math.max(0, state.loading - 1) };
    case 'notify':
      return { ...state, notice: action.notice };
    case 'dismissNotice':
      return patch(state, { notice: null });
    case 'dismissTruncation':
      return patch(state, { truncation: null });
  }
}

/** One undo step, unless the canvas did not change. */
function commit(state: WorkbenchState, next: CanvasState, label: string): WorkbenchState {
  return patch(state, { history: pushHistory(state.history, next, label) });
}

/** Merges an answer as one undo step and says what did not fit. */
function merge(
  state: WorkbenchState,
  answer: GraphAnswer,
  label: string,
  {
    broughtBy,
    base = state.history.present.state,
  }: { broughtBy: string | ReadonlyMap<string, string | null>; base?: CanvasState },
): WorkbenchState {
  const merged = mergeGraph(base, answer, { broughtBy, maxNodes: MAX_RENDERED_NODES });
  const next = commit(state, merged.state, label);
  const after = next.history.present.state;
  const leftOut = merged.leftOut;
  return {
    ...next,
    notice:
      leftOut > 0
        ? { tone: 'warning', message: 'capReached', values: { max: MAX_RENDERED_NODES } }
        : next.notice,
    truncation:
      answer.truncated || leftOut > 0
        ? {
            shown: Object.keys(after.nodes).length,
            hidden: Object.values(after.frontier).reduce((sum, n) => sum + n, 0) + leftOut,
          }
        : next.truncation,
  };
}

/** The state with some fields replaced, or the same object when none differs. */
function patch(state: WorkbenchState, change: Partial<WorkbenchState>): WorkbenchState {
  const keys = Object.keys(change) as (keyof WorkbenchState)[];
  return keys.every((key) => Object.is(state[key], change[key])) ? state : { ...state, ...change };
}

/** The workbench state held outside React, so that answers arriving in one tick all merge. */
export type WorkbenchStore = {
  getState: () => WorkbenchState;
  dispatch: (action: WorkbenchAction) => void;
  subscribe: (listener: () => void) => () => void;
};

export function createWorkbenchStore(
  initial: WorkbenchState = initialWorkbenchState(),
): WorkbenchStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    dispatch: (action) => {
      const next = workbenchReducer(state, action);
      if (next === state) return;
      state = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
