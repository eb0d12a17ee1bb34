import { describe, expect, it } from '@jest/globals';

import type { SearchResult } from '@/lib/api-types';

import { flattenGroups, groupResults, searchKeyAction } from './search-navigation';

const result = (kind: SearchResult['kind'], id: string): SearchResult => ({
  kind,
  id,
  label: id,
  sublabel: null,
  matchedField: 'name',
  matchedText: id,
  score: 1,
});

describe('search results', () => {
  it('groups by kind in a fixed order, keeping the ranking inside each group', () => {
    const groups = groupResults([
      result('victim', 'v1'),
      result('broker', 'b1'),
      result('route', 'r1'),
      result('broker', 'b2'),
      result('compound', 'c1'),
    ]);
    expect(groups.map((g) => g.kind)).toEqual(['broker', 'victim', 'compound', 'route']);
    expect(groups[0]!.results.map((r) => r.id)).toEqual(['b1', 'b2']);
    expect(flattenGroups(groups).map((r) => r.id)).toEqual(['b1', 'b2', 'v1', 'c1', 'r1']);
  });

  it('leaves out empty groups', () => {
    expect(groupResults([])).toEqual([]);
  });
});

describe('searchKeyAction', () => {
  it('moves down and up through the results, wrapping around', () => {
    expect(searchKeyAction('ArrowDown', -1, 3)).toEqual({ type: 'move', index: 0 });
    expect(searchKeyAction('ArrowDown', 0, 3)).toEqual({ type: 'move', index: 1 });
    expect(searchKeyAction('ArrowDown', 2, 3)).toEqual({ type: 'move', index: 0 });
    expect(searchKeyAction('ArrowUp', 0, 3)).toEqual({ type: 'move', index: 2 });
    expect(searchKeyAction('ArrowUp', -1, 3)).toEqual({ type: 'move', index: 2 });
    expect(searchKeyAction('ArrowUp', 2, 3)).toEqual({ type: 'move', index: 1 });
  });

  it('opens the highlighted result on Enter, or the first when none is highlighted', () => {
    expect(searchKeyAction('Enter', 1, 3)).toEqual({ type: 'open', index: 1 });
    expect(searchKeyAction('Enter', -1, 3)).toEqual({ type: 'open', index: 0 });
  });

  it('does nothing with no results, and closes on Escape', () => {
    expect(searchKeyAction('ArrowDown', -1, 0)).toEqual({ type: 'none' });
    expect(searchKeyAction('Enter', -1, 0)).toEqual({ type: 'none' });
    expect(searchKeyAction('Escape', 1, 3)).toEqual({ type: 'close' });
    expect(searchKeyAction('a', 1, 3)).toEqual({ type: 'none' });
    expect(searchKeyAction('Home', 1, 3)).toEqual({ type: 'none' });
  });
});
