import { DashboardHome } from '@/features/dashboard/components/dashboard-home';

import { READY_AREAS } from '../areas';
import { useSession } from '../session-context';

export function DashboardRoute() {
  const user = useSession();
  return <DashboardHome user={user} readyAreas={READY_AREAS} />;
}
