import { describe, expect, it } from '@jest/globals';

import { graphEdge, graphNode, graphResult } from '../../testing/graph-fixtures';
import {
  broughtInBy,
  collapseNode,
  EMPTY_CANVAS,
  groupNodes,
  groupOf,
  hideNodes,
  isCanvasEmpty,
  linksOf,
  mergeGraph,
  pinNodes,
  removeNodes,
  showHidden,
  ungroup,
  unpinNodes,
  visibleEdges,
  visibleNodes,
} from '../canvas-state';

const broker = graphNode('broker', 1, { depth: 0 });
const victimA = graphNode('victim', 2);
const victimB = graphNode('victim', 3);
const compound = graphNode('compound', 4, { depth: 2 });
const recruitedA = graphEdge(broker, victimA);
const recruitedB = graphEdge(broker, victimB);
const heldAt = graphEdge(victimA, compound, { type: 'held_at' });

function seeded() {
  return mergeGraph(
    EMPTY_CANVAS,
    graphResult([broker, victimA, victimB], [recruitedA, recruitedB]),
    {
      broughtBy: broker.key,
    },
  ).state;
}

describe('mergeGraph', () => {
  it('should add records and links, the seed bringing itself', () => {
    const state = seeded();
    expect(Object.keys(state.nodes)).toHaveLength(3);
    expect(state.nodes[broker.key]?.broughtBy).toBeNull();
    expect(state.nodes[victimA.key]?.broughtBy).toBe(broker.key);
    expect(Object.keys(state.edges)).toEqual([recruitedA.id, recruitedB.id]);
    expect(isCanvasEmpty(state)).toBe(false);
  });

  it('should keep the origin of records already on the canvas', () => {
    const result = mergeGraph(seeded(), graphResult([victimA, compound], [heldAt]), {
      broughtBy: victimA.key,
    });
    expect(result.added).toEqual([compound.key]);
    expect(result.state.nodes[victimA.key]?.broughtBy).toBe(broker.key);
    expect(result.state.nodes[compound.key]?.broughtBy).toBe(victimA.key);
    expect(result.state.edges[heldAt.id]).toEqual(heldAt);
  });

  it('should take origins per record from a map', () => {
    const origins = new Map([
      [broker.key, null],
      [victimA.key, broker.key],
    ]);
    const { state } = mergeGraph(EMPTY_CANVAS, graphResult([broker, victimA], [recruitedA]), {
      broughtBy: origins,
    });
    expect(state.nodes[victimA.key]?.broughtBy).toBe(broker.key);
    expect(state.nodes[broker.key]?.broughtBy).toBeNull();
  });

  it('should stop at the node cap, nearest records first, and say how many were left out', () => {
    const far = graphNode('victim', 10, { depth: 3 });
    const near = graphNode('victim', 11, { depth: 1 });
    const result = mergeGraph(seeded(), graphResult([far, near], [graphEdge(broker, far)]), {
      broughtBy: broker.key,
      maxNodes: 4,
    });
    expect(result.added).toEqual([near.key]);
    expect(result.leftOut).toBe(1);
    // A link to a record that did not fit is not drawn.
    expect(Object.values(result.state.edges).some((e) => e.target === far.key)).toBe(false);
  });

  it('should record how many neighbours each record has off the canvas', () => {
    const { state } = mergeGraph(
      EMPTY_CANVAS,
      graphResult([broker, victimA], [recruitedA], { frontier: [{ key: victimA.key, hidden: 7 }] }),
      { broughtBy: broker.key },
    );
    expect(state.frontier).toEqual({ [broker.key]: 0, [victimA.key]: 7 });
  });

  it('should return the same state when nothing changes', () => {
    const state = seeded();
    const again = mergeGraph(state, graphResult([broker], []), { broughtBy: null });
    expect(again.state).toBe(state);
  });
});

