import { describe, expect, it, jest } from '@jest/globals';

import { GRAPH_PATH_MAX_HOPS } from '@khsae/domain';

import type { GraphPathResult, KeyPlayer } from '@/lib/api-types';

import { HISTORY_LIMIT, MAX_RENDERED_NODES } from '../../constants';
import { graphEdge, graphNode, graphResult } from '../../testing/graph-fixtures';
import { EMPTY_CANVAS, type CanvasState } from '../canvas-state';
import { DEFAULT_FILTERS } from '../graph-filters';
import { canRedo, canUndo, redoLabel, undoLabel } from '../history';
import type { SavedView } from '../saved-views';
import {
  createWorkbenchStore,
  initialWorkbenchState,
  workbenchReducer,
  type WorkbenchAction,
  type WorkbenchState,
} from '../workbench-store';

const broker = graphNode('broker', 1, { depth: 0, label: 'Heng Dara' });
const victim = graphNode('victim', 2, { label: 'V-2026-000007' });
const compound = graphNode('compound', 3, { depth: 2, label: 'Golden Lotus Park' });
const more = graphNode('victim', 4, { label: 'V-2026-000008' });
const village = graphNode('place', 5, { depth: 0, label: 'Krabau Chuor' });
const recruited = graphEdge(broker, victim);
const heldAt = graphEdge(victim, compound, { type: 'held_at' });
const alsoHeld = graphEdge(more, compound, { type: 'held_at' });
const livesIn = graphEdge(more, village, { type: 'located_in' });

const network = graphResult([broker, victim, compound], [recruited, heldAt], {
  truncated: true,
  frontier: [
    { key: compound.key, hidden: 1 },
    { key: victim.key, hidden: 2 },
  ],
});
const aroundCompound = graphResult([compound, more], [alsoHeld]);

const canvasOf = (state: WorkbenchState): CanvasState => state.history.present.state;
const keysOf = (state: WorkbenchState) => Object.keys(canvasOf(state).nodes).sort();

function run(...actions: WorkbenchAction[]): WorkbenchState {
  return actions.reduce(workbenchReducer, initialWorkbenchState());
}

const add: WorkbenchAction = {
  type: 'add',
  seeds: [broker.key],
  answer: network,
  label: 'add Heng Dara',
};
const expandCompound: WorkbenchAction = {
  type: 'expand',
  key: compound.key,
  answer: aroundCompound,
  label: 'expand Golden Lotus Park',
};

describe('workbench store: the initial state', () => {
  it('should start with an empty canvas, the default filters and nothing to undo', () => {
    const state = initialWorkbenchState();
    expect(canvasOf(state)).toBe(EMPTY_CANVAS);
    expect(state.filters).toBe(DEFAULT_FILTERS);
    expect(state.tab).toBe('details');
    expect(state.layout).toBe('fcose');
    expect(state.sizeByScore).toBe(true);
    expect(state.pathHops).toBe(GRAPH_PATH_MAX_HOPS);
    expect(state.history.limit).toBe(HISTORY_LIMIT);
    expect(canUndo(state.history)).toBe(false);
  });

  it('should start from a given canvas', () => {
    const canvas = canvasOf(run(add));
    expect(canvasOf(initialWorkbenchState(canvas))).toBe(canvas);
  });
});

