import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import { EnumSelect } from '@/components/enum-select';
import { PlaceFilter } from '@/components/place-filter';
import { CodeText, DateText, DateTimeText, NoneText, RecordLink } from '@/components/record-cells';
import type { RecordColumn } from '@/components/record-table';
import { RegistryList, type RegistryListAccess } from '@/components/registry-list';
import { ScriptText } from '@/components/script-text';
import type { RecruitmentRoute } from '@/lib/api-types';
import { currentLanguage, type Language } from '@/lib/i18n';
import { placeName } from '@/lib/place-label';
import { useListFilter } from '@/lib/use-list-filter';

import { routesQueryOptions } from '../api/route-queries';
import { routeListFilter, type RouteSort } from '../route-list-filter';

function routeColumns(
  t: TFunction,
  language: Language,
): RecordColumn<RecruitmentRoute, RouteSort>[] {
  return [
    {
      key: 'refCode',
      sort: 'refCode',
      label: t('routes.columns.refCode'),
      cell: (route) => <CodeText code={route.refCode} />,
    },
    {
      key: 'name',
      sort: 'name',
      label: t('routes.columns.name'),
      cell: (route) => (
        <RecordLink kind="route" id={route.id}>
          {route.name}
        </RecordLink>
      ),
    },
    {
      key: 'origin',
      label: t('routes.columns.origin'),
      cell: (route) => <ScriptText size="sm">{placeName(route.originPlace, language)}</ScriptText>,
    },
    {
      key: 'destination',
      label: t('routes.columns.destination'),
      cell: (route) => (
        <ScriptText size="sm" fallback={<NoneText />}>
          {route.destinationCompound?.name ??
            (route.destinationPlace ? placeName(route.destinationPlace, language) : null)}
        </ScriptText>
      ),
    },
    {
      key: 'legs',
      label: t('routes.columns.legs'),
      cell: (route) => <Text size="sm">{route.legs.length}</Text>,
    },
    {
      key: 'firstSeen',
      sort: 'firstSeen',
      label: t('routes.columns.firstSeen'),
      cell: (route) => <DateText day={route.firstSeen} />,
    },
    {
      key: 'lastSeen',
      sort: 'lastSeen',
      label: t('routes.columns.lastSeen'),
      cell: (route) => <DateText day={route.lastSeen} />,
    },
    {
      key: 'updatedAt',
      sort: 'updatedAt',
      label: t('routes.columns.updatedAt'),
      cell: (route) => <DateTimeText at={route.updatedAt} />,
    },
  ];
}

export function RoutesList(access: RegistryListAccess) {
  const { t, i18n } = useTranslation();
  const list = useListFilter(routeListFilter);
  const { filter, update } = list;
  const query = useQuery(routesQueryOptions(filter));

  return (
    <RegistryList
      kind="route"
      {...access}
      list={list}
      query={query}
      columns={routeColumns(t, currentLanguage(i18n))}
      minWidth={1000}
      filters={
        <>
          <EnumSelect
            enumeration="recruitmentChannel"
            label={t('routes.filters.lureChannel')}
            placeholder={t('routes.filters.any')}
            value={filter.lureChannel}
            onChange={(lureChannel) => update({ lureChannel })}
            clearable
            w={200}
          />
          <PlaceFilter
            label={t('routes.filters.originPlace')}
            value={filter.originPlaceId}
            onChange={(originPlaceId) => update({ originPlaceId })}
            w={280}
          />
        </>
      }
    />
  );
}
