import { queryOptions } from '@tanstack/react-query';

import type { IdentifierHolderKind } from '@khsae/domain';

import { answer, api } from '@/lib/api';

import { identifierKeys } from './identifier-keys';

export function fetchHolderIdentifiers(
  holderKind: IdentifierHolderKind,
  holderId: string,
  { signal }: { signal?: AbortSignal },
) {
  const query = { holderKind, holderId };
  return answer(api.GET('/api/identifiers/shared', { params: { query }, signal }));
}

export const holderIdentifiersQueryOptions = (kind: IdentifierHolderKind, id: string) =>
  queryOptions({
    queryKey: identifierKeys.holder(kind, id),
    queryFn: ({ signal }) => fetchHolderIdentifiers(kind, id, { signal }),
  });
