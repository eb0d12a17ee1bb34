/** An axis-aligned box in model coordinates. */
export type Box = { x1: number; y1: number; x2: number; y2: number };

export type LabelCandidate = {
  key: string;
  /** Higher first: more important labels win a contested spot. */
  priority: number;
  /** Where the label is drawn. */
  label: Box;
  /** The record's own shape: other labels may not cover it. */
  body: Box;
};

/** What makes a label important: the user's own picks, then scores, then links. */
export function labelPriority({
  selected,
  origin,
  onPath,
  score,
  degree,
}: {
  selected: boolean;
  origin: boolean;
  onPath: boolean;
  score: number;
  degree: number;
}): number {
  return (
    (selected ? 1e7 : 0) +
    (onPath ? 1e6 : 0) +
    (origin ? 1e5 : 0) +
    score * 1e4 +
    Math.min(degree, 9999)
  );
}

const CELL = 64;

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** A grid of boxes, so that each test looks only at its neighbours (2,000 records stay cheap). */
class BoxGrid {
  private cells = new Map<string, { owner: string; box: Box }[]>();

  private *cellsOf(box: Box): Generator<string> {
    for (let x = Math.floor(box.x1 / CELL); x <= Math.floor(box.x2 / CELL); x += 1)
      for (let y = Math.floor(box.y1 / CELL); y <= Math.floor(box.y2 / CELL); y += 1)
        yield `${x},${y}`;
  }

  add(owner: string, box: Box): void {
    for (const cell of this.cellsOf(box)) {
      const list = this.cells.get(cell);
      if (list) list.push({ owner, box });
      else this.cells.set(cell, [{ owner, box }]);
    }
  }

  /** Whether the box overlaps one of another owner's. */
  hits(owner: string, box: Box): boolean {
    for (const cell of this.cellsOf(box))
      for (const other of this.cells.get(cell) ?? [])
        if (other.owner !== owner && overlaps(box, other.box)) return true;
    return false;
  }
}

/**
 * PURE: which labels to draw so that none overlaps another label or another record: the most
 * important first, each kept only where it covers nothing already kept.
 */
export function pickLabels(candidates: readonly LabelCandidate[]): Set<string> {
  const grid = new BoxGrid();
  for (const c of candidates) grid.add(c.key, c.body);
  const shown = new Set<string>();
  const ordered = [...candidates].sort(
    (a, b) => b.priority - a.priority || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  for (const c of ordered) {
    if (c.label.x2 <= c.label.x1 || c.label.y2 <= c.label.y1) continue;
    if (grid.hits(c.key, c.label)) continue;
    grid.add(c.key, c.label);
    shown.add(c.key);
  }
  return shown;
}
