import { Anchor, Badge, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { Permission, RecruitmentRoute } from '@khsae/domain';

import { DetailHeader } from '@/components/detail-header';
import { FieldList } from '@/components/field-list';
import { QueryBoundary } from '@/components/query-boundary';
import { ArchivedAlert, RecordActions } from '@/components/record-lifecycle';
import { ScriptText } from '@/components/script-text';
import { SectionCard } from '@/components/section-card';
import { enumLabel } from '@/lib/enumerations';
import { formatDate, formatDateTime } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { placeName } from '@/lib/place-label';
import { recordPath } from '@/lib/record-paths';

import { useArchiveRoute, useRestoreRoute } from '../api/route-mutations';
import { routeQueryOptions } from '../api/route-queries';
import { RouteChain } from './route-chain';
import { useRouteRows } from './use-route-rows';

export type RouteDetailProps = {
  id: string;
  canWrite: boolean;
  canRestore: boolean;
  /** The signed-in user's permissions, for actions that depend on them (Show network). */
  permissions: readonly Permission[];
  panels: (route: RecruitmentRoute) => ReactNode;
};

export function RouteDetail({ id, ...rest }: RouteDetailProps) {
  const query = useQuery(routeQueryOptions(id));
  return (
    <QueryBoundary query={query} backTo="/routes">
      {(route) => <RoutePage route={route} {...rest} />}
    </QueryBoundary>
  );
}

function RoutePage({
  route,
  canWrite,
  canRestore,
  permissions,
  panels,
}: Omit<RouteDetailProps, 'id'> & { route: RecruitmentRoute }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const rows = useRouteRows();
  const archive = useArchiveRoute();
  const restore = useRestoreRoute();
  const archived = route.archivedAt !== null;
  const label = `${t('enums.recordKind.route')} ${route.refCode}`;
  const legs = [...route.legs].sort((a, b) => a.position - b.position);

  return (
    <>
      <DetailHeader
        backTo="/routes"
        backLabel={t('routes.title')}
        title={route.name}
        badges={
          <>
            <Badge variant="default" tt="none" ff="monospace">
              {route.refCode}
            </Badge>
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
              kind="route"
              id={route.id}
              name={label}
              archive={archive}
              editTo={`/routes/${route.id}/edit`}
              canWrite={canWrite}
              permissions={permissions}
            />
          )
        }
      />
      {route.archivedAt && (
        <ArchivedAlert
          id={route.id}
          name={label}
          archivedAt={route.archivedAt}
          restore={canRestore ? restore : undefined}
        />
      )}
      <Stack gap="lg">
        <SectionCard title={t('routes.chain.title')}>
          <RouteChain route={route} />
        </SectionCard>
        {legs.length > 0 && (
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
                        <Text size="sm">
                          {formatDate(leg.departedOn, language) ?? t('common.none')}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          {formatDate(leg.arrivedOn, language) ?? t('common.none')}
                        </Text>
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
                          <Text size="sm" c="dimmed">
                            {t('common.none')}
                          </Text>
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
        )}
        <SectionCard title={t('registry.details')}>
          <FieldList
            rows={[
              ...rows(route),
              {
                key: 'createdAt',
                label: t('registry.createdAt'),
                value: formatDateTime(route.createdAt, language),
              },
              {
                key: 'updatedAt',
                label: t('registry.updatedAt'),
                value: formatDateTime(route.updatedAt, language),
              },
            ]}
          />
        </SectionCard>
        {panels(route)}
      </Stack>
    </>
  );
}
