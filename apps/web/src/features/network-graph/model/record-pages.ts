import type { RecordKind } from '@khsae/domain';

const SECTIONS: Partial<Record<RecordKind, string>> = {
  broker: '/brokers',
  victim: '/victims',
  compound: '/compounds',
  route: '/routes',
};

/** The page of a record on the canvas, or null for places (they have none). */
export function recordPagePath(kind: RecordKind, id: string): string | null {
  const section = SECTIONS[kind];
  return section ? `${section}/${encodeURIComponent(id)}` : null;
}
