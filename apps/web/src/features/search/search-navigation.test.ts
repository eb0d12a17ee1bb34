import { describe, expect, it } from '@jest/globals';

import type { SearchResult } from '@/lib/api-types';

import {
  flattenGroups,
  groupResults,
  placeDescription,
  placeTitle,
  searchKeyAction,
  searchPagePath,
} from './search-navigation';

const result = (
  kind: SearchResult['kind'],
  id: string,
  extra: Partial<SearchResult> = {},
): SearchResult => ({
  kind,
  id,
  label: id,
  sublabel: null,
  matchedField: 'name',
  matchedText: id,
  score: 0.9,
  match: 'similar',
  place: null,
  ...extra,
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

  it('puts the group holding an exact match first, so that the exact record is the first result', () => {
    const groups = groupResults([
      result('victim', 'v1', { match: 'exact', score: 1 }),
      result('broker', 'b1'),
      result('victim', 'v2'),
    ]);
    expect(groups.map((g) => g.kind)).toEqual(['victim', 'broker']);
    expect(flattenGroups(groups).map((r) => r.id)).toEqual(['v1', 'v2', 'b1']);
  });
});

describe('places and the results page', () => {
  const village = result('place', 'p1', {
    label: 'Ou Thum',
    sublabel: 'Phum Ou Thum, Banteay Neang commune, Mongkol Borey, Banteay Meanchey',
    place: {
      id: 'p1',
      kind: 'village',
      code: '01020304',
      nameLatin: 'Ou Thum',
      nameKm: 'អូរធំ',
      pathLatin: 'Phum Ou Thum, Banteay Neang commune, Mongkol Borey, Banteay Meanchey',
      pathKm: 'ភូមិអូរធំ ឃុំបន្ទាយនាង ស្រុកមង្គលបូរី ខេត្តបន្ទាយមានជ័យ',
      countryCode: 'KH',
    },
  });

  it('names a place in both scripts and describes where it lies in the reader’s script', () => {
    expect(placeTitle(village)).toBe('Ou Thum · អូរធំ');
    expect(placeDescription(village, 'en')).toBe(
      'Phum Ou Thum, Banteay Neang commune, Mongkol Borey, Banteay Meanchey',
    );
    expect(placeDescription(village, 'km')).toContain('ខេត្តបន្ទាយមានជ័យ');
    expect(placeTitle(result('broker', 'Sok'))).toBe('Sok');
  });

  it('opens the results page of the query', () => {
    expect(searchPagePath(' sok ha ')).toBe('/search?q=sok%20ha');
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

  it('opens the highlighted result on Enter, or the results page when none is highlighted', () => {
    expect(searchKeyAction('Enter', 1, 3)).toEqual({ type: 'open', index: 1 });
    expect(searchKeyAction('Enter', -1, 3)).toEqual({ type: 'all' });
    expect(searchKeyAction('Enter', -1, 0)).toEqual({ type: 'all' });
  });

  it('does nothing with no results, and closes on Escape', () => {
    expect(searchKeyAction('ArrowDown', -1, 0)).toEqual({ type: 'none' });
    expect(searchKeyAction('Escape', 1, 3)).toEqual({ type: 'close' });
    expect(searchKeyAction('a', 1, 3)).toEqual({ type: 'none' });
    expect(searchKeyAction('Home', 1, 3)).toEqual({ type: 'none' });
  });
});
