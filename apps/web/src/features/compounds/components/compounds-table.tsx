import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import type { Compound } from '@khsae/domain';

import { ScriptText } from '@/components/script-text';
import { SkeletonRows } from '@/components/skeleton-rows';
import { SortableTh } from '@/components/sortable-th';
import { countryName } from '@/lib/countries';
import { enumLabel } from '@/lib/enumerations';
import { formatDateTime } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { placePath } from '@/lib/place-label';
import { recordPath } from '@/lib/record-paths';

import type { CompoundListFilter, CompoundSort } from '../compound-list-filter';
import { CompoundStatusBadge } from './compound-status-badge';

export type CompoundsTableProps = {
  compounds: Compound[] | undefined;
  filter: CompoundListFilter;
  onSort: (sort: CompoundSort) => void;
};

export function CompoundsTable({ compounds, filter, onSort }: CompoundsTableProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const navigate = useNavigate();

  const th = (sort: CompoundSort, label: string) => (
    <SortableTh
      sorted={filter.sort === sort ? filter.order : null}
      onSort={() => onSort(sort)}
      sortLabel={t('registry.sortBy', { column: label })}
    >
      {label}
    </SortableTh>
  );

  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table verticalSpacing="sm" highlightOnHover aria-label={t('compounds.title')}>
        <Table.Thead>
          <Table.Tr>
            {th('refCode', t('compounds.columns.refCode'))}
            {th('name', t('compounds.columns.name'))}
            {th('status', t('compounds.columns.status'))}
            {th('countryCode', t('compounds.columns.countryCode'))}
            <Table.Th>{t('compounds.columns.place')}</Table.Th>
            <Table.Th>{t('compounds.columns.scamTypes')}</Table.Th>
            {th('updatedAt', t('compounds.columns.updatedAt'))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {compounds === undefined ? (
            <SkeletonRows columns={7} />
          ) : (
            compounds.map((compound) => {
              const path = recordPath('compound', compound.id) ?? '';
              return (
                <Table.Tr
                  key={compound.id}
                  data-testid="compound-row"
                  onClick={(event) => {
                    if ((event.target as HTMLElement).closest('a')) return;
                    void navigate(path);
                  }}
                  style={{ cursor: 'pointer' }}
                >
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {compound.refCode}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={path} size="sm" fw={600}>
                      <ScriptText component="span" size="sm" fw={600}>
                        {compound.name}
                      </ScriptText>
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <CompoundStatusBadge status={compound.status} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{countryName(compound.countryCode, language)}</Text>
                  </Table.Td>
                  <Table.Td maw={260}>
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
                      {compound.place ? placePath(compound.place, language) : null}
                    </ScriptText>
                  </Table.Td>
                  <Table.Td maw={260}>
                    <Text size="xs" lineClamp={2}>
                      {compound.scamTypes.map((s) => enumLabel(t, 'scamType', s)).join(', ') ||
                        t('common.none')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {formatDateTime(compound.updatedAt, language)}
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
