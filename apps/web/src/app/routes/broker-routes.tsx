import { useParams } from 'react-router';

import { BrokerDetail } from '@/features/brokers/components/broker-detail';
import { BrokerCreatePage, BrokerEditPage } from '@/features/brokers/components/broker-form-page';
import { BrokersList } from '@/features/brokers/components/brokers-list';
import { brokerRef } from '@/features/brokers/broker-names';

import { RecordPanels, useListAccess, useRecordRoute } from './record-panels';

export function BrokersRoute() {
  return <BrokersList {...useListAccess('broker')} />;
}

export function BrokerDetailRoute() {
  return (
    <BrokerDetail
      {...useRecordRoute('broker')}
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
