import { useQuery } from '@tanstack/react-query';

import { RecordCreatePage, RecordEditPage } from '@/components/record-form-page';

import { brokerQueryOptions } from '../api/broker-queries';
import { brokerName } from '../broker-names';
import { BrokerForm } from './broker-form';

/** /brokers/new */
export function BrokerCreatePage() {
  return <RecordCreatePage kind="broker" form={(ends) => <BrokerForm broker={null} {...ends} />} />;
}

/** /brokers/:id/edit */
export function BrokerEditPage({ id }: { id: string }) {
  const query = useQuery(brokerQueryOptions(id));
  return (
    <RecordEditPage
      kind="broker"
      id={id}
      query={query}
      name={brokerName}
      // Keyed by id only: a conflict refreshes the cached broker but must keep the user's input.
      form={(broker, ends) => <BrokerForm key={broker.id} broker={broker} {...ends} />}
    />
  );
}
