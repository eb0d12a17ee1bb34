import { keepPreviousData, queryOptions } from '@tanstack/react-query';

import type { Compound } from '@khsae/domain';

import { registryApi } from '@/lib/registry-api';

import type { CompoundListFilter } from '../compound-list-filter';
import { compoundKeys } from './compound-keys';

export const compoundsApi = registryApi<Compound>('compounds');

export function compoundListQuery(filter: CompoundListFilter) {
  return {
    page: filter.page,
    pageSize: filter.pageSize,
    sort: filter.sort,
    order: filter.order,
    q: filter.q.trim(),
    status: filter.status,
    countryCode: filter.countryCode,
    scamType: filter.scamType,
    archived: filter.archived || undefined,
  };
}

export const compoundsQueryOptions = (filter: CompoundListFilter) =>
  queryOptions({
    queryKey: compoundKeys.list(filter),
    queryFn: ({ signal }) => compoundsApi.list(compoundListQuery(filter), signal),
    placeholderData: keepPreviousData,
  });

export const compoundQueryOptions = (id: string) =>
  queryOptions({
    queryKey: compoundKeys.detail(id),
    queryFn: ({ signal }) => compoundsApi.get(id, signal),
  });
