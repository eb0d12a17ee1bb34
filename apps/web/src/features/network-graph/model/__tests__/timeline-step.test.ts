import { describe, expect, it } from '@jest/globals';

import { addMonths, dayNumber, isoDay, stepTimeline } from '../timeline';

const day = (iso: string) => dayNumber(iso) as number;
const extent = { from: day('2023-01-15'), to: day('2024-06-30') };

describe('timeline by month', () => {
  it('should move a day by whole months, keeping the day of the month where it exists', () => {
    expect(isoDay(addMonths(day('2024-01-15'), 1))).toBe('2024-02-15');
    expect(isoDay(addMonths(day('2024-01-31'), 1))).toBe('2024-02-29');
    expect(isoDay(addMonths(day('2024-03-31'), -1))).toBe('2024-02-29');
    expect(isoDay(addMonths(day('2024-01-15'), -13))).toBe('2022-12-15');
  });

  it('should move the start thumb by a month and stop at the extent and at the end thumb', () => {
    const range = { from: day('2023-03-01'), to: day('2023-05-10') };
    expect(stepTimeline(range, extent, 0, 1)).toEqual({ from: day('2023-04-01'), to: range.to });
    expect(stepTimeline(range, extent, 0, -1)).toEqual({ from: day('2023-02-01'), to: range.to });
    expect(stepTimeline(range, extent, 0, -3)).toEqual({ from: extent.from, to: range.to });
    expect(stepTimeline(range, extent, 0, 3)).toEqual({ from: range.to, to: range.to });
  });

  it('should move the end thumb by a month within the extent', () => {
    const range = { from: day('2023-03-01'), to: day('2024-06-10') };
    expect(stepTimeline(range, extent, 1, 1)).toEqual({ from: range.from, to: extent.to });
    expect(stepTimeline(range, extent, 1, -1)).toEqual({ from: range.from, to: day('2024-05-10') });
  });
});
