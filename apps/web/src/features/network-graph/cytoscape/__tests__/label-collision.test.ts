import { describe, expect, it } from '@jest/globals';

import { labelPriority, pickLabels, type LabelCandidate } from '../label-collision';

/** A record at (x, y) with a 26-px body and a label of `width` below it. */
function record(key: string, x: number, y: number, priority: number, width = 80): LabelCandidate {
  return {
    key,
    priority,
    body: { x1: x - 13, y1: y - 13, x2: x + 13, y2: y + 13 },
    label: { x1: x - width / 2, y1: y + 17, x2: x + width / 2, y2: y + 31 },
  };
}

describe('pickLabels', () => {
  it('should keep the more important of two labels that would overlap', () => {
    const shown = pickLabels([record('a', 0, 0, 1), record('b', 30, 0, 5)]);
    expect([...shown]).toEqual(['b']);
  });

  it('should keep labels that do not touch', () => {
    expect(pickLabels([record('a', 0, 0, 1), record('b', 200, 0, 5)]).size).toBe(2);
  });

  it('should not draw a label over another record', () => {
    // b sits right where a's label would go.
    const shown = pickLabels([record('a', 0, 0, 9), record('b', 0, 30, 1, 10)]);
    expect(shown.has('a')).toBe(false);
    expect(shown.has('b')).toBe(true);
  });

  it('should leave no two drawn labels overlapping on a crowded canvas of 50 records', () => {
    const candidates = Array.from({ length: 50 }, (_, i) =>
      record(`n${i}`, (i % 7) * 45, Math.floor(i / 7) * 60, i % 5, 60 + (i % 3) * 20),
    );
    const shown = candidates.filter((c) => pickLabels(candidates).has(c.key));
    expect(shown.length).toBeGreaterThan(10);
    for (const a of shown)
      for (const b of shown)
        if (a !== b)
          expect(
            a.label.x1 < b.label.x2 &&
              b.label.x1 < a.label.x2 &&
              a.label.y1 < b.label.y2 &&
              b.label.y1 < a.label.y2,
          ).toBe(false);
  });

  it("should rank the selection, the path, the user's own records, then scores and links", () => {
    const base = { selected: false, origin: false, onPath: false, score: 0, degree: 0 };
    const ranks = [
      labelPriority({ ...base, selected: true }),
      labelPriority({ ...base, onPath: true }),
      labelPriority({ ...base, origin: true }),
      labelPriority({ ...base, score: 0.5 }),
      labelPriority({ ...base, degree: 12 }),
      labelPriority(base),
    ];
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
  });
});