describe('workbench store: records from the API', () => {
  it('should add records with their network as one undo step, each credited to its seed', () => {
    const state = run(add);
    expect(keysOf(state)).toEqual([broker.key, victim.key, compound.key].sort());
    const canvas = canvasOf(state);
    expect(canvas.nodes[broker.key]?.broughtBy).toBeNull();
    expect(canvas.nodes[victim.key]?.broughtBy).toBe(broker.key);
    expect(canvas.nodes[compound.key]?.broughtBy).toBe(broker.key);
    expect(Object.keys(canvas.edges)).toEqual([recruited.id, heldAt.id]);
    expect(undoLabel(state.history)).toBe('add Heng Dara');
    expect(state.history.past).toHaveLength(1);
  });

  it('should say what a truncated answer left off the canvas', () => {
    expect(run(add).truncation).toEqual({ shown: 3, hidden: 3 });
  });

  it('should forget the last truncation when records are added from a complete answer', () => {
    const state = run(add, {
      type: 'add',
      seeds: [village.key],
      answer: graphResult([village], []),
      label: 'add Krabau Chuor',
    });
    expect(state.truncation).toBeNull();
    // An expansion that is not truncated leaves the message as it was.
    expect(run(add, expandCompound).truncation).toEqual({ shown: 3, hidden: 3 });
  });

  it('should credit each record of an answer around several seeds to the nearest seed', () => {
    const state = run({
      type: 'add',
      seeds: [broker.key, village.key],
      answer: graphResult([broker, victim, village, more], [recruited, livesIn]),
      label: 'open 2',
    });
    const canvas = canvasOf(state);
    expect(canvas.nodes[village.key]?.broughtBy).toBeNull();
    expect(canvas.nodes[more.key]?.broughtBy).toBe(village.key);
    expect(canvas.nodes[victim.key]?.broughtBy).toBe(broker.key);
  });

  it('should make no undo step when an answer brings nothing new', () => {
    const once = run(add);
    const twice = workbenchReducer(once, { ...add, label: 'add again' });
    expect(twice.history).toBe(once.history);
  });

  it('should expand a record: what it brings in is credited to it, and undo and redo move over it', () => {
    const expanded = run(add, expandCompound);
    expect(keysOf(expanded)).toContain(more.key);
    expect(canvasOf(expanded).nodes[more.key]?.broughtBy).toBe(compound.key);
    expect(undoLabel(expanded.history)).toBe('expand Golden Lotus Park');

    const undone = workbenchReducer(expanded, { type: 'undo' });
    expect(keysOf(undone)).toEqual(keysOf(run(add)));
    expect(redoLabel(undone.history)).toBe('expand Golden Lotus Park');
    expect(undoLabel(undone.history)).toBe('add Heng Dara');

    const redone = workbenchReducer(undone, { type: 'redo' });
    expect(canvasOf(redone)).toBe(canvasOf(expanded));
    expect(canRedo(redone.history)).toBe(false);
  });

  it('should stop at the canvas limit, warn, and count what was left out', () => {
    const many = Array.from({ length: MAX_RENDERED_NODES + 5 }, (_, i) =>
      graphNode('victim', 1000 + i),
    );
    const state = run({
      type: 'add',
      seeds: [many[0]?.key ?? ''],
      answer: graphResult(many, []),
      label: 'add many',
    });
    expect(Object.keys(canvasOf(state).nodes)).toHaveLength(MAX_RENDERED_NODES);
    expect(state.notice).toEqual({
      tone: 'warning',
      message: 'capReached',
      values: { max: MAX_RENDERED_NODES },
    });
    expect(state.truncation).toEqual({ shown: MAX_RENDERED_NODES, hidden: 5 });
  });

  it('should reload a fresh canvas from the starting records as one undo step', () => {
    const before = run(
      add,
      expandCompound,
      { type: 'group', keys: [broker.key, victim.key], name: 'Group 1', label: 'group 2' },
      { type: 'pathFound', from: broker.key, answer: pathTo(compound), maxHops: 6, label: 'path' },
      {
        type: 'keyPlayersFound',
        seeds: [broker.key],
        answer: { graph: network, players },
        label: 'kp',
      },
    );
    const reloaded = workbenchReducer(before, {
      type: 'reload',
      seeds: [broker.key],
      answer: graphResult([broker, victim], [recruited]),
      label: 'reload',
    });
    expect(keysOf(reloaded)).toEqual([broker.key, victim.key].sort());
    expect(canvasOf(reloaded).groups).toEqual({});
    // Group numbers go on, so a new group never takes an old one's name.
    expect(canvasOf(reloaded).nextGroupNumber).toBe(2);
    expect(reloaded.path).toBeNull();
    expect(reloaded.keyPlayers).toBeNull();
    expect(reloaded.truncation).toBeNull();
    expect(canvasOf(workbenchReducer(reloaded, { type: 'undo' }))).toBe(canvasOf(before));
  });
});

