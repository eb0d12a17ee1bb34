import { queryOptions } from '@tanstack/react-query';

import { answer, api } from '@/lib/api';

export const healthKeys = {
  all: ['health'] as const,
  status: () => [...healthKeys.all, 'status'] as const,
};

export function fetchHealth({ signal }: { signal?: AbortSignal }) {
  return answer(api.GET('/api/health', { signal }));
}

export const healthQueryOptions = () =>
  queryOptions({
    queryKey: healthKeys.status(),
    queryFn: ({ signal }) => fetchHealth({ signal }),
    staleTime: 60_000,
  });
