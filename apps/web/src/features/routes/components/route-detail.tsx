import { Anchor, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { NoneText } from '@/components/record-cells';
import { RecordDetailPage, type RecordDetailProps } from '@/components/record-detail';
import { ScriptText } from '@/components/script-text';
import { SectionCard } from '@/components/section-card';
import type { RecruitmentRoute } from '@/lib/api-types';
import { enumLabel } from '@/lib/enumerations';
import { formatDate } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { placeName } from '@/lib/place-label';
import { recordPath } from '@/lib/record-paths';

import { useArchiveRoute, useRestoreRoute } from '../api/route-mutations';
import { routeQueryOptions } from '../api/route-queries';
import { RouteChain } from './route-chain';
import { useRouteRows } from './use-route-rows';

export function RouteDetail({ id, ...rest }: RecordDetailProps<RecruitmentRoute>) {
  const { t } = useTranslation();
  const query = useQuery(routeQueryOptions(id));
  const rows = useRouteRows();
  return (
    <RecordDetailPage
      kind="route"
      query={query}
      archive={useArchiveRoute()}
      restore={useRestoreRoute()}
      {...rest}
      view={(route) => ({
        title: route.name,
        code: route.refCode,
        rows: rows(route),
        before: (
          <>
            <SectionCard title={t('routes.chain.title')}>
              <RouteChain route={route} />
            </SectionCard>
            {route.legs.length > 0 && <LegsTable route={route} />}
          </>
        ),
      })}
    />
  );
}

function LegsTable({ route }: { route: RecruitmentRoute }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const legs = [...route.legs].sort((a, b) => a.position - b.position);
  return (
    <SectionCard title={t('routes.legs.title')}>
      <Table.ScrollContainer minWidth={900}>
        <Table verticalSpacing="xs" aria-label={t('routes.legs.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>#</Table.Th>
              <Table.Th>{t('routes.legs.from')}</Table.Th>
              <Table.Th>{t('routes.legs.to')}</Table.Th>
              <Table.Th>{t('routes.legs.mode')}</Table.Th>
              <Table.Th>{t('routes.legs.departedOn')}</Table.Th>
              <Table.Th>{t('routes.legs.arrivedOn')}</Table.Th>
              <Table.Th>{t('routes.legs.broker')}</Table.Th>
              <Table.Th>{t('routes.legs.notes')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {legs.map((leg, index) => (
              <Table.Tr key={leg.id} data-testid="route-leg-row">
                <Table.Td>{index + 1}</Table.Td>
                <Table.Td>
                  <ScriptText size="sm">{placeName(leg.fromPlace, language)}</ScriptText>
                </Table.Td>
                <Table.Td>
                  <ScriptText size="sm">{placeName(leg.toPlace, language)}</ScriptText>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{enumLabel(t, 'travelMode', leg.mode)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDate(leg.departedOn, language) ?? t('common.none')}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDate(leg.arrivedOn, language) ?? t('common.none')}</Text>
                </Table.Td>
                <Table.Td>
                  {leg.broker ? (
                    <Anchor
                      component={Link}
                      to={recordPath('broker', leg.broker.id) ?? ''}
                      size="sm"
                    >
                      {leg.broker.label} ({leg.broker.refCode})
                    </Anchor>
                  ) : (
                    <NoneText />
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{leg.notes ?? t('common.none')}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </SectionCard>
  );
}
