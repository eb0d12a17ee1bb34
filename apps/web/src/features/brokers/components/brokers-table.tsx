import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import type { Broker } from '@khsae/domain';

import { ScriptText } from '@/components/script-text';
import { SkeletonRows } from '@/components/skeleton-rows';
import { SortableTh } from '@/components/sortable-th';
import { formatDateTime } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { placePath } from '@/lib/place-label';
import { recordPath } from '@/lib/record-paths';

import type { BrokerListFilter, BrokerSort } from '../broker-list-filter';
import { brokerName } from '../broker-names';
import { BrokerRoleBadge, LegalStatusBadge } from './broker-badges';

export type BrokersTableProps = {
  brokers: Broker[] | undefined;
  filter: BrokerListFilter;
  onSort: (sort: BrokerSort) => void;
};

export function BrokersTable({ brokers, filter, onSort }: BrokersTableProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const navigate = useNavigate();

  const th = (sort: BrokerSort, label: string) => (
    <SortableTh
      sorted={filter.sort === sort ? filter.order : null}
      onSort={() => onSort(sort)}
      sortLabel={t('registry.sortBy', { column: label })}
    >
      {label}
    </SortableTh>
  );

  return (
    <Table.ScrollContainer minWidth={980}>
      <Table verticalSpacing="sm" highlightOnHover aria-label={t('brokers.title')}>
        <Table.Thead>
          <Table.Tr>
            {th('refCode', t('brokers.columns.refCode'))}
            {th('nameLatin', t('brokers.columns.name'))}
            {th('nameKm', t('brokers.columns.nameKm'))}
            {th('role', t('brokers.columns.role'))}
            {th('legalStatus', t('brokers.columns.legalStatus'))}
            <Table.Th>{t('brokers.columns.homePlace')}</Table.Th>
            {th('updatedAt', t('brokers.columns.updatedAt'))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {brokers === undefined ? (
            <SkeletonRows columns={7} />
          ) : (
            brokers.map((broker) => {
              const path = recordPath('broker', broker.id) ?? '';
              return (
                <Table.Tr
                  key={broker.id}
                  data-testid="broker-row"
                  onClick={(event) => {
                    if ((event.target as HTMLElement).closest('a')) return;
                    void navigate(path);
                  }}
                  style={{ cursor: 'pointer' }}
                >
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {broker.refCode}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={path} size="sm" fw={600}>
                      {brokerName(broker)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <ScriptText
                      size="sm"
                      fallback={
                        <Text size="sm" c="dimmed">
                          {t('common.none')}
                        </Text>
                      }
                    >
                      {broker.nameKm}
                    </ScriptText>
                  </Table.Td>
                  <Table.Td>
                    <BrokerRoleBadge role={broker.role} />
                  </Table.Td>
                  <Table.Td>
                    <LegalStatusBadge status={broker.legalStatus} />
                  </Table.Td>
                  <Table.Td maw={320}>
                    <ScriptText
                      size="xs"
                      c="dimmed"
                      lineClamp={2}
                      fallback={
                        <Text size="sm" c="dimmed">
                          {t('common.none')}
                        </Text>
                      }
                    >
                      {broker.homePlace ? placePath(broker.homePlace, language) : null}
                    </ScriptText>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {formatDateTime(broker.updatedAt, language)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              );
            })
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
