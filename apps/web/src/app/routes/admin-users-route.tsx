import { UsersAdmin } from '@/features/users/components/users-admin';

import { AdminTabs } from './admin-tabs';

export function AdminUsersRoute() {
  return (
    <>
      <AdminTabs />
      <UsersAdmin />
    </>
  );
}
