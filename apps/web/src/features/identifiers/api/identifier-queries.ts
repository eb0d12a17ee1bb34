import { queryOptions } from '@tanstack/react-query';

import type { IdentifierHolderKind, SharedIdentifier } from '@khsae/domain';

import { apiRequest } from '@/lib/api-client';

import { identifierKeys } from './identifier-keys';

export function fetchHolderIdentifiers(
  kind: IdentifierHolderKind,
  id: string,
  { signal }: { signal?: AbortSignal },
): Promise<SharedIdentifier[]> {
  return apiRequest<SharedIdentifier[]>('/identifiers/shared', {
    signal,
    query: { holderKind: kind, holderId: id },
  });
}

export const holderIdentifiersQueryOptions = (kind: IdentifierHolderKind, id: string) =>
  queryOptions({
    queryKey: identifierKeys.holder(kind, id),
    queryFn: ({ signal }) => fetchHolderIdentifiers(kind, id, { signal }),
  });
