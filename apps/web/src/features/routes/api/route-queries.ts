import { keepPreviousData, queryOptions } from '@tanstack/react-query';

import type { RecruitmentRoute } from '@khsae/domain';

import { registryApi } from '@/lib/registry-api';

import type { RouteListFilter } from '../route-list-filter';
import { routeKeys } from './route-keys';

export const routesApi = registryApi<RecruitmentRoute>('routes');

export function routeListQuery(filter: RouteListFilter) {
  return {
    page: filter.page,
    pageSize: filter.pageSize,
    sort: filter.sort,
    order: filter.order,
    q: filter.q.trim(),
    lureChannel: filter.lureChannel,
    originPlaceId: filter.originPlaceId,
    archived: filter.archived || undefined,
  };
}

export const routesQueryOptions = (filter: RouteListFilter) =>
  queryOptions({
    queryKey: routeKeys.list(filter),
    queryFn: ({ signal }) => routesApi.list(routeListQuery(filter), signal),
    placeholderData: keepPreviousData,
  });

export const routeQueryOptions = (id: string) =>
  queryOptions({
    queryKey: routeKeys.detail(id),
    queryFn: ({ signal }) => routesApi.get(id, signal),
  });
