import { useParams } from 'react-router';

import { RouteDetail } from '@/features/routes/components/route-detail';
import { RouteCreatePage, RouteEditPage } from '@/features/routes/components/route-form-page';
import { RoutesList } from '@/features/routes/components/routes-list';
import { routeRef } from '@/features/routes/route-form-values';

import { useSession } from '../session-context';
import { useCan } from '../use-can';
import { RecordPanels } from './record-panels';

export function RoutesRoute() {
  const can = useCan();
  return <RoutesList canWrite={can('routes:write')} canSeeArchived={can('records:restore')} />;
}

export function RouteDetailRoute() {
  const { id = '' } = useParams();
  const can = useCan();
  const { permissions } = useSession();
  return (
    <RouteDetail
      id={id}
      canWrite={can('routes:write')}
      canRestore={can('records:restore')}
      permissions={permissions}
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
