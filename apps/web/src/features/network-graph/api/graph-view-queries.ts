import { queryOptions } from '@tanstack/react-query';

import type { Schema } from '@khsae/api-client';
import { PAGE_SIZE_MAX } from '@khsae/domain';

import { answer, api } from '@/lib/api';

import { graphViewKeys, type GraphViewListRequest } from './graph-view-keys';

type Signal = { signal?: AbortSignal };

/** The panel lists the newest page of views; more than that is unusual for one person. */
export const SAVED_VIEWS_LIST: GraphViewListRequest = { page: 1, pageSize: PAGE_SIZE_MAX };

const view = (id: string) => ({ params: { path: { id } } });

export const graphViewsApi = {
  list: (query: GraphViewListRequest, { signal }: Signal = {}) =>
    answer(api.GET('/api/graph/views', { params: { query }, signal })),
  get: (id: string, { signal }: Signal = {}) =>
    answer(api.GET('/api/graph/views/{id}', { ...view(id), signal })),
  create: (body: Schema<'CreateGraphViewDto'>) => answer(api.POST('/api/graph/views', { body })),
  update: (id: string, body: Schema<'UpdateGraphViewDto'>) =>
    answer(api.PATCH('/api/graph/views/{id}', { ...view(id), body })),
  remove: (id: string) => answer(api.DELETE('/api/graph/views/{id}', view(id))),
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
