import { queryOptions } from '@tanstack/react-query';

import {
  PAGE_SIZE_MAX,
  type CreateGraphViewBody,
  type GraphView,
  type GraphViewSummary,
  type Page,
  type UpdateGraphViewBody,
} from '@khsae/domain';

import { apiRequest } from '@/lib/api-client';

import { graphViewKeys, type GraphViewListRequest } from './graph-view-keys';

type Signal = { signal?: AbortSignal };

/** The panel lists the newest page of views; more than that is unusual for one person. */
export const SAVED_VIEWS_LIST: GraphViewListRequest = { page: 1, pageSize: PAGE_SIZE_MAX };

const path = (id: string) => `/graph/views/${encodeURIComponent(id)}`;

export const graphViewsApi = {
  list: (request: GraphViewListRequest, { signal }: Signal = {}) =>
    apiRequest<Page<GraphViewSummary>>('/graph/views', {
      signal,
      query: { page: request.page, pageSize: request.pageSize },
    }),
  get: (id: string, { signal }: Signal = {}) => apiRequest<GraphView>(path(id), { signal }),
  create: (body: CreateGraphViewBody) =>
    apiRequest<GraphView>('/graph/views', { method: 'POST', body }),
  update: (id: string, body: UpdateGraphViewBody) =>
    apiRequest<GraphView>(path(id), { method: 'PATCH', body }),
  remove: (id: string) => apiRequest<GraphViewSummary>(path(id), { method: 'DELETE' }),
};

export const graphViewsQueryOptions = (request: GraphViewListRequest = SAVED_VIEWS_LIST) =>
  queryOptions({
    queryKey: graphViewKeys.list(request),
    queryFn: ({ signal }) => graphViewsApi.list(request, { signal }),
    staleTime: 30_000,
  });

export const graphViewQueryOptions = (id: string) =>
  queryOptions({
    queryKey: graphViewKeys.detail(id),
    queryFn: ({ signal }) => graphViewsApi.get(id, { signal }),
    // Canvases are large: keep one only while it is being opened.
    staleTime: 0,
    gcTime: 60_000,
  });
