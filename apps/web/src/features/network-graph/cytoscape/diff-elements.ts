import type { GraphElement } from './to-elements';

export type ElementDiff = {
  /** New elements, parents before children and nodes before edges (the order cytoscape needs). */
  added: GraphElement[];
  removed: string[];
  data: { id: string; data: GraphElement['data'] }[];
  classes: { id: string; classes: string }[];
  /** Nodes moved into, out of or between groups. */
  parents: { id: string; parent: string | null }[];
  /** Pinned nodes whose held position changed. */
  positions: { id: string; position: NonNullable<GraphElement['position']> }[];
  /** Something was added or removed: the layout must run again. */
  structural: boolean;
};

/** PURE: what turns the elements drawn now into the next ones. */
export function diffElements(
  previous: ReadonlyMap<string, GraphElement>,
  next: readonly GraphElement[],
): ElementDiff {
  const diff: ElementDiff = {
    added: [],
    removed: [],
    data: [],
    classes: [],
    parents: [],
    positions: [],
    structural: false,
  };
  const nextIds = new Set<string>();
  for (const element of next) {
    const id = element.data.id;
    nextIds.add(id);
    const before = previous.get(id);
    if (!before) {
      diff.added.push(element);
      continue;
    }
    if ((before.data.parent ?? null) !== (element.data.parent ?? null)) {
      diff.parents.push({ id, parent: element.data.parent ?? null });
    }
    if (!sameData(before.data, element.data)) diff.data.push({ id, data: element.data });
    if (before.classes !== element.classes) diff.classes.push({ id, classes: element.classes });
    if (element.position && !samePosition(before.position, element.position)) {
      diff.positions.push({ id, position: element.position });
    }
  }
  for (const id of previous.keys()) if (!nextIds.has(id)) diff.removed.push(id);
  diff.added.sort((a, b) => rank(a) - rank(b));
  diff.structural = diff.added.length > 0 || diff.removed.length > 0;
  return diff;
}

function rank(element: GraphElement): number {
  if (element.group === 'edges') return 2;
  return element.data.parent ? 1 : 0;
}

function sameData(a: GraphElement['data'], b: GraphElement['data']): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    if (key === 'parent') continue;
    if (a[key] !== b[key]) return false;
  }
  return true;
}

function samePosition(a: GraphElement['position'], b: GraphElement['position']): boolean {
  return a?.x === b?.x && a?.y === b?.y;
}

export function indexElements(elements: readonly GraphElement[]): Map<string, GraphElement> {
  return new Map(elements.map((element) => [element.data.id, element]));
}
