import { describe, expect, it } from '@jest/globals';

import { graphEdge, graphNode } from '../../testing/graph-fixtures';
import { dateExtent, dayNumber, edgesOutOfRange, isEdgeInRange, isoDay } from '../timeline';

const a = graphNode('broker', 1);
const b = graphNode('victim', 2);
const range = { from: dayNumber('2024-01-01') as number, to: dayNumber('2024-12-31') as number };

describe('timeline', () => {
  it('should turn days into numbers and back', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(isoDay(dayNumber('2024-02-29') as number)).toBe('2024-02-29');
    expect(dayNumber('not a date')).toBeNull();
    expect(dayNumber(null)).toBeNull();
  });

  it('should find the first and last dates links mention', () => {
    const edges = [
      graphEdge(a, b, { startedOn: '2023-05-01', endedOn: '2024-02-01' }),
      graphEdge(a, b, { startedOn: '2022-01-10' }),
      graphEdge(a, b),
    ];
    const extent = dateExtent(edges);
    expect(extent && isoDay(extent.from)).toBe('2022-01-10');
    expect(extent && isoDay(extent.to)).toBe('2024-02-01');
    expect(dateExtent([graphEdge(a, b)])).toBeNull();
  });

  it('should keep links whose active period overlaps the range', () => {
    expect(isEdgeInRange({ startedOn: '2023-01-01', endedOn: '2024-01-05' }, range)).toBe(true);
    expect(isEdgeInRange({ startedOn: '2023-01-01', endedOn: '2023-12-31' }, range)).toBe(false);
    expect(isEdgeInRange({ startedOn: '2025-01-01', endedOn: null }, range)).toBe(false);
    // Started before and never ended: still running in the range.
    expect(isEdgeInRange({ startedOn: '2020-01-01', endedOn: null }, range)).toBe(true);
    expect(isEdgeInRange({ startedOn: null, endedOn: '2024-06-01' }, range)).toBe(true);
    expect(isEdgeInRange({ startedOn: null, endedOn: null }, range)).toBe(true);
  });

  it('should list the links outside a range, and none without a range', () => {
    const outside = graphEdge(a, b, { startedOn: '2021-01-01', endedOn: '2021-02-01' });
    const inside = graphEdge(a, b, { startedOn: '2024-03-01' });
    expect([...edgesOutOfRange([outside, inside], range)]).toEqual([outside.id]);
    expect(edgesOutOfRange([outside], null).size).toBe(0);
  });
});
