import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import { EnumSelect } from '@/components/enum-select';
import { PlaceFilter } from '@/components/place-filter';
import {
  CodeText,
  DateTimeText,
  NoneText,
  PlacePathText,
  RecordLink,
} from '@/components/record-cells';
import type { RecordColumn } from '@/components/record-table';
import { RegistryList, type RegistryListAccess } from '@/components/registry-list';
import { ScriptText } from '@/components/script-text';
import type { Broker } from '@/lib/api-types';
import { useListFilter } from '@/lib/use-list-filter';

import { brokersQueryOptions } from '../api/broker-queries';
import { brokerListFilter, type BrokerSort } from '../broker-list-filter';
import { brokerName } from '../broker-names';
import { BrokerRoleBadge, LegalStatusBadge } from './broker-badges';

function brokerColumns(t: TFunction): RecordColumn<Broker, BrokerSort>[] {
  return [
    {
      key: 'refCode',
      sort: 'refCode',
      label: t('brokers.columns.refCode'),
      cell: (broker) => <CodeText code={broker.refCode} />,
    },
    {
      key: 'name',
      sort: 'nameLatin',
      label: t('brokers.columns.name'),
      cell: (broker) => (
        <RecordLink kind="broker" id={broker.id}>
          {brokerName(broker)}
        </RecordLink>
      ),
    },
    {
      key: 'nameKm',
      sort: 'nameKm',
      label: t('brokers.columns.nameKm'),
      cell: (broker) => (
        <ScriptText size="sm" fallback={<NoneText />}>
          {broker.nameKm}
        </ScriptText>
      ),
    },
    {
      key: 'role',
      sort: 'role',
      label: t('brokers.columns.role'),
      cell: (broker) => <BrokerRoleBadge role={broker.role} />,
    },
    {
      key: 'legalStatus',
      sort: 'legalStatus',
      label: t('brokers.columns.legalStatus'),
      cell: (broker) => <LegalStatusBadge status={broker.legalStatus} />,
    },
    {
      key: 'homePlace',
      label: t('brokers.columns.homePlace'),
      cell: (broker) => <PlacePathText place={broker.homePlace} />,
      maw: 320,
    },
    {
      key: 'updatedAt',
      sort: 'updatedAt',
      label: t('brokers.columns.updatedAt'),
      cell: (broker) => <DateTimeText at={broker.updatedAt} />,
    },
  ];
}

export function BrokersList(access: RegistryListAccess) {
  const { t } = useTranslation();
  const list = useListFilter(brokerListFilter);
  const { filter, update } = list;
  const query = useQuery(brokersQueryOptions(filter));

  return (
    <RegistryList
      kind="broker"
      {...access}
      list={list}
      query={query}
      columns={brokerColumns(t)}
      minWidth={980}
      filters={
        <>
          <EnumSelect
            enumeration="brokerRole"
            label={t('brokers.filters.role')}
            placeholder={t('brokers.filters.anyRole')}
            value={filter.role}
            onChange={(role) => update({ role })}
            clearable
            w={190}
          />
          <EnumSelect
            enumeration="legalStatus"
            label={t('brokers.filters.legalStatus')}
            placeholder={t('brokers.filters.anyLegalStatus')}
            value={filter.legalStatus}
            onChange={(legalStatus) => update({ legalStatus })}
            clearable
            w={170}
          />
          <PlaceFilter
            label={t('brokers.filters.homePlace')}
            value={filter.homePlaceId}
            onChange={(homePlaceId) => update({ homePlaceId })}
            w={280}
          />
        </>
      }
    />
  );
}
