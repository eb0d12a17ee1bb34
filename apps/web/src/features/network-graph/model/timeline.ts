import type { GraphEdge } from '@/lib/api-types';

/** A closed range of calendar days, as day numbers since 1970-01-01 (UTC). */
export type DayRange = { from: number; to: number };

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2024-03-05" → its day number, or null when it is not a date. */
export function dayNumber(iso: string | null | undefined): number | null {
  const match = iso ? ISO_DAY.exec(iso.slice(0, 10)) : null;
  if (!match) return null;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(ms) ? null : Math.round(ms / DAY_MS);
}

/** A day number back to "YYYY-MM-DD". */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The first and last day any link on the canvas mentions, or null when no link is dated. */
export function dateExtent(edges: readonly GraphEdge[]): DayRange | null {
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  for (const edge of edges) {
    for (const day of [dayNumber(edge.startedOn), dayNumber(edge.endedOn)]) {
      if (day === null) continue;
      from = Math.min(from, day);
      to = Math.max(to, day);
    }
  }
  return Number.isFinite(from) ? { from, to } : null;
}

/**
 * Whether a link was active at some time in the range. A link with only a start runs on; one with
 * only an end ran until then; an undated link is always shown (nothing says it falls outside).
 */
export function isEdgeInRange(
  edge: Pick<GraphEdge, 'startedOn' | 'endedOn'>,
  range: DayRange,
): boolean {
  const start = dayNumber(edge.startedOn);
  const end = dayNumber(edge.endedOn);
  if (start === null && end === null) return true;
  const activeFrom = start ?? Number.NEGATIVE_INFINITY;
  const activeTo = end ?? Number.POSITIVE_INFINITY;
  return activeFrom <= range.to && activeTo >= range.from;
}

/** Ids of the links outside the range (none when the range covers the whole extent). */
export function edgesOutOfRange(edges: readonly GraphEdge[], range: DayRange | null): Set<string> {
  const result = new Set<string>();
  if (!range) return result;
  for (const edge of edges) if (!isEdgeInRange(edge, range)) result.add(edge.id);
  return result;
}

/** A day moved by whole months; the 31st becomes the last day of a shorter month. */
export function addMonths(day: number, months: number): number {
  const date = new Date(day * DAY_MS);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const ms = Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay));
  return Math.round(ms / DAY_MS);
}

/** One thumb of the range (0 the start, 1 the end) moved by months, kept inside the extent and the other thumb. */
export function stepTimeline(
  range: DayRange,
  extent: DayRange,
  thumb: 0 | 1,
  months: number,
): DayRange {
  if (thumb === 0) {
    const from = Math.min(Math.max(addMonths(range.from, months), extent.from), range.to);
    return { from, to: range.to };
  }
  const to = Math.max(Math.min(addMonths(range.to, months), extent.to), range.from);
  return { from: range.from, to };
}
