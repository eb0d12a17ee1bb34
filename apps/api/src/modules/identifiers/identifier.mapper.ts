import type { Identifier, RecordRef, SharedIdentifier } from '@khsae/domain';

import type { IdentifierEntity } from 'src/modules/identifiers/identifier.entity';

export function toIdentifier(i: IdentifierEntity, holders: RecordRef[]): Identifier {
  return {
    id: i.id,
    kind: i.kind,
    value: i.value,
    display: i.display,
    holders,
    createdAt: i.createdAt.toISOString(),
  };
}

/** What a record's page shows: the identifier and the other records holding it. */
export function toSharedIdentifier(
  i: Pick<Identifier, 'id' | 'kind' | 'value' | 'display'>,
  others: RecordRef[],
): SharedIdentifier {
  return { identifier: { id: i.id, kind: i.kind, value: i.value, display: i.display }, others };
}
