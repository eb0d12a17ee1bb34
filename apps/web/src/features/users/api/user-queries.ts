import { keepPreviousData, queryOptions } from '@tanstack/react-query';

import { answer, api } from '@/lib/api';

import { userListFilter, type UserListFilter } from '../user-list-filter';
import { userKeys } from './user-keys';

export function fetchUsers(filter: UserListFilter, { signal }: { signal?: AbortSignal }) {
  const query = userListFilter.toQuery(filter);
  return answer(api.GET('/api/users', { params: { query }, signal }));
}

export function fetchUser(id: string, { signal }: { signal?: AbortSignal }) {
  return answer(api.GET('/api/users/{id}', { params: { path: { id } }, signal }));
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
