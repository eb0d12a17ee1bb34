import { keepPreviousData, queryOptions } from '@tanstack/react-query';

import { SEARCH_MIN_LENGTH } from '@khsae/domain';

import { recordQueries } from '@/lib/record-queries';
import { registryApi } from '@/lib/registry-api';

import { brokerListFilter } from '../broker-list-filter';
import { brokerKeys } from './broker-keys';

export const brokersApi = registryApi('brokers');

const queries = recordQueries(brokerKeys, brokersApi, brokerListFilter.toQuery);
export const brokersQueryOptions = queries.list;
export const brokerQueryOptions = queries.detail;

export const brokerPickerQueryOptions = (q: string) =>
  queryOptions({
    queryKey: brokerKeys.picker(q),
    queryFn: ({ signal }) => brokersApi.list({ q, pageSize: 15, sort: 'refCode' }, signal),
    enabled: q.length >= SEARCH_MIN_LENGTH,
    placeholderData: keepPreviousData,
  });
