import type { QueryClient } from '@tanstack/react-query';

import type { CurrentUser } from '@/lib/api-types';

import { authKeys } from './auth-keys';

/**
 * Records who is signed in (or that nobody is) and drops everything cached for the previous
 * session. The session is set first so that mounted guards re-render and redirect.
 */
export function replaceSession(queryClient: QueryClient, user: CurrentUser | null): void {
  queryClient.setQueryData(authKeys.session(), user);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== authKeys.all[0] });
}
