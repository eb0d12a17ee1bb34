import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import type { RecruitmentRoute } from '@khsae/domain';

import { ScriptText } from '@/components/script-text';
import { SkeletonRows } from '@/components/skeleton-rows';
import { SortableTh } from '@/components/sortable-th';
import { formatDate, formatDateTime } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { placeName } from '@/lib/place-label';
import { recordPath } from '@/lib/record-paths';

import type { RouteListFilter, RouteSort } from '../route-list-filter';

export type RoutesTableProps = {
  routes: RecruitmentRoute[] | undefined;
  filter: RouteListFilter;
  onSort: (sort: RouteSort) => void;
};

export function RoutesTable({ routes, filter, onSort }: RoutesTableProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const navigate = useNavigate();

  const th = (sort: RouteSort, label: string) => (
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
      <Table verticalSpacing="sm" highlightOnHover aria-label={t('routes.title')}>
        <Table.Thead>
          <Table.Tr>
            {th('refCode', t('routes.columns.refCode'))}
            {th('name', t('routes.columns.name'))}
            <Table.Th>{t('routes.columns.origin')}</Table.Th>
            <Table.Th>{t('routes.columns.destination')}</Table.Th>
            <Table.Th>{t('routes.columns.legs')}</Table.Th>
            {th('firstSeen', t('routes.columns.firstSeen'))}
            {th('lastSeen', t('routes.columns.lastSeen'))}
            {th('updatedAt', t('routes.columns.updatedAt'))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {routes === undefined ? (
            <SkeletonRows columns={8} />
          ) : (
            routes.map((route) => {
              const path = recordPath('route', route.id) ?? '';
              return (
                <Table.Tr
                  key={route.id}
                  data-testid="route-row"
                  onClick={(event) => {
                    if ((event.target as HTMLElement).closest('a')) return;
                    void navigate(path);
                  }}
                  style={{ cursor: 'pointer' }}
                >
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {route.refCode}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={path} size="sm" fw={600}>
                      {route.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <ScriptText size="sm">{placeName(route.originPlace, language)}</ScriptText>
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
                      {route.destinationCompound?.name ??
                        (route.destinationPlace
                          ? placeName(route.destinationPlace, language)
                          : null)}
                    </ScriptText>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{route.legs.length}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {formatDate(route.firstSeen, language) ?? t('common.none')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {formatDate(route.lastSeen, language) ?? t('common.none')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {formatDateTime(route.updatedAt, language)}
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
