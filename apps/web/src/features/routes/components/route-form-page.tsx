import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { DetailHeader } from '@/components/detail-header';
import { QueryBoundary } from '@/components/query-boundary';
import { ArchivedAlert } from '@/components/record-lifecycle';

import { routeQueryOptions } from '../api/route-queries';
import { RouteForm } from './route-form';

/** /routes/new */
export function RouteCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <DetailHeader
        backTo="/routes"
        backLabel={t('routes.title')}
        title={t('routes.create.title')}
      />
      <RouteForm
        route={null}
        onSaved={(route) => void navigate(`/routes/${route.id}`)}
        onCancel={() => void navigate('/routes')}
      />
    </>
  );
}

/** /routes/:id/edit */
export function RouteEditPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const query = useQuery(routeQueryOptions(id));
  const back = `/routes/${id}`;
  return (
    <QueryBoundary query={query} backTo="/routes">
      {(route) => (
        <>
          <DetailHeader
            backTo={back}
            backLabel={route.name}
            title={t('routes.update.title', { name: route.name })}
          />
          {route.archivedAt ? (
            <ArchivedAlert id={route.id} name={route.refCode} archivedAt={route.archivedAt} />
          ) : (
            <RouteForm
              key={route.id}
              route={route}
              onSaved={() => void navigate(back)}
              onCancel={() => void navigate(back)}
            />
          )}
        </>
      )}
    </QueryBoundary>
  );
}
