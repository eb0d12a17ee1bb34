import type { operations } from '@khsae/api-client';
import {
  CONFIDENCE_GRADES,
  GRAPH_MAX_HOPS,
  LINK_TYPES,
  RECORD_KINDS,
  type ConfidenceGrade,
  type LinkType,
  type RecordKind,
} from '@khsae/domain';

import { DEFAULT_NODE_LIMIT, MAX_RENDERED_NODES } from '../constants';

/** What the user asks the graph API for. Empty link-type and confidence lists mean "any". */
export type GraphFilters = {
  hops: number;
  limit: number;
  kinds: RecordKind[];
  linkTypes: LinkType[];
  confidence: ConfidenceGrade[];
  since: string;
  until: string;
};

export const DEFAULT_FILTERS: GraphFilters = {
  hops: 2,
  limit: DEFAULT_NODE_LIMIT,
  kinds: [...RECORD_KINDS],
  linkTypes: [],
  confidence: [],
  since: '',
  until: '',
};

/** The filters as request fields, which every graph query takes: only what narrows anything is sent. */
export type FilterParams = Pick<
  operations['getNeighbourhood']['parameters']['query'],
  'kinds' | 'linkTypes' | 'confidence' | 'since' | 'until'
>;

/**
 * PURE: request fields for the filters. The API refuses a seed whose kind the `kinds` filter leaves
 * out, so the kinds of the records asked about are always included.
 */
export function filterParams(
  filters: GraphFilters,
  requiredKinds: readonly RecordKind[] = [],
  linkTypes?: readonly LinkType[],
): FilterParams {
  const params: FilterParams = {};
  const kinds = RECORD_KINDS.filter((k) => filters.kinds.includes(k) || requiredKinds.includes(k));
  if (kinds.length < RECORD_KINDS.length) params.kinds = kinds;
  const types = linkTypes && linkTypes.length > 0 ? linkTypes : filters.linkTypes;
  if (types.length > 0 && types.length < LINK_TYPES.length) {
    params.linkTypes = LINK_TYPES.filter((t) => types.includes(t));
  }
  if (filters.confidence.length > 0 && filters.confidence.length < CONFIDENCE_GRADES.length) {
    params.confidence = CONFIDENCE_GRADES.filter((c) => filters.confidence.includes(c));
  }
  if (isIsoDay(filters.since)) params.since = filters.since;
  if (isIsoDay(filters.until)) params.until = filters.until;
  return params;
}

export function isIsoDay(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(value);
}

/** Keeps numbers inside what the API accepts. */
export function normaliseFilters(filters: GraphFilters): GraphFilters {
  const clamp = (n: number, min: number, max: number) =>
    Number.isFinite(n) ? Math.min(max, Math.max(min, Math.round(n))) : min;
  return {
    ...filters,
    hops: clamp(filters.hops, 1, GRAPH_MAX_HOPS),
    limit: clamp(filters.limit, 1, MAX_RENDERED_NODES),
  };
}

export function hasActiveFilters(filters: GraphFilters): boolean {
  return Object.keys(filterParams(filters)).length > 0;
}

const POINTER =
  /^(broker|victim|compound|place|route):([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

export type RecordPointer = { key: string; kind: RecordKind; id: string };

/** A record named as `kind:uuid`, or null. */
export function parsePointer(value: string): RecordPointer | null {
  const match = POINTER.exec(value.trim());
  if (!match) return null;
  const kind = (match[1] as string).toLowerCase() as RecordKind;
  const id = (match[2] as string).toLowerCase();
  return { key: `${kind}:${id}`, kind, id };
}

/** `?seeds=broker:<uuid>,victim:<uuid>` → the valid pointers, without repeats. */
export function parseSeedsParam(value: string | null): RecordPointer[] {
  if (!value) return [];
  const seen = new Set<string>();
  const result: RecordPointer[] = [];
  for (const part of value.split(',')) {
    const pointer = parsePointer(part);
    if (pointer && !seen.has(pointer.key)) {
      seen.add(pointer.key);
      result.push(pointer);
    }
  }
  return result;
}

export function kindOfKey(key: string): RecordKind | null {
  return parsePointer(key)?.kind ?? null;
}
