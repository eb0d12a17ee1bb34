import type { CompoundListFilter } from '../compound-list-filter';

export const compoundKeys = {
  all: ['compounds'] as const,
  lists: () => [...compoundKeys.all, 'list'] as const,
  list: (filter: CompoundListFilter) => [...compoundKeys.lists(), filter] as const,
  details: () => [...compoundKeys.all, 'detail'] as const,
  detail: (id: string) => [...compoundKeys.details(), id] as const,
};
