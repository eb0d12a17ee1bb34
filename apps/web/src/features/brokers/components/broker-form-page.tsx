import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { DetailHeader } from '@/components/detail-header';
import { QueryBoundary } from '@/components/query-boundary';
import { ArchivedAlert } from '@/components/record-lifecycle';

import { brokerQueryOptions } from '../api/broker-queries';
import { brokerName } from '../broker-names';
import { BrokerForm } from './broker-form';

/** /brokers/new */
export function BrokerCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <DetailHeader
        backTo="/brokers"
        backLabel={t('brokers.title')}
        title={t('brokers.create.title')}
      />
      <BrokerForm
        broker={null}
        onSaved={(broker) => void navigate(`/brokers/${broker.id}`)}
        onCancel={() => void navigate('/brokers')}
      />
    </>
  );
}

/** /brokers/:id/edit */
export function BrokerEditPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const query = useQuery(brokerQueryOptions(id));
  const back = `/brokers/${id}`;
  return (
    <QueryBoundary query={query} backTo="/brokers">
      {(broker) => (
        <>
          <DetailHeader
            backTo={back}
            backLabel={brokerName(broker)}
            title={t('brokers.update.title', { name: brokerName(broker) })}
          />
          {broker.archivedAt ? (
            <ArchivedAlert id={broker.id} name={broker.refCode} archivedAt={broker.archivedAt} />
          ) : (
            // Keyed by id only: a conflict refreshes the cached broker but must keep the user's input.
            <BrokerForm
              key={broker.id}
              broker={broker}
              onSaved={() => void navigate(back)}
              onCancel={() => void navigate(back)}
            />
          )}
        </>
      )}
    </QueryBoundary>
  );
}
