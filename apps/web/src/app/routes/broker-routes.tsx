import { useParams } from 'react-router';

import { BrokerDetail } from '@/features/brokers/components/broker-detail';
import { BrokerCreatePage, BrokerEditPage } from '@/features/brokers/components/broker-form-page';
import { BrokersList } from '@/features/brokers/components/brokers-list';
import { brokerRef } from '@/features/brokers/broker-names';

import { RecordPanels, useRecordAccess } from './record-panels';

export function BrokersRoute() {
  const { canWrite, canRestore } = useRecordAccess('broker');
  return <BrokersList canWrite={canWrite} canSeeArchived={canRestore} />;
}

export function BrokerDetailRoute() {
  const { id = '' } = useParams();
  return (
    <BrokerDetail
      id={id}
      {...useRecordAccess('broker')}
      panels={(broker) => (
        <RecordPanels
          key={broker.id}
          record={brokerRef(broker)}
          identifiers={{ kind: 'broker' }}
          archived={broker.archivedAt !== null}
        />
      )}
    />
  );
}

export function BrokerCreateRoute() {
  return <BrokerCreatePage />;
}

export function BrokerEditRoute() {
  const { id = '' } = useParams();
  return <BrokerEditPage id={id} />;
}
