import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { VictimDetail } from '@/features/victims/components/victim-detail';
import { VictimCreatePage, VictimEditPage } from '@/features/victims/components/victim-form-page';
import { VictimsList } from '@/features/victims/components/victims-list';
import { victimIdentifiersHint } from '@/features/victims/victim-identifiers-hint';
import { victimRef } from '@/features/victims/victim-names';

import { useCan } from '../use-can';
import { RecordPanels, useListAccess, useRecordRoute } from './record-panels';

export function VictimsRoute() {
  return <VictimsList {...useListAccess('victim')} />;
}

export function VictimDetailRoute() {
  const can = useCan();
  const { i18n } = useTranslation();
  return (
    <VictimDetail
      {...useRecordRoute('victim')}
      canWriteIdentity={can('victim_identity:write')}
      panels={(victim) => (
        <RecordPanels
          key={victim.id}
          record={victimRef(victim)}
          identifiers={{
            kind: 'victim',
            // A victim's identifiers are contact data (the API asks for victim_identity:write).
            canWrite: can('victim_identity:write'),
            readOnlyHint: victimIdentifiersHint(i18n),
          }}
          archived={victim.archivedAt !== null}
        />
      )}
    />
  );
}

export function VictimCreateRoute() {
  return <VictimCreatePage />;
}

export function VictimEditRoute() {
  const { id = '' } = useParams();
  return <VictimEditPage id={id} />;
}
