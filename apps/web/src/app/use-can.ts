import type { Permission } from '@khsae/domain';

import { useSession } from './session-context';

/** Whether the signed-in user holds a permission (the server checks again). */
export function useCan(): (permission: Permission) => boolean {
  const user = useSession();
  return (permission) => user.permissions.includes(permission);
}