const players: KeyPlayer[] = [
  { key: victim.key, label: victim.label, kind: 'victim', degree: 2, betweenness: 1 },
  { key: broker.key, label: broker.label, kind: 'broker', degree: 1, betweenness: 0 },
];

function pathTo(target: typeof compound, found = true): GraphPathResult {
  return {
    ...graphResult(found ? [broker, victim, target] : [], found ? [recruited, heldAt] : []),
    found,
    paths: found ? [[broker.key, victim.key, target.key]] : [],
    hops: found ? 2 : null,
    reason: found ? 'found' : 'no_path_within_limit',
  };
}

describe('workbench store: paths and key players', () => {
  it('should merge a found path, credited to where it starts, and light it up', () => {
    const state = run(
      { type: 'add', seeds: [broker.key], answer: graphResult([broker], []), label: 'add' },
      { type: 'pathFound', from: broker.key, answer: pathTo(compound), maxHops: 4, label: 'path' },
    );
    expect(keysOf(state)).toEqual([broker.key, victim.key, compound.key].sort());
    expect(canvasOf(state).nodes[compound.key]?.broughtBy).toBe(broker.key);
    expect(state.path?.maxHops).toBe(4);
    expect(state.path?.highlight.nodes).toEqual(new Set([broker.key, victim.key, compound.key]));
    expect(state.path?.highlight.edges).toEqual(new Set([recruited.id, heldAt.id]));
    expect(undoLabel(state.history)).toBe('path');
  });

  it('should keep the canvas as it is when no path was found, and say so', () => {
    const before = run(add);
    const state = workbenchReducer(before, {
      type: 'pathFound',
      from: broker.key,
      answer: pathTo(compound, false),
      maxHops: 3,
      label: 'path',
    });
    expect(state.history).toBe(before.history);
    expect(state.path?.result.reason).toBe('no_path_within_limit');
    expect(workbenchReducer(state, { type: 'clearPath' }).path).toBeNull();
  });

  it('should merge the key players’ network and keep their scores until cleared', () => {
    const state = run({
      type: 'keyPlayersFound',
      seeds: [broker.key],
      answer: { graph: network, players },
      label: 'key players',
    });
    expect(keysOf(state)).toEqual([broker.key, victim.key, compound.key].sort());
    expect(state.keyPlayers).toBe(players);
    expect(workbenchReducer(state, { type: 'clearKeyPlayers' }).keyPlayers).toBeNull();
  });
});

