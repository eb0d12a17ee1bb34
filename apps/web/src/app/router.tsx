import { Center, Loader } from '@mantine/core';
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, type RouteObject } from 'react-router';

import { NAV_AREAS } from '@khsae/domain';

import type { Permission } from '@khsae/domain';

import { PickersProvider } from '@/components/pickers';

import { READY_AREAS } from './areas';
import { RequireAuth } from './require-auth';
import { RequirePermission } from './require-permission';
import { ComingSoonRoute } from './routes/coming-soon-route';
import { NotFoundRoute } from './routes/not-found-route';
import { SignInRoute } from './routes/sign-in-route';

/** One named export of a route module, loaded the first time it renders. */
function lazyRoute<Name extends string, Module extends Record<Name, ComponentType>>(
  load: () => Promise<Module>,
  name: Name,
): ComponentType {
  return lazy<ComponentType>(async () => ({ default: (await load())[name] }));
}

/** A registry page and the pickers its forms use (places, records, brokers), loaded together. */
function registryRoute<Name extends string, Module extends Record<Name, ComponentType>>(
  load: () => Promise<Module>,
  name: Name,
): ComponentType {
  return lazy<ComponentType>(async () => {
    const [module, { REGISTRY_PICKERS }] = await Promise.all([
      load(),
      import('./registry-pickers'),
    ]);
    const Page: ComponentType = module[name];
    return {
      default: function RegistryPage() {
        return (
          <PickersProvider pickers={REGISTRY_PICKERS}>
            <Page />
          </PickersProvider>
        );
      },
    };
  });
}

// The sign-in page loads none of these: the app shell, the dashboard and each area are chunks of their own.
const AppLayout = lazyRoute(
  async () => (await Promise.all([import('./app-layout'), import('@mantine/core/styles.css')]))[0],
  'AppLayout',
);
const DashboardRoute = lazyRoute(() => import('./routes/dashboard-route'), 'DashboardRoute');
const brokerRoutes = () => import('./routes/broker-routes');
const victimRoutes = () => import('./routes/victim-routes');
const compoundRoutes = () => import('./routes/compound-routes');
const routeRoutes = () => import('./routes/route-routes');

const BrokersRoute = registryRoute(brokerRoutes, 'BrokersRoute');
const BrokerCreateRoute = registryRoute(brokerRoutes, 'BrokerCreateRoute');
const BrokerDetailRoute = registryRoute(brokerRoutes, 'BrokerDetailRoute');
const BrokerEditRoute = registryRoute(brokerRoutes, 'BrokerEditRoute');
const VictimsRoute = registryRoute(victimRoutes, 'VictimsRoute');
const VictimCreateRoute = registryRoute(victimRoutes, 'VictimCreateRoute');
const VictimDetailRoute = registryRoute(victimRoutes, 'VictimDetailRoute');
const VictimEditRoute = registryRoute(victimRoutes, 'VictimEditRoute');
const CompoundsRoute = registryRoute(compoundRoutes, 'CompoundsRoute');
const CompoundCreateRoute = registryRoute(compoundRoutes, 'CompoundCreateRoute');
const CompoundDetailRoute = registryRoute(compoundRoutes, 'CompoundDetailRoute');
const CompoundEditRoute = registryRoute(compoundRoutes, 'CompoundEditRoute');
const RoutesRoute = registryRoute(routeRoutes, 'RoutesRoute');
const RouteCreateRoute = registryRoute(routeRoutes, 'RouteCreateRoute');
const RouteDetailRoute = registryRoute(routeRoutes, 'RouteDetailRoute');
const RouteEditRoute = registryRoute(routeRoutes, 'RouteEditRoute');
const GraphRoute = lazyRoute(() => import('./routes/graph-route'), 'GraphRoute');
const AdminUsersRoute = lazyRoute(() => import('./routes/admin-users-route'), 'AdminUsersRoute');
const AdminGazetteerRoute = lazyRoute(
  () => import('./routes/admin-gazetteer-route'),
  'AdminGazetteerRoute',
);
const AuditRoute = lazyRoute(() => import('./routes/audit-route'), 'AuditRoute');
const SearchRoute = lazyRoute(() => import('./routes/search-route'), 'SearchRoute');

/** Shown while a chunk loads: the shell's loader fills the screen as RequireAuth's does, a page's sits in the shell. */
function ChunkLoading({ fullScreen = false }: { fullScreen?: boolean }) {
  const { t } = useTranslation();
  return (
    <Center h={fullScreen ? '100vh' : undefined} mih={240}>
      <Loader aria-label={t('app.loading')} />
    </Center>
  );
}

function loading(element: ReactNode, fullScreen = false): ReactNode {
  return <Suspense fallback={<ChunkLoading fullScreen={fullScreen} />}>{element}</Suspense>;
}

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

function gate(permission: Permission, element: ReactNode): ReactNode {
  return <RequirePermission permission={permission}>{loading(element)}</RequirePermission>;
}

function guarded(path: string, permission: Permission, element: ReactNode): RouteObject {
  return { path, element: gate(permission, element) };
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
        element: loading(<AppLayout />, true),
        children: [
          { index: true, element: gate('dashboard:view', <DashboardRoute />) },
          ...comingSoonRoutes,
          guarded('graph', 'graph:read', <GraphRoute />),
          { path: 'search', element: loading(<SearchRoute />) },
          ...registryRoutes,
          { path: 'admin', element: <Navigate to="/admin/users" replace /> },
          guarded('admin/users', 'users:manage', <AdminUsersRoute />),
          guarded('admin/gazetteer', 'reference_data:manage', <AdminGazetteerRoute />),
          guarded('audit', 'audit:read', <AuditRoute />),
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];
