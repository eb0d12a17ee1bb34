import type { ReactNode } from 'react';

import type { Permission } from '@khsae/domain';

import { NoAccessRoute } from './routes/no-access-route';
import { useSession } from './session-context';

export type RequirePermissionProps = {
  permission: Permission;
  children: ReactNode;
};

// The server enforces permissions too; this only spares users a screen full of 403s.
export function RequirePermission({ permission, children }: RequirePermissionProps) {
  const user = useSession();
  return user.permissions.includes(permission) ? children : <NoAccessRoute />;
}
