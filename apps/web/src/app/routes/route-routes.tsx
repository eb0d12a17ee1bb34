import { useParams } from 'react-router';

import { RouteDetail } from '@/features/routes/components/route-detail';
import { RouteCreatePage, RouteEditPage } from '@/features/routes/components/route-form-page';
import { RoutesList } from '@/features/routes/components/routes-list';
import { routeRef } from '@/features/routes/route-form-values';

import { RecordPanels, useRecordAccess } from './record-panels';

export function RoutesRoute() {
  const { canWrite, canRestore } = useRecordAccess('route');
  return <RoutesList canWrite={canWrite} canSeeArchived={canRestore} />;
}

export function RouteDetailRoute() {
  const { id = '' } = useParams();
  return (
    <RouteDetail
      id={id}
      {...useRecordAccess('route')}
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
