import { queryOptions } from '@tanstack/react-query';

import type { HealthStatus } from '@khsae/domain';

import { apiRequest } from '@/lib/api-client';

export const healthKeys = {
  all: ['health'] as const,
  status: () => [...healthKeys.all, 'status'] as const,
};

export function fetchHealth({ signal }: { signal?: AbortSignal }): Promise<HealthStatus> {
  return apiRequest<HealthStatus>('/health', { signal });
}

export const healthQueryOptions = () =>
  queryOptions({
    queryKey: healthKeys.status(),
    queryFn: ({ signal }) => fetchHealth({ signal }),
    staleTime: 60_000,
  });
