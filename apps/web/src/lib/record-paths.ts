import type { RecordKind } from '@khsae/domain';

const RECORD_SECTIONS: Partial<Record<RecordKind, string>> = {
  broker: '/brokers',
  victim: '/victims',
  compound: '/compounds',
  route: '/routes',
};

/** The page of a record, or null for kinds without one (places). */
export function recordPath(kind: RecordKind, id: string): string | null {
  const section = RECORD_SECTIONS[kind];
  return section ? `${section}/${encodeURIComponent(id)}` : null;
}

/** Kinds whose records have a page of their own. */
export const KINDS_WITH_PAGES: readonly RecordKind[] = ['broker', 'victim', 'compound', 'route'];
