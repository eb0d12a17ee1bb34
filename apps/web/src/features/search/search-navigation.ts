import type { RecordKind } from '@khsae/domain';

import type { SearchResult } from '@/lib/api-types';

/** The order result groups are shown in. */
export const GROUP_ORDER: readonly RecordKind[] = [
  'broker',
  'victim',
  'compound',
  'route',
  'place',
];

export type ResultGroup = { kind: RecordKind; results: SearchResult[] };

/** Results grouped by kind, in GROUP_ORDER, each group keeping the server's ranking. */
export function groupResults(results: readonly SearchResult[]): ResultGroup[] {
  return GROUP_ORDER.map((kind) => ({
    kind,
    results: results.filter((result) => result.kind === kind),
  })).filter((group) => group.results.length > 0);
}

/** The results in the order they appear on screen, which is the order the arrow keys walk. */
export function flattenGroups(groups: readonly ResultGroup[]): SearchResult[] {
  return groups.flatMap((group) => group.results);
}

export type SearchKeyAction =
  | { type: 'move'; index: number }
  | { type: 'open'; index: number }
  | { type: 'close' }
  | { type: 'none' };

/**
 * What a key does in the search box, given the highlighted index (-1 for none) and how many results
 * are listed: the arrows move and wrap around, Enter opens the highlighted result (or the first when
 * none is highlighted), Esc closes. Other keys edit the text as usual.
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
      return count === 0 ? { type: 'none' } : { type: 'open', index: active >= 0 ? active : 0 };
    case 'Escape':
      return { type: 'close' };
    default:
      return { type: 'none' };
  }
}
