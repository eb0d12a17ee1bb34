import { useQuery } from '@tanstack/react-query';

import { RecordCreatePage, RecordEditPage } from '@/components/record-form-page';

import { routeQueryOptions } from '../api/route-queries';
import { RouteForm } from './route-form';

/** /routes/new */
export function RouteCreatePage() {
  return <RecordCreatePage kind="route" form={(ends) => <RouteForm route={null} {...ends} />} />;
}

/** /routes/:id/edit */
export function RouteEditPage({ id }: { id: string }) {
  const query = useQuery(routeQueryOptions(id));
  return (
    <RecordEditPage
      kind="route"
      id={id}
      query={query}
      name={(route) => route.name}
      form={(route, ends) => <RouteForm key={route.id} route={route} {...ends} />}
    />
  );
}
