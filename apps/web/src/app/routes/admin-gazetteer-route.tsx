import { GazetteerAdmin } from '@/features/places/components/gazetteer-admin';

import { useCan } from '../use-can';
import { AdminTabs } from './admin-tabs';

export function AdminGazetteerRoute() {
  const can = useCan();
  return (
    <>
      <AdminTabs />
      <GazetteerAdmin canRestore={can('records:restore')} />
    </>
  );
}
