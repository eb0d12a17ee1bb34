import type { RecordKind } from '@khsae/domain';

/** The registry's record kinds that have a list and pages, with the section (and URL) they live under. */
export const REGISTRY_SECTIONS = {
  broker: 'brokers',
  victim: 'victims',
  compound: 'compounds',
  route: 'routes',
} as const;

export type RegistryKind = keyof typeof REGISTRY_SECTIONS;
export type RegistrySection = (typeof REGISTRY_SECTIONS)[RegistryKind];

function isRegistryKind(kind: RecordKind): kind is RegistryKind {
  return kind in REGISTRY_SECTIONS;
}

/** A registry list's path, e.g. /brokers. */
export function listPath(kind: RegistryKind): string {
  return `/${REGISTRY_SECTIONS[kind]}`;
}

/** The page of a record, or null for kinds without one (places). */
export function recordPath(kind: RecordKind, id: string): string | null {
  return isRegistryKind(kind) ? `${listPath(kind)}/${encodeURIComponent(id)}` : null;
}

/** Kinds whose records have a page of their own. */
export const KINDS_WITH_PAGES: readonly RecordKind[] = ['broker', 'victim', 'compound', 'route'];
