import type { IdentifierHolderKind } from '@khsae/domain';

export const identifierKeys = {
  all: ['identifiers'] as const,
  /** A record's identifiers, each with the other records sharing it. */
  holders: () => [...identifierKeys.all, 'holder'] as const,
  holder: (kind: IdentifierHolderKind, id: string) =>
    [...identifierKeys.holders(), kind, id] as const,
};
