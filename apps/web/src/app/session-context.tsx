import { createContext, useContext } from 'react';

import type { CurrentUser } from '@/lib/api-types';

export const SessionContext = createContext<CurrentUser | null>(null);

/** The signed-in user; only valid below RequireAuth. */
export function useSession(): CurrentUser {
  const user = useContext(SessionContext);
  if (!user) throw new Error('useSession must be used below RequireAuth');
  return user;
}
