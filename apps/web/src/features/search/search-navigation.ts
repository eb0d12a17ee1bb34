import type { RecordKind } from '@khsae/domain';

import type { SearchResult } from '@/lib/api-types';

/** The order result groups are shown in (a group holding an exact match goes first). */
export const GROUP_ORDER: readonly RecordKind[] = [
  'broker',
  'victim',
  'compound',
  'route',
  'place',
];

export type ResultGroup = { kind: RecordKind; results: SearchResult[] };

/**
 * Results grouped by kind, each group keeping the server's ranking (exact matches first): groups
 * holding an exact match come first, the others follow in GROUP_ORDER.
 */
export function groupResults(results: readonly SearchResult[]): ResultGroup[] {
  const groups = GROUP_ORDER.map((kind) => ({
    kind,
    results: results.filter((result) => result.kind === kind),
  })).filter((group) => group.results.length > 0);
  const exact = (group: ResultGroup) => group.results.some((r) => r.match === 'exact');
  return [...groups.filter(exact), ...groups.filter((group) => !exact(group))];
}

/** The results in the order they appear on screen, which is the order the arrow keys walk. */
export function flattenGroups(groups: readonly ResultGroup[]): SearchResult[] {
  return groups.flatMap((group) => group.results);
}

/** The results page of a query. */
export function searchPagePath(q: string): string {
  return `/search?q=${encodeURIComponent(q.trim())}`;
}

/** What a place result says of where it lies (village, commune, district, province), in the user's script. */
export function placeDescription(result: SearchResult, language: string): string | null {
  const place = result.place;
  if (!place) return result.sublabel;
  return (language === 'km' ? place.pathKm : null) ?? place.pathLatin;
}

/** A place's names in both scripts, Latin first: "Ou Thum · អូរធំ". */
export function placeTitle(result: SearchResult): string {
  const place = result.place;
  return place?.nameKm ? `${place.nameLatin} · ${place.nameKm}` : result.label;
}

export type SearchKeyAction =
  | { type: 'move'; index: number }
  | { type: 'open'; index: number }
  | { type: 'all' }
  | { type: 'close' }
  | { type: 'none' };

/**
 * What a key does in the search box, given the highlighted index (-1 for none) and how many results
 * are listed: the arrows move and wrap around, Enter opens the highlighted result, or the results page
 * when none is highlighted; Esc closes. Other keys edit the text as usual.
 */
export function searchKeyAction(key: string, active: number, count: number): SearchKeyAction {
  switch (key) {
    case 'ArrowDown':
      return count === 0 ? { type: 'none' } : { type: 'move', index: (active + 1) % count };
    case 'ArrowUp':
      return count === 0
        ? { type: 'none' }
        : { type: 'move', index: active <= 0 ? count - 1 : active - 1 };
    case 'Enter':
      return active >= 0 && active < count ? { type: 'open', index: active } : { type: 'all' };
    case 'Escape':
      return { type: 'close' };
    default:
      return { type: 'none' };
  }
}
