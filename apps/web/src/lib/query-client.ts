import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';

import { isApiError } from './api';

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: AppRequestMeta;
    mutationMeta: AppRequestMeta;
  }
}

export type AppRequestMeta = {
  /** A 401 here is an expected answer (wrong password), not an expired session. */
  expectsUnauthorized?: boolean;
};

const MAX_RETRIES = 2;
const unauthorizedListeners = new Set<() => void>();

/** Lets the app (which knows the auth feature) react when any request comes back 401. */
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

function handleError(error: unknown, meta: AppRequestMeta | undefined): void {
  if (isApiError(error) && error.status === 401 && !meta?.expectsUnauthorized) {
    for (const listener of unauthorizedListeners) listener();
  }
}

export function shouldRetry(failureCount: number, error: unknown): boolean {
  // A 4xx will answer the same again; only network errors and 5xx are worth retrying.
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < MAX_RETRIES;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => handleError(error, query.meta) }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => handleError(error, mutation.meta),
    }),
    defaultOptions: {
      queries: { staleTime: 30_000, gcTime: 5 * 60_000, retry: shouldRetry },
      mutations: { retry: false },
    },
  });
}

export const queryClient = createQueryClient();