describe('collapseNode', () => {
  it('should remove what the expansion brought in, recursively, and nothing else', () => {
    const expanded = mergeGraph(seeded(), graphResult([victimA, compound], [heldAt]), {
      broughtBy: victimA.key,
    }).state;
    expect(broughtInBy(expanded, broker.key).sort()).toEqual(
      [victimA.key, victimB.key, compound.key].sort(),
    );
    const collapsedVictim = collapseNode(expanded, victimA.key);
    expect(Object.keys(collapsedVictim.nodes).sort()).toEqual(
      [broker.key, victimA.key, victimB.key].sort(),
    );
    expect(collapsedVictim.edges[heldAt.id]).toBeUndefined();
    expect(collapsedVictim.frontier[victimA.key]).toBe(1);
    const collapsedBroker = collapseNode(expanded, broker.key);
    expect(Object.keys(collapsedBroker.nodes)).toEqual([broker.key]);
    expect(collapsedBroker.frontier[broker.key]).toBe(2);
  });

  it('should keep pinned records', () => {
    const pinned = pinNodes(seeded(), { [victimA.key]: { x: 1, y: 2 } });
    expect(Object.keys(collapseNode(pinned, broker.key).nodes).sort()).toEqual(
      [broker.key, victimA.key].sort(),
    );
  });

  it('should change nothing for a record that brought nothing in', () => {
    const state = seeded();
    expect(collapseNode(state, victimB.key)).toBe(state);
  });
});

describe('removeNodes', () => {
  it('should remove records with their links, pins, hidden marks and group places', () => {
    let state = pinNodes(seeded(), { [victimA.key]: { x: 0, y: 0 } });
    state = hideNodes(state, [victimA.key]);
    state = groupNodes(state, [victimA.key, victimB.key], 'G');
    state = removeNodes(state, [victimA.key]);
    expect(state.nodes[victimA.key]).toBeUndefined();
    expect(state.edges[recruitedA.id]).toBeUndefined();
    expect(state.pinned).toEqual({});
    expect(state.hidden).toEqual([]);
    expect(Object.values(state.groups)[0]?.members).toEqual([victimB.key]);
  });

  it('should let the orphans of a removed record stand on their own', () => {
    const state = removeNodes(seeded(), [broker.key]);
    expect(state.nodes[victimA.key]?.broughtBy).toBeNull();
  });

  it('should drop a group whose last member goes', () => {
    const state = removeNodes(groupNodes(seeded(), [victimA.key], 'G'), [victimA.key]);
    expect(state.groups).toEqual({});
  });
});

describe('hiding', () => {
  it('should hide records and the links that touch them, and show them again', () => {
    const hidden = hideNodes(seeded(), [victimA.key, 'broker:not-there']);
    expect(hidden.hidden).toEqual([victimA.key]);
    expect(visibleNodes(hidden).map((n) => n.key)).not.toContain(victimA.key);
    expect(visibleEdges(hidden).map((e) => e.id)).toEqual([recruitedB.id]);
    expect(linksOf(hidden, victimA.key)).toEqual([recruitedA]);
    expect(showHidden(hidden).hidden).toEqual([]);
  });
});

describe('pinning', () => {
  it('should pin and unpin records on the canvas only', () => {
    const pinned = pinNodes(seeded(), {
      [victimA.key]: { x: 3, y: 4 },
      'victim:none': { x: 0, y: 0 },
    });
    expect(pinned.pinned).toEqual({ [victimA.key]: { x: 3, y: 4 } });
    expect(unpinNodes(pinned, [victimA.key]).pinned).toEqual({});
  });
});

describe('groups', () => {
  it('should give each group a number and move a record out of its old group', () => {
    let state = groupNodes(seeded(), [victimA.key, victimB.key], 'First');
    state = groupNodes(state, [victimB.key, broker.key], 'Second');
    expect(state.nextGroupNumber).toBe(3);
    expect(groupOf(state, victimB.key)).toBe('group:2');
    expect(state.groups['group:1']?.members).toEqual([victimA.key]);
    state = ungroup(state, 'group:2');
    expect(groupOf(state, victimB.key)).toBeNull();
    expect(ungroup(state, 'group:9')).toBe(state);
  });
});
