import type { ReactNode } from 'react';
import { Navigate, type RouteObject } from 'react-router';

import { NAV_AREAS } from '@khsae/domain';

import type { Permission } from '@khsae/domain';

import { AppLayout } from './app-layout';
import { READY_AREAS } from './areas';
import { RegistryPickers } from './registry-pickers';
import { RequireAuth } from './require-auth';
import { RequirePermission } from './require-permission';
import { AdminUsersRoute } from './routes/admin-users-route';
import { AuditRoute } from './routes/audit-route';
import {
  BrokerCreateRoute,
  BrokerDetailRoute,
  BrokerEditRoute,
  BrokersRoute,
} from './routes/broker-routes';
import {
  CompoundCreateRoute,
  CompoundDetailRoute,
  CompoundEditRoute,
  CompoundsRoute,
} from './routes/compound-routes';
import {
  RouteCreateRoute,
  RouteDetailRoute,
  RouteEditRoute,
  RoutesRoute,
} from './routes/route-routes';
import {
  VictimCreateRoute,
  VictimDetailRoute,
  VictimEditRoute,
  VictimsRoute,
} from './routes/victim-routes';
import { ComingSoonRoute } from './routes/coming-soon-route';
import { DashboardRoute } from './routes/dashboard-route';
import { GraphRoute } from './routes/graph-route';
import { NotFoundRoute } from './routes/not-found-route';
import { SignInRoute } from './routes/sign-in-route';

const comingSoonRoutes: RouteObject[] = NAV_AREAS.filter(
  (area) => !READY_AREAS.includes(area.key) && area.key !== 'graph',
).map((area) => ({
  path: area.path.slice(1),
  element: (
    <RequirePermission permission={area.permission}>
      <ComingSoonRoute area={area.key} />
    </RequirePermission>
  ),
}));

function guarded(path: string, permission: Permission, element: ReactNode): RouteObject {
  return {
    path,
    element: <RequirePermission permission={permission}>{element}</RequirePermission>,
  };
}

/** The investigation registry: a list, a create form, a record page and its edit form per kind. */
const registryRoutes: RouteObject[] = [
  guarded('brokers', 'brokers:read', <BrokersRoute />),
  guarded('brokers/new', 'brokers:write', <BrokerCreateRoute />),
  guarded('brokers/:id', 'brokers:read', <BrokerDetailRoute />),
  guarded('brokers/:id/edit', 'brokers:write', <BrokerEditRoute />),
  guarded('victims', 'victims:read', <VictimsRoute />),
  guarded('victims/new', 'victims:write', <VictimCreateRoute />),
  guarded('victims/:id', 'victims:read', <VictimDetailRoute />),
  guarded('victims/:id/edit', 'victims:write', <VictimEditRoute />),
  guarded('compounds', 'compounds:read', <CompoundsRoute />),
  guarded('compounds/new', 'compounds:write', <CompoundCreateRoute />),
  guarded('compounds/:id', 'compounds:read', <CompoundDetailRoute />),
  guarded('compounds/:id/edit', 'compounds:write', <CompoundEditRoute />),
  guarded('routes', 'routes:read', <RoutesRoute />),
  guarded('routes/new', 'routes:write', <RouteCreateRoute />),
  guarded('routes/:id', 'routes:read', <RouteDetailRoute />),
  guarded('routes/:id/edit', 'routes:write', <RouteEditRoute />),
];

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
          guarded('graph', 'graph:read', <GraphRoute />),
          { element: <RegistryPickers />, children: registryRoutes },
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