describe('workbench store: changes on the canvas', () => {
  const base = run(add, expandCompound);

  it.each<[string, WorkbenchAction, (canvas: CanvasState) => void]>([
    [
      'collapse',
      { type: 'collapse', key: compound.key, label: 'collapse' },
      (c) => expect(c.nodes[more.key]).toBeUndefined(),
    ],
    [
      'hide',
      { type: 'hide', keys: [victim.key], label: 'hide 1' },
      (c) => expect(c.hidden).toEqual([victim.key]),
    ],
    [
      'pin',
      { type: 'pin', positions: { [victim.key]: { x: 10, y: 20 } }, label: 'pin 1' },
      (c) => expect(c.pinned).toEqual({ [victim.key]: { x: 10, y: 20 } }),
    ],
    [
      'group',
      { type: 'group', keys: [victim.key, more.key], name: 'Group 1', label: 'group 2' },
      (c) =>
        expect(c.groups['group:1']).toEqual({
          id: 'group:1',
          label: 'Group 1',
          members: [victim.key, more.key],
        }),
    ],
    [
      'remove',
      { type: 'remove', keys: [more.key], label: 'remove 1' },
      (c) => expect(c.nodes[more.key]).toBeUndefined(),
    ],
    ['clear', { type: 'clear', label: 'clear' }, (c) => expect(c).toBe(EMPTY_CANVAS)],
  ])('should %s as one undo step with its label', (_, action, check) => {
    const next = workbenchReducer(base, action);
    check(canvasOf(next));
    expect(next.history.past).toHaveLength(base.history.past.length + 1);
    expect(undoLabel(next.history)).toBe((action as { label: string }).label);
    expect(canvasOf(workbenchReducer(next, { type: 'undo' }))).toBe(canvasOf(base));
  });

  it('should undo what it reverses: show hidden, unpin, ungroup', () => {
    const hidden = workbenchReducer(base, { type: 'hide', keys: [victim.key], label: 'hide' });
    expect(
      canvasOf(workbenchReducer(hidden, { type: 'showHidden', label: 'show' })).hidden,
    ).toEqual([]);
    const pinned = workbenchReducer(base, {
      type: 'pin',
      positions: { [victim.key]: { x: 1, y: 2 } },
      label: 'pin',
    });
    expect(
      canvasOf(workbenchReducer(pinned, { type: 'unpin', keys: [victim.key], label: 'unpin' }))
        .pinned,
    ).toEqual({});
    const grouped = workbenchReducer(base, {
      type: 'group',
      keys: [victim.key, more.key],
      name: 'Group 1',
      label: 'group',
    });
    const ungrouped = workbenchReducer(grouped, {
      type: 'ungroup',
      group: 'group:1',
      label: 'ungroup',
    });
    expect(canvasOf(ungrouped).groups).toEqual({});
    expect(canvasOf(ungrouped).nextGroupNumber).toBe(2);
    expect(undoLabel(ungrouped.history)).toBe('ungroup');
  });

  it('should make no undo step, and return the same state, when a change changes nothing', () => {
    for (const action of [
      { type: 'hide', keys: ['broker:nobody'], label: 'hide' },
      { type: 'showHidden', label: 'show' },
      { type: 'unpin', keys: [victim.key], label: 'unpin' },
      { type: 'collapse', key: more.key, label: 'collapse' },
      { type: 'ungroup', group: 'group:9', label: 'ungroup' },
      { type: 'remove', keys: [], label: 'remove' },
    ] satisfies WorkbenchAction[]) {
      expect(workbenchReducer(base, action)).toBe(base);
    }
  });

  it('should clear the path, the key players and the timeline with the canvas', () => {
    const busy = run(
      add,
      { type: 'pathFound', from: broker.key, answer: pathTo(compound), maxHops: 6, label: 'p' },
      {
        type: 'keyPlayersFound',
        seeds: [broker.key],
        answer: { graph: network, players },
        label: 'k',
      },
      { type: 'timeline', range: { from: 1, to: 2 } },
    );
    const cleared = workbenchReducer(busy, { type: 'clear', label: 'clear' });
    expect(cleared.path).toBeNull();
    expect(cleared.keyPlayers).toBeNull();
    expect(cleared.timeline).toBeNull();
  });

  it('should drop what could be redone when a new change follows an undo', () => {
    const undone = workbenchReducer(base, { type: 'undo' });
    const changed = workbenchReducer(undone, { type: 'hide', keys: [victim.key], label: 'hide' });
    expect(canRedo(changed.history)).toBe(false);
  });

  it('should do nothing on undo with nothing to undo, nor on redo with nothing to redo', () => {
    const state = initialWorkbenchState();
    expect(workbenchReducer(state, { type: 'undo' })).toBe(state);
    expect(workbenchReducer(base, { type: 'redo' })).toBe(base);
  });

  it(`should keep the last ${HISTORY_LIMIT} undo steps`, () => {
    let state = base;
    for (let i = 0; i < HISTORY_LIMIT + 10; i += 1) {
      const key = i % 2 === 0 ? victim.key : more.key;
      state = workbenchReducer(state, { type: 'hide', keys: [key], label: `hide ${i}` });
      state = workbenchReducer(state, { type: 'showHidden', label: `show ${i}` });
    }
    expect(state.history.past).toHaveLength(HISTORY_LIMIT);
  });
});

