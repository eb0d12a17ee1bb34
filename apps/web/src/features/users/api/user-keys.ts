import type { Role, UserSort } from '@khsae/domain';

export type SortOrder = 'asc' | 'desc';

export type UserListFilter = {
  page: number;
  pageSize: number;
  sort: UserSort;
  order: SortOrder;
  q: string;
  role: Role | null;
  disabled: boolean | null;
};

export const userKeys = {
  all: ['users'] as const,
  lists: () => [...userKeys.all, 'list'] as const,
  list: (filter: UserListFilter) => [...userKeys.lists(), filter] as const,
  details: () => [...userKeys.all, 'detail'] as const,
  detail: (id: string) => [...userKeys.details(), id] as const,
};
