import { useQuery } from '@tanstack/react-query';

import { RecordDetailPage, type RecordDetailProps } from '@/components/record-detail';
import { ScriptText } from '@/components/script-text';
import type { Broker } from '@/lib/api-types';

import { useArchiveBroker, useRestoreBroker } from '../api/broker-mutations';
import { brokerQueryOptions } from '../api/broker-queries';
import { brokerName } from '../broker-names';
import { BrokerRoleBadge, LegalStatusBadge } from './broker-badges';
import { useBrokerRows } from './use-broker-rows';

export function BrokerDetail({ id, ...rest }: RecordDetailProps<Broker>) {
  const query = useQuery(brokerQueryOptions(id));
  const rows = useBrokerRows();
  return (
    <RecordDetailPage
      kind="broker"
      query={query}
      archive={useArchiveBroker()}
      restore={useRestoreBroker()}
      {...rest}
      view={(broker) => ({
        title: brokerName(broker),
        subtitle:
          broker.nameLatin && broker.nameKm ? (
            <ScriptText size="lg" data-testid="record-name-km">
              {broker.nameKm}
            </ScriptText>
          ) : null,
        code: broker.refCode,
        badges: (
          <>
            <BrokerRoleBadge role={broker.role} />
            <LegalStatusBadge status={broker.legalStatus} />
          </>
        ),
        rows: rows(broker),
      })}
    />
  );
}