describe('workbench store: saved views', () => {
  const view: SavedView = {
    version: 1,
    name: 'Poipet',
    savedAt: '2026-11-25T10:00:00.000Z',
    layout: 'concentric',
    state: canvasOf(run(add)),
    positions: { [broker.key]: { x: 5, y: 6 } },
  };

  it('should open a view as one undo step, with its layout and positions, overlays cleared', () => {
    const before = run(
      add,
      expandCompound,
      { type: 'pathFound', from: broker.key, answer: pathTo(compound), maxHops: 6, label: 'p' },
      { type: 'timeline', range: { from: 1, to: 2 } },
    );
    const opened = workbenchReducer(before, { type: 'openView', view, label: 'open Poipet' });
    expect(canvasOf(opened)).toBe(view.state);
    expect(opened.layout).toBe('concentric');
    expect(opened.viewPositions).toBe(view.positions);
    expect(opened.path).toBeNull();
    expect(opened.timeline).toBeNull();
    expect(undoLabel(opened.history)).toBe('open Poipet');
    expect(canvasOf(workbenchReducer(opened, { type: 'undo' }))).toBe(canvasOf(before));
  });

  it('should hand the positions over once', () => {
    const opened = run({ type: 'openView', view, label: 'open' });
    const taken = workbenchReducer(opened, { type: 'viewPositionsTaken' });
    expect(taken.viewPositions).toBeNull();
    expect(workbenchReducer(taken, { type: 'viewPositionsTaken' })).toBe(taken);
  });

  it('should keep the current layout when a view names one this version does not know', () => {
    const state = run(
      { type: 'layout', name: 'breadthfirst' },
      { type: 'openView', view: { ...view, layout: 'cola' }, label: 'open' },
    );
    expect(state.layout).toBe('breadthfirst');
  });
});

