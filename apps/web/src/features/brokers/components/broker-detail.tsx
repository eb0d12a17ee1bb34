import { Badge, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { Broker, Permission } from '@khsae/domain';

import { DetailHeader } from '@/components/detail-header';
import { FieldList } from '@/components/field-list';
import { QueryBoundary } from '@/components/query-boundary';
import { ArchivedAlert, RecordActions } from '@/components/record-lifecycle';
import { ScriptText } from '@/components/script-text';
import { SectionCard } from '@/components/section-card';
import { formatDateTime } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';

import { useArchiveBroker, useRestoreBroker } from '../api/broker-mutations';
import { brokerQueryOptions } from '../api/broker-queries';
import { brokerName } from '../broker-names';
import { BrokerRoleBadge, LegalStatusBadge } from './broker-badges';
import { useBrokerRows } from './use-broker-rows';

export type BrokerDetailProps = {
  id: string;
  canWrite: boolean;
  canRestore: boolean;
  /** The signed-in user's permissions, for actions that depend on them (Show network). */
  permissions: readonly Permission[];
  /** The record's identifiers and links, composed by the app. */
  panels: (broker: Broker) => ReactNode;
};

export function BrokerDetail({ id, ...rest }: BrokerDetailProps) {
  const query = useQuery(brokerQueryOptions(id));
  return (
    <QueryBoundary query={query} backTo="/brokers">
      {(broker) => <BrokerPage broker={broker} {...rest} />}
    </QueryBoundary>
  );
}

function BrokerPage({
  broker,
  canWrite,
  canRestore,
  permissions,
  panels,
}: Omit<BrokerDetailProps, 'id'> & { broker: Broker }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const rows = useBrokerRows();
  const archive = useArchiveBroker();
  const restore = useRestoreBroker();
  const name = brokerName(broker);
  const label = `${t('enums.recordKind.broker')} ${broker.refCode}`;
  const archived = broker.archivedAt !== null;

  return (
    <>
      <DetailHeader
        backTo="/brokers"
        backLabel={t('brokers.title')}
        title={name}
        subtitle={
          broker.nameLatin && broker.nameKm ? (
            <ScriptText size="lg" data-testid="record-name-km">
              {broker.nameKm}
            </ScriptText>
          ) : null
        }
        badges={
          <>
            <Badge variant="default" tt="none" ff="monospace">
              {broker.refCode}
            </Badge>
            <BrokerRoleBadge role={broker.role} />
            <LegalStatusBadge status={broker.legalStatus} />
            {archived && (
              <Badge color="gray" tt="none">
                {t('registry.archived')}
              </Badge>
            )}
          </>
        }
        actions={
          !archived && (
            <RecordActions
              kind="broker"
              id={broker.id}
              name={label}
              archive={archive}
              editTo={`/brokers/${broker.id}/edit`}
              canWrite={canWrite}
              permissions={permissions}
            />
          )
        }
      />
      {broker.archivedAt && (
        <ArchivedAlert
          id={broker.id}
          name={label}
          archivedAt={broker.archivedAt}
          restore={canRestore ? restore : undefined}
        />
      )}
      <Stack gap="lg">
        <SectionCard title={t('registry.details')}>
          <FieldList
            rows={[
              ...rows(broker),
              {
                key: 'createdAt',
                label: t('registry.createdAt'),
                value: formatDateTime(broker.createdAt, language),
              },
              {
                key: 'updatedAt',
                label: t('registry.updatedAt'),
                value: formatDateTime(broker.updatedAt, language),
              },
            ]}
          />
        </SectionCard>
        {panels(broker)}
      </Stack>
    </>
  );
}
