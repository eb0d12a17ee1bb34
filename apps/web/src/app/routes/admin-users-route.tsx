import { UsersAdmin } from '@/features/users/components/users-admin';

export function AdminUsersRoute() {
  return <UsersAdmin />;
}
