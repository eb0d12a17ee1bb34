import { describe, expect, it } from '@jest/globals';

import { graphEdge, graphNode, graphResult } from '../../testing/graph-fixtures';
import {
  EMPTY_CANVAS,
  groupNodes,
  hideNodes,
  mergeGraph,
  pinNodes,
} from '../../model/canvas-state';
import { CLASS } from '../stylesheet';
import { buildElements, edgeElementId, EMPTY_OVERLAY, linkIdOf } from '../to-elements';

const broker = graphNode('broker', 1, { depth: 0, category: 'local_recruiter', label: 'ហេង ដារ៉ា' });
const victim = graphNode('victim', 2, { category: 'missing' });
const compound = graphNode('compound', 3);
const recruited = graphEdge(broker, victim, { confidence: 'probable' });
const heldAt = graphEdge(victim, compound, { type: 'held_at', startedOn: '2024-01-01' });
const canvas = mergeGraph(
  EMPTY_CANVAS,
  graphResult([broker, victim, compound], [recruited, heldAt], {
    frontier: [{ key: compound.key, hidden: 4 }],
  }),
  { broughtBy: broker.key },
).state;

const byId = (elements: ReturnType<typeof buildElements>) =>
  new Map(elements.map((e) => [e.data.id, e]));

describe('buildElements', () => {
  it('should give records and links stable ids from their keys', () => {
    const elements = buildElements(canvas);
    expect(elements.map((e) => e.data.id)).toEqual([
      broker.key,
      victim.key,
      compound.key,
      edgeElementId(recruited.id),
      edgeElementId(heldAt.id),
    ]);
    expect(linkIdOf(edgeElementId(recruited.id))).toBe(recruited.id);
    // Building twice gives equal elements: diffs stay empty.
    expect(buildElements(canvas)).toEqual(elements);
  });

  it('should badge a record with neighbours off the canvas with their count', () => {
    const badge = byId(buildElements(canvas)).get(compound.key)?.data['badge'];
    expect(decodeURIComponent(String(badge))).toContain('>4</text>');
  });

  it('should put the code after the name of two records called alike', () => {
    const twin = graphNode('broker', 9, { label: 'ហេង ដារ៉ា', sublabel: 'B-0009' });
    const withTwin = mergeGraph(
      mergeGraph(EMPTY_CANVAS, graphResult([{ ...broker, sublabel: 'B-0001' }], []), {
        broughtBy: null,
      }).state,
      graphResult([twin], []),
      { broughtBy: null },
    ).state;
    const labels = buildElements(withTwin).map((e) => e.data['label']);
    expect(labels).toEqual(['ហេង ដារ៉ា · B-0001', 'ហេង ដារ៉ា · B-0009']);
  });

  it('should keep data flat and primitive, labels as stored', () => {
    const node = byId(buildElements(canvas)).get(broker.key);
    expect(node?.data).toEqual({
      id: broker.key,
      kind: 'broker',
      label: 'ហេង ដារ៉ា',
      sublabel: '',
      category: 'local_recruiter',
      depth: 0,
      broughtBy: '',
      hiddenNeighbours: 0,
      badge: '',
      score: 0,
    });
    for (const element of buildElements(canvas)) {
      for (const value of Object.values(element.data)) {
        expect(value === null || ['string', 'number', 'boolean'].includes(typeof value)).toBe(true);
      }
    }
  });

  it('should class records by kind, category, origin and hidden neighbours', () => {
    const elements = byId(buildElements(canvas));
    expect(elements.get(broker.key)?.classes).toBe(
      `kind-broker broker-local_recruiter ${CLASS.origin}`,
    );
    expect(elements.get(victim.key)?.classes).toBe('kind-victim victim-missing');
    expect(elements.get(compound.key)?.classes).toBe(`kind-compound ${CLASS.expandable}`);
    expect(elements.get(edgeElementId(recruited.id))?.classes).toBe('confidence-probable');
  });

  it('should leave hidden records and their links out', () => {
    const elements = buildElements(hideNodes(canvas, [victim.key]));
    expect(elements.map((e) => e.data.id)).toEqual([broker.key, compound.key]);
  });

  it('should put grouped records inside a parent that comes first', () => {
    const elements = buildElements(groupNodes(canvas, [victim.key, compound.key], 'Held'));
    expect(elements[0]).toEqual({
      group: 'nodes',
      data: { id: 'group:1', kind: 'group', label: 'Held' },
      classes: CLASS.group,
    });
    expect(byId(elements).get(victim.key)?.data.parent).toBe('group:1');
    expect(byId(elements).get(broker.key)?.data.parent).toBeUndefined();
  });

  it('should hold pinned records at their position', () => {
    const element = byId(buildElements(pinNodes(canvas, { [victim.key]: { x: 5, y: 6 } }))).get(
      victim.key,
    );
    expect(element?.position).toEqual({ x: 5, y: 6 });
    expect(element?.classes).toContain(CLASS.pinned);
  });

  it('should fade everything off a highlighted path', () => {
    const elements = byId(
      buildElements(canvas, {
        overlay: {
          ...EMPTY_OVERLAY,
          pathNodes: new Set([broker.key, victim.key]),
          pathEdges: new Set([recruited.id]),
        },
      }),
    );
    expect(elements.get(victim.key)?.classes).toContain(CLASS.onPath);
    expect(elements.get(compound.key)?.classes).toContain(CLASS.faded);
    expect(elements.get(edgeElementId(recruited.id))?.classes).toContain(CLASS.onPath);
    expect(elements.get(edgeElementId(heldAt.id))?.classes).toContain(CLASS.faded);
  });

  it('should carry key-player scores, timeline hiding and translated link types', () => {
    const elements = byId(
      buildElements(canvas, {
        overlay: {
          ...EMPTY_OVERLAY,
          scores: new Map([[broker.key, 1]]),
          outOfRange: new Set([heldAt.id]),
        },
        linkTypeLabel: (type) => `type ${type}`,
      }),
    );
    expect(elements.get(broker.key)?.data['score']).toBe(1);
    expect(elements.get(victim.key)?.classes).toContain(CLASS.scored);
    expect(elements.get(edgeElementId(heldAt.id))?.classes).toContain(CLASS.outOfRange);
    expect(elements.get(edgeElementId(heldAt.id))?.data['typeLabel']).toBe('type held_at');
  });
});
