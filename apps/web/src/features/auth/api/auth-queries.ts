import { queryOptions } from '@tanstack/react-query';

import { answer, api, isApiError } from '@/lib/api';
import type { CurrentUser } from '@/lib/api-types';

import { authKeys } from './auth-keys';

/** The signed-in user, or null when there is no valid session. */
export async function fetchSession({
  signal,
}: {
  signal?: AbortSignal;
}): Promise<CurrentUser | null> {
  try {
    return await answer(api.GET('/api/auth/me', { signal }));
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: authKeys.session(),
    queryFn: ({ signal }) => fetchSession({ signal }),
    staleTime: 5 * 60_000,
  });
