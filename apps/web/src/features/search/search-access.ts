import type { Permission, RecordKind } from '@khsae/domain';

/** Record kinds the header search looks for, with the permission that lets a user read them. */
const SEARCHABLE: readonly [RecordKind, Permission][] = [
  ['broker', 'brokers:read'],
  ['victim', 'victims:read'],
  ['compound', 'compounds:read'],
  ['route', 'routes:read'],
  ['place', 'places:read'],
];

/** The kinds a user may find with the header search and its results page. */
export function searchableKinds(permissions: readonly Permission[]): RecordKind[] {
  return SEARCHABLE.filter(([, permission]) => permissions.includes(permission)).map(
    ([kind]) => kind,
  );
}

/** Where a place found by the search opens: the link graph around it, for those who may see the graph. */
export function placePathFor(
  permissions: readonly Permission[],
): ((id: string) => string | null) | undefined {
  if (!permissions.includes('graph:read')) return undefined;
  return (id) => `/graph?seeds=place:${id}`;
}
