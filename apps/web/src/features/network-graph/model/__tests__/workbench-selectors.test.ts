import { describe, expect, it } from '@jest/globals';

import type { GraphPathResult } from '@/lib/api-types';

import { graphEdge, graphNode, graphResult } from '../../testing/graph-fixtures';
import {
  canCollapse,
  labelOf,
  selectAllPinned,
  selectCanvas,
  selectDateExtent,
  selectHasRecords,
  selectIsEmpty,
  selectIsLoading,
  selectMenuTarget,
  selectOutOfRange,
  selectOverlay,
  selectRedoLabel,
  selectSeeds,
  selectSelectedGroup,
  selectSelectedRecords,
  selectSingleRecord,
  selectUndoLabel,
  selectVisibleEdges,
  selectVisibleNodes,
} from '../workbench-selectors';
import {
  initialWorkbenchState,
  workbenchReducer,
  type WorkbenchAction,
  type WorkbenchState,
} from '../workbench-store';

const broker = graphNode('broker', 1, { depth: 0, label: 'Heng Dara' });
const victim = graphNode('victim', 2, { label: 'V-2026-000007' });
const compound = graphNode('compound', 3, { label: 'Golden Lotus Park' });
const more = graphNode('victim', 4, { label: 'V-2026-000008' });
const village = graphNode('place', 5, { depth: 0, label: 'Krabau Chuor' });
const recruited = graphEdge(broker, victim, { startedOn: '2024-01-10' });
const heldAt = graphEdge(victim, compound, { type: 'held_at', startedOn: '2025-06-01' });
const alsoHeld = graphEdge(more, compound, { type: 'held_at' });

const select = (...nodes: string[]): WorkbenchAction => ({
  type: 'select',
  selection: { nodes, links: [] },
});

/** Heng Dara added with his network, then the compound expanded, then the village added. */
function workbench(...actions: WorkbenchAction[]): WorkbenchState {
  return [
    {
      type: 'add',
      seeds: [broker.key],
      answer: graphResult([broker, victim, compound], [recruited, heldAt]),
      label: 'add Heng Dara',
    } as WorkbenchAction,
    {
      type: 'expand',
      key: compound.key,
      answer: graphResult([compound, more], [alsoHeld]),
      label: 'expand Golden Lotus Park',
    } as WorkbenchAction,
    {
      type: 'add',
      seeds: [village.key],
      answer: graphResult([village], []),
      label: 'add Krabau Chuor',
    } as WorkbenchAction,
    ...actions,
  ].reduce(workbenchReducer, initialWorkbenchState());
}

