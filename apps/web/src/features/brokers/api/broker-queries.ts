import { keepPreviousData, queryOptions } from '@tanstack/react-query';

import { SEARCH_MIN_LENGTH, type Broker } from '@khsae/domain';

import { registryApi } from '@/lib/registry-api';

import type { BrokerListFilter } from '../broker-list-filter';
import { brokerKeys } from './broker-keys';

export const brokersApi = registryApi<Broker>('brokers');

export function brokerListQuery(filter: BrokerListFilter) {
  return {
    page: filter.page,
    pageSize: filter.pageSize,
    sort: filter.sort,
    order: filter.order,
    q: filter.q.trim(),
    role: filter.role,
    legalStatus: filter.legalStatus,
    homePlaceId: filter.homePlaceId,
    archived: filter.archived || undefined,
  };
}

export const brokersQueryOptions = (filter: BrokerListFilter) =>
  queryOptions({
    queryKey: brokerKeys.list(filter),
    queryFn: ({ signal }) => brokersApi.list(brokerListQuery(filter), signal),
    // Keep the old page on screen while the next page or sort loads.
    placeholderData: keepPreviousData,
  });

export const brokerQueryOptions = (id: string) =>
  queryOptions({
    queryKey: brokerKeys.detail(id),
    queryFn: ({ signal }) => brokersApi.get(id, signal),
  });

export const brokerPickerQueryOptions = (q: string) =>
  queryOptions({
    queryKey: brokerKeys.picker(q),
    queryFn: ({ signal }) => brokersApi.list({ q, pageSize: 15, sort: 'refCode' }, signal),
    enabled: q.length >= SEARCH_MIN_LENGTH,
    placeholderData: keepPreviousData,
  });
