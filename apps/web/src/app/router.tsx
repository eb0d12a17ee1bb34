import { Navigate, type RouteObject } from 'react-router';

import { NAV_AREAS } from '@khsae/domain';

import { AppLayout } from './app-layout';
import { READY_AREAS } from './areas';
import { RequireAuth } from './require-auth';
import { RequirePermission } from './require-permission';
import { AdminUsersRoute } from './routes/admin-users-route';
import { AuditRoute } from './routes/audit-route';
import { ComingSoonRoute } from './routes/coming-soon-route';
import { DashboardRoute } from './routes/dashboard-route';
import { NotFoundRoute } from './routes/not-found-route';
import { SignInRoute } from './routes/sign-in-route';

const comingSoonRoutes: RouteObject[] = NAV_AREAS.filter(
  (area) => !READY_AREAS.includes(area.key),
).map((area) => ({
  path: area.path.slice(1),
  element: (
    <RequirePermission permission={area.permission}>
      <ComingSoonRoute area={area.key} />
    </RequirePermission>
  ),
}));

export const appRoutes: RouteObject[] = [
  { path: '/sign-in', element: <SignInRoute /> },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <AppLayout />,
        children: [
          {
            index: true,
            element: (
              <RequirePermission permission="dashboard:view">
                <DashboardRoute />
              </RequirePermission>
            ),
          },
          ...comingSoonRoutes,
          { path: 'admin', element: <Navigate to="/admin/users" replace /> },
          {
            path: 'admin/users',
            element: (
              <RequirePermission permission="users:manage">
                <AdminUsersRoute />
              </RequirePermission>
            ),
          },
          {
            path: 'audit',
            element: (
              <RequirePermission permission="audit:read">
                <AuditRoute />
              </RequirePermission>
            ),
          },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];
