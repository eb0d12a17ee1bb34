import { useParams } from 'react-router';

import { CompoundDetail } from '@/features/compounds/components/compound-detail';
import {
  CompoundCreatePage,
  CompoundEditPage,
} from '@/features/compounds/components/compound-form-page';
import { CompoundsList } from '@/features/compounds/components/compounds-list';
import { compoundRef } from '@/features/compounds/compound-form-values';

import { useSession } from '../session-context';
import { useCan } from '../use-can';
import { RecordPanels } from './record-panels';

export function CompoundsRoute() {
  const can = useCan();
  return (
    <CompoundsList canWrite={can('compounds:write')} canSeeArchived={can('records:restore')} />
  );
}

export function CompoundDetailRoute() {
  const { id = '' } = useParams();
  const can = useCan();
  const { permissions } = useSession();
  return (
    <CompoundDetail
      id={id}
      canWrite={can('compounds:write')}
      canRestore={can('records:restore')}
      permissions={permissions}
      panels={(compound) => (
        <RecordPanels
          key={compound.id}
          record={compoundRef(compound)}
          identifiers={{ kind: 'compound' }}
          archived={compound.archivedAt !== null}
        />
      )}
    />
  );
}

export function CompoundCreateRoute() {
  return <CompoundCreatePage />;
}

export function CompoundEditRoute() {
  const { id = '' } = useParams();
  return <CompoundEditPage id={id} />;
}