describe('workbench selectors', () => {
  it('should list the starting records: those not brought in by an expansion', () => {
    expect(selectSeeds(workbench())).toEqual([broker.key, village.key]);
  });

  it('should give the undo and redo labels', () => {
    const state = workbench({ type: 'undo' });
    expect(selectUndoLabel(state)).toBe('expand Golden Lotus Park');
    expect(selectRedoLabel(state)).toBe('add Krabau Chuor');
    expect(selectUndoLabel(initialWorkbenchState())).toBeNull();
  });

  it('should leave hidden records and their links out of what is drawn', () => {
    const state = workbench({ type: 'hide', keys: [victim.key], label: 'hide' });
    expect(selectVisibleNodes(state).map((n) => n.key)).not.toContain(victim.key);
    expect(selectVisibleEdges(state)).toEqual([alsoHeld]);
    expect(selectIsEmpty(state)).toBe(false);
  });

  it('should call a canvas whose records are all hidden empty, though it has records to save', () => {
    const state = workbench({
      type: 'hide',
      keys: [broker.key, victim.key, compound.key, more.key, village.key],
      label: 'hide all',
    });
    expect(selectIsEmpty(state)).toBe(true);
    expect(selectHasRecords(state)).toBe(true);
    expect(selectHasRecords(initialWorkbenchState())).toBe(false);
  });

  it('should list the selected records in the order they were picked, without group boxes or records gone', () => {
    const state = workbench(select(compound.key, 'group:7', 'broker:gone', broker.key));
    expect(selectSelectedRecords(state)).toEqual([compound.key, broker.key]);
    expect(selectSingleRecord(state)).toBeNull();
    expect(selectSingleRecord(workbench(select(victim.key)))).toBe(victim.key);
  });

  it('should name the group whose box, or all of whose selected members, are selected', () => {
    const grouped = workbench({
      type: 'group',
      keys: [victim.key, more.key],
      name: 'Group 1',
      label: 'group',
    });
    expect(selectSelectedGroup(workbenchReducer(grouped, select('group:1')))).toBe('group:1');
    expect(selectSelectedGroup(workbenchReducer(grouped, select(victim.key, more.key)))).toBe(
      'group:1',
    );
    expect(selectSelectedGroup(workbenchReducer(grouped, select(victim.key, broker.key)))).toBe(
      null,
    );
    expect(selectSelectedGroup(workbenchReducer(grouped, select()))).toBeNull();
  });

  it('should say whether every selected record is pinned', () => {
    const pinned = workbench({
      type: 'pin',
      positions: { [victim.key]: { x: 1, y: 1 } },
      label: 'pin',
    });
    expect(selectAllPinned(workbenchReducer(pinned, select(victim.key)))).toBe(true);
    expect(selectAllPinned(workbenchReducer(pinned, select(victim.key, broker.key)))).toBe(false);
    expect(selectAllPinned(workbenchReducer(pinned, select()))).toBe(false);
  });

  it('should say whether collapsing a record would take anything off the canvas', () => {
    const state = workbench();
    expect(canCollapse(state, compound.key)).toBe(true);
    expect(canCollapse(state, more.key)).toBe(false);
    expect(canCollapse(state, null)).toBe(false);
  });

  it('should name records and groups by their labels', () => {
    const canvas = selectCanvas(
      workbench({ type: 'group', keys: [victim.key], name: 'Group 1', label: 'group' }),
    );
    expect(labelOf(canvas, broker.key)).toBe('Heng Dara');
    expect(labelOf(canvas, 'group:1')).toBe('Group 1');
    expect(labelOf(canvas, 'broker:unknown')).toBe('broker:unknown');
  });

  it('should span the dates of the links and leave out those outside the timeline', () => {
    const state = workbench();
    const extent = selectDateExtent(state);
    expect(extent).not.toBeNull();
    expect(selectOutOfRange(state).size).toBe(0);
    const early = workbenchReducer(state, {
      type: 'timeline',
      range: { from: extent?.from ?? 0, to: (extent?.from ?? 0) + 30 },
    });
    expect([...selectOutOfRange(early)]).toEqual([heldAt.id]);
    expect(selectOverlay(early).outOfRange).toBe(selectOutOfRange(early));
  });

  it('should light up a found path and size records by score only while asked to', () => {
    const path: GraphPathResult = {
      ...graphResult([broker, victim], [recruited]),
      found: true,
      paths: [[broker.key, victim.key]],
      hops: 1,
      reason: 'found',
    };
    const state = workbench(
      { type: 'pathFound', from: broker.key, answer: path, maxHops: 6, label: 'path' },
      {
        type: 'keyPlayersFound',
        seeds: [broker.key],
        answer: {
          graph: graphResult([], []),
          players: [
            { key: victim.key, label: '', kind: 'victim', degree: 2, betweenness: 4 },
            { key: broker.key, label: '', kind: 'broker', degree: 1, betweenness: 2 },
          ],
        },
        label: 'key players',
      },
    );
    const overlay = selectOverlay(state);
    expect(overlay.pathNodes).toEqual(new Set([broker.key, victim.key]));
    expect(overlay.pathEdges).toEqual(new Set([recruited.id]));
    expect(overlay.scores.get(victim.key)).toBe(1);
    expect(overlay.scores.get(broker.key)).toBe(0.5);
    const plain = workbenchReducer(state, { type: 'sizeByScore', on: false });
    expect(selectOverlay(plain).scores.size).toBe(0);
  });

  it('should describe the record the menu is open on, and close over a record that is gone', () => {
    const state = workbench({ type: 'openMenu', menu: { key: compound.key, x: 4, y: 5 } });
    expect(selectMenuTarget(state)).toEqual({
      key: compound.key,
      x: 4,
      y: 5,
      label: 'Golden Lotus Park',
      pinned: false,
      canCollapse: true,
      page: `/compounds/${compound.id}`,
    });
    const elsewhere = workbench({ type: 'openMenu', menu: { key: 'place:x', x: 0, y: 0 } });
    expect(selectMenuTarget(elsewhere)).toBeNull();
    const removed = workbenchReducer(state, { type: 'remove', keys: [compound.key], label: 'x' });
    expect(selectMenuTarget(removed)).toBeNull();
  });

  it('should say whether requests are under way', () => {
    expect(selectIsLoading(initialWorkbenchState())).toBe(false);
    expect(selectIsLoading(workbench({ type: 'requestStarted' }))).toBe(true);
  });

  it('should give the same object for the same state, as React needs', () => {
    const state = workbench(select(broker.key, victim.key));
    for (const selector of [
      selectSeeds,
      selectVisibleNodes,
      selectVisibleEdges,
      selectSelectedRecords,
      selectDateExtent,
      selectOutOfRange,
      selectOverlay,
      selectMenuTarget,
    ]) {
      expect(selector(state)).toBe(selector(state));
    }
    // A change elsewhere keeps what depends only on the canvas.
    const tabbed = workbenchReducer(state, { type: 'showTab', tab: 'views' });
    expect(selectSeeds(tabbed)).toBe(selectSeeds(state));
    expect(selectOverlay(tabbed)).toBe(selectOverlay(state));
  });
});
