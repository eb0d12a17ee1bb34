import { keepPreviousData, queryOptions } from '@tanstack/react-query';

import type { Page, UserAccount } from '@khsae/domain';

import { apiRequest } from '@/lib/api-client';

import { userKeys, type UserListFilter } from './user-keys';

export function fetchUsers(
  filter: UserListFilter,
  { signal }: { signal?: AbortSignal },
): Promise<Page<UserAccount>> {
  return apiRequest<Page<UserAccount>>('/users', {
    signal,
    query: {
      page: filter.page,
      pageSize: filter.pageSize,
      sort: filter.sort,
      order: filter.order,
      q: filter.q.trim(),
      role: filter.role,
      disabled: filter.disabled,
    },
  });
}

export function fetchUser(id: string, { signal }: { signal?: AbortSignal }): Promise<UserAccount> {
  return apiRequest<UserAccount>(`/users/${encodeURIComponent(id)}`, { signal });
}

export const usersQueryOptions = (filter: UserListFilter) =>
  queryOptions({
    queryKey: userKeys.list(filter),
    queryFn: ({ signal }) => fetchUsers(filter, { signal }),
    // Keep the old page on screen while the next page or sort loads.
    placeholderData: keepPreviousData,
  });

export const userQueryOptions = (id: string) =>
  queryOptions({
    queryKey: userKeys.detail(id),
    queryFn: ({ signal }) => fetchUser(id, { signal }),
  });
