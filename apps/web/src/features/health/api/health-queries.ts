import { queryOptions } from '@tanstack/react-query';

import type { Schema } from '@khsae/api-client';

import { answer, api } from '@/lib/api';

export type Health = Schema<'HealthResponseDto'>;

export const healthKeys = {
  all: ['health'] as const,
  status: () => [...healthKeys.all, 'status'] as const,
};

/** The health report; a 503 carries one too (database busy or down), so it is an answer, not an error. */
export async function fetchHealth({ signal }: { signal?: AbortSignal }): Promise<Health> {
  const call = api.GET('/api/health', { signal });
  const result = await call.catch(() => null);
  const report = result?.response.status === 503 ? (result.error as Partial<Health>) : null;
  if (report?.database && report.status) return report as Health;
  return answer(call);
}

export const healthQueryOptions = () =>
  queryOptions({
    queryKey: healthKeys.status(),
    queryFn: ({ signal }) => fetchHealth({ signal }),
    staleTime: 60_000,
  });