describe('workbench store: how the canvas is viewed', () => {
  it('should select records and links, showing their details unless a path or key players are open', () => {
    const selected = run(
      { type: 'showTab', tab: 'filters' },
      {
        type: 'select',
        selection: { nodes: [broker.key], links: [] },
      },
    );
    expect(selected.selection).toEqual({ nodes: [broker.key], links: [] });
    expect(selected.tab).toBe('details');

    for (const tab of ['path', 'keyPlayers'] as const) {
      const kept = run(
        { type: 'showTab', tab },
        {
          type: 'select',
          selection: { nodes: [broker.key, victim.key], links: [] },
        },
      );
      expect(kept.tab).toBe(tab);
    }

    const link = run(
      { type: 'showTab', tab: 'views' },
      {
        type: 'select',
        selection: { nodes: [], links: [recruited.id] },
      },
    );
    expect(link.tab).toBe('details');
  });

  it('should leave the tab alone when the selection is emptied', () => {
    const state = run(
      { type: 'showTab', tab: 'filters' },
      {
        type: 'select',
        selection: { nodes: [], links: [] },
      },
    );
    expect(state.tab).toBe('filters');
  });

  it('should filter within what the API accepts, and reset the filters', () => {
    const state = run({ type: 'filter', change: { hops: 9, limit: 50_000, linkTypes: ['paid'] } });
    expect(state.filters).toEqual({
      ...DEFAULT_FILTERS,
      hops: 3,
      limit: MAX_RENDERED_NODES,
      linkTypes: ['paid'],
    });
    expect(workbenchReducer(state, { type: 'resetFilters' }).filters).toBe(DEFAULT_FILTERS);
  });

  it('should keep the path length between one hop and the API’s maximum', () => {
    expect(run({ type: 'pathHops', hops: 3 }).pathHops).toBe(3);
    expect(run({ type: 'pathHops', hops: 0 }).pathHops).toBe(1);
    expect(run({ type: 'pathHops', hops: Number.NaN }).pathHops).toBe(1);
    expect(run({ type: 'pathHops', hops: 99 }).pathHops).toBe(GRAPH_PATH_MAX_HOPS);
  });

  it('should lay out again on request, in another layout when one is named', () => {
    const again = run({ type: 'layout' });
    expect(again.layout).toBe('fcose');
    expect(again.layoutRuns).toBe(1);
    const rings = workbenchReducer(again, { type: 'layout', name: 'concentric' });
    expect(rings.layout).toBe('concentric');
    expect(rings.layoutRuns).toBe(2);
  });

  it('should open and close the menu on a record', () => {
    const open = run({ type: 'openMenu', menu: { key: broker.key, x: 10, y: 20 } });
    expect(open.menu).toEqual({ key: broker.key, x: 10, y: 20 });
    const closed = workbenchReducer(open, { type: 'closeMenu' });
    expect(closed.menu).toBeNull();
    expect(workbenchReducer(closed, { type: 'closeMenu' })).toBe(closed);
  });

  it('should set the timeline range and key-player sizing, which are not undo steps', () => {
    const added = run(add);
    const actions: WorkbenchAction[] = [
      { type: 'timeline', range: { from: 3, to: 9 } },
      { type: 'sizeByScore', on: false },
    ];
    const state = actions.reduce(workbenchReducer, added);
    expect(state.timeline).toEqual({ from: 3, to: 9 });
    expect(state.sizeByScore).toBe(false);
    expect(state.history).toBe(added.history);
  });
});

describe('workbench store: requests and messages', () => {
  it('should count requests under way', () => {
    const state = run(
      { type: 'requestStarted' },
      { type: 'requestStarted' },
      {
        type: 'requestEnded',
      },
    );
    expect(state.loading).toBe(1);
    expect(workbenchReducer(initialWorkbenchState(), { type: 'requestEnded' }).loading).toBe(0);
  });

  it('should show one notice at a time until dismissed, and dismiss the truncation message', () => {
    const state = run(
      { type: 'notify', notice: { tone: 'info', message: 'export.pngDone' } },
      {
        type: 'notify',
        notice: { tone: 'error', message: 'errors.load', values: { reason: 'x' } },
      },
    );
    expect(state.notice).toEqual({
      tone: 'error',
      message: 'errors.load',
      values: { reason: 'x' },
    });
    expect(workbenchReducer(state, { type: 'dismissNotice' }).notice).toBeNull();
    expect(workbenchReducer(run(add), { type: 'dismissTruncation' }).truncation).toBeNull();
  });
});

describe('createWorkbenchStore', () => {
  it('should apply actions at once, so answers arriving in one tick all merge', () => {
    const store = createWorkbenchStore();
    store.dispatch(add);
    store.dispatch(expandCompound);
    expect(keysOf(store.getState())).toEqual(
      [broker.key, victim.key, compound.key, more.key].sort(),
    );
    expect(store.getState().history.past).toHaveLength(2);
  });

  it('should tell its listeners about changes only, until they unsubscribe', () => {
    const store = createWorkbenchStore();
    const listener = jest.fn();
    const unsubscribe = store.subscribe(listener);
    store.dispatch({ type: 'closeMenu' });
    expect(listener).not.toHaveBeenCalled();
    store.dispatch({ type: 'showTab', tab: 'views' });
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    store.dispatch({ type: 'showTab', tab: 'path' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getState().tab).toBe('path');
  });
});
