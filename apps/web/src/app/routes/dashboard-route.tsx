import { DashboardHome } from '@/features/dashboard/components/dashboard-home';
import { PendingRoleGrants } from '@/features/users/components/pending-role-grants';

import { READY_AREAS } from '../areas';
import { useSession } from '../session-context';
import { useCan } from '../use-can';

export function DashboardRoute() {
  const user = useSession();
  const can = useCan();
  return (
    <>
      <DashboardHome user={user} readyAreas={READY_AREAS} />
      {/* A supervisor decides role grants here when there is only one admin (two-person rule). */}
      {can('role_grants:decide') && !can('users:manage') && <PendingRoleGrants />}
    </>
  );
}
