import { useParams } from 'react-router';

import { RouteDetail } from '@/features/routes/components/route-detail';
import { RouteCreatePage, RouteEditPage } from '@/features/routes/components/route-form-page';
import { RoutesList } from '@/features/routes/components/routes-list';
import { routeRef } from '@/features/routes/route-form-values';

import { RecordPanels, useListAccess, useRecordRoute } from './record-panels';

export function RoutesRoute() {
  return <RoutesList {...useListAccess('route')} />;
}

export function RouteDetailRoute() {
  return (
    <RouteDetail
      {...useRecordRoute('route')}
      panels={(route) => (
        <RecordPanels
          key={route.id}
          record={routeRef(route)}
          archived={route.archivedAt !== null}
        />
      )}
    />
  );
}

export function RouteCreateRoute() {
  return <RouteCreatePage />;
}

export function RouteEditRoute() {
  const { id = '' } = useParams();
  return <RouteEditPage id={id} />;
}
