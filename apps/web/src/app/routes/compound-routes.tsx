import { useParams } from 'react-router';

import { CompoundDetail } from '@/features/compounds/components/compound-detail';
import {
  CompoundCreatePage,
  CompoundEditPage,
} from '@/features/compounds/components/compound-form-page';
import { CompoundsList } from '@/features/compounds/components/compounds-list';
import { compoundRef } from '@/features/compounds/compound-form-values';

import { RecordPanels, useListAccess, useRecordRoute } from './record-panels';

export function CompoundsRoute() {
  return <CompoundsList {...useListAccess('compound')} />;
}

export function CompoundDetailRoute() {
  return (
    <CompoundDetail
      {...useRecordRoute('compound')}
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
