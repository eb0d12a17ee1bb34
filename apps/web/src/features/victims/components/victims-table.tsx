import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import type { Victim } from '@khsae/domain';

import { ScriptText } from '@/components/script-text';
import { SkeletonRows } from '@/components/skeleton-rows';
import { SortableTh } from '@/components/sortable-th';
import { enumLabel } from '@/lib/enumerations';
import { formatDate, formatDateTime } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { placePath } from '@/lib/place-label';
import { recordPath } from '@/lib/record-paths';

import type { VictimListFilter, VictimSort } from '../victim-list-filter';
import { VictimStatusBadge } from './victim-status-badge';

export type VictimsTableProps = {
  victims: Victim[] | undefined;
  filter: VictimListFilter;
  onSort: (sort: VictimSort) => void;
};

export function VictimsTable({ victims, filter, onSort }: VictimsTableProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const navigate = useNavigate();
  const none = (
    <Text size="sm" c="dimmed">
      {t('common.none')}
    </Text>
  );

  const th = (sort: VictimSort, label: string) => (
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
      <Table verticalSpacing="sm" highlightOnHover aria-label={t('victims.title')}>
        <Table.Thead>
          <Table.Tr>
            {th('code', t('victims.columns.code'))}
            {th('status', t('victims.columns.status'))}
            <Table.Th>{t('victims.columns.sex')}</Table.Th>
            <Table.Th>{t('victims.columns.ageBand')}</Table.Th>
            <Table.Th>{t('victims.columns.homePlace')}</Table.Th>
            {th('recruitedOn', t('victims.columns.recruitedOn'))}
            <Table.Th>{t('victims.columns.exploitationType')}</Table.Th>
            {th('updatedAt', t('victims.columns.updatedAt'))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {victims === undefined ? (
            <SkeletonRows columns={8} />
          ) : (
            victims.map((victim) => {
              const path = recordPath('victim', victim.id) ?? '';
              return (
                <Table.Tr
                  key={victim.id}
                  data-testid="victim-row"
                  onClick={(event) => {
                    if ((event.target as HTMLElement).closest('a')) return;
                    void navigate(path);
                  }}
                  style={{ cursor: 'pointer' }}
                >
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={path}
                      size="sm"
                      fw={600}
                      ff="monospace"
                      style={{ whiteSpace: 'nowrap' }}
                    >
                      {victim.code}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <VictimStatusBadge status={victim.status} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{enumLabel(t, 'sex', victim.sex)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {enumLabel(t, 'ageBand', victim.ageBand)}
                    </Text>
                  </Table.Td>
                  <Table.Td maw={300}>
                    <ScriptText size="xs" c="dimmed" lineClamp={2} fallback={none}>
                      {victim.homePlace ? placePath(victim.homePlace, language) : null}
                    </ScriptText>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {formatDate(victim.recruitedOn, language) ?? t('common.none')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {victim.exploitationType
                        ? enumLabel(t, 'exploitationType', victim.exploitationType)
                        : t('common.none')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {formatDateTime(victim.updatedAt, language)}
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
