import type { Page } from '@khsae/domain';

import { apiRequest, type QueryParams } from './api-client';

/** The five calls every registry resource answers (`/api/<resource>`), typed by its record. */
export function registryApi<T>(resource: string) {
  const item = (id: string) => `/${resource}/${encodeURIComponent(id)}`;
  return {
    list: (query: QueryParams, signal?: AbortSignal) =>
      apiRequest<Page<T>>(`/${resource}`, { query, signal }),
    get: (id: string, signal?: AbortSignal) => apiRequest<T>(item(id), { signal }),
    create: (body: object) => apiRequest<T>(`/${resource}`, { method: 'POST', body }),
    update: (id: string, body: object) => apiRequest<T>(item(id), { method: 'PATCH', body }),
    archive: (id: string) => apiRequest<T>(item(id), { method: 'DELETE' }),
    restore: (id: string) => apiRequest<T>(`${item(id)}/restore`, { method: 'POST' }),
  };
}
