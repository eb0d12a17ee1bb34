import { useParams } from 'react-router';

import { CompoundDetail } from '@/features/compounds/components/compound-detail';
import {
  CompoundCreatePage,
  CompoundEditPage,
} from '@/features/compounds/components/compound-form-page';
import { CompoundsList } from '@/features/compounds/components/compounds-list';
import { compoundRef } from '@/features/compounds/compound-form-values';

import { RecordPanels, useRecordAccess } from './record-panels';

export function CompoundsRoute() {
  const { canWrite, canRestore } = useRecordAccess('compound');
  return <CompoundsList canWrite={canWrite} canSeeArchived={canRestore} />;
}

export function CompoundDetailRoute() {
  const { id = '' } = useParams();
  return (
    <CompoundDetail
      id={id}
      {...useRecordAccess('compound')}
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
