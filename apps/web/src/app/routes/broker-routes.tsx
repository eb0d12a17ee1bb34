import { useParams } from 'react-router';

import { BrokerDetail } from '@/features/brokers/components/broker-detail';
import { BrokerCreatePage, BrokerEditPage } from '@/features/brokers/components/broker-form-page';
import { BrokersList } from '@/features/brokers/components/brokers-list';
import { brokerRef } from '@/features/brokers/broker-names';

import { useSession } from '../session-context';
import { useCan } from '../use-can';
import { RecordPanels } from './record-panels';

export function BrokersRoute() {
  const can = useCan();
  return <BrokersList canWrite={can('brokers:write')} canSeeArchived={can('records:restore')} />;
}

export function BrokerDetailRoute() {
  const { id = '' } = useParams();
  const can = useCan();
  const { permissions } = useSession();
  return (
    <BrokerDetail
      id={id}
      canWrite={can('brokers:write')}
      canRestore={can('records:restore')}
      permissions={permissions}
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
