import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import { EnumSelect } from '@/components/enum-select';
import { PlaceFilter } from '@/components/place-filter';
import { DateText, DateTimeText, PlacePathText, RecordLink } from '@/components/record-cells';
import type { RecordColumn } from '@/components/record-table';
import { RegistryList, type RegistryListAccess } from '@/components/registry-list';
import { DayInput } from '@/components/day-input';
import type { Victim } from '@/lib/api-types';
import { enumLabel } from '@/lib/enumerations';
import { useListFilter } from '@/lib/use-list-filter';

import { victimsQueryOptions } from '../api/victim-queries';
import { victimListFilter, type VictimSort } from '../victim-list-filter';
import { VictimStatusBadge } from './victim-status-badge';

function victimColumns(t: TFunction): RecordColumn<Victim, VictimSort>[] {
  return [
    {
      key: 'code',
      sort: 'code',
      label: t('victims.columns.code'),
      cell: (victim) => (
        <RecordLink kind="victim" id={victim.id} ff="monospace">
          {victim.code}
        </RecordLink>
      ),
    },
    {
      key: 'status',
      sort: 'status',
      label: t('victims.columns.status'),
      cell: (victim) => <VictimStatusBadge status={victim.status} />,
    },
    {
      key: 'sex',
      label: t('victims.columns.sex'),
      cell: (victim) => <Text size="sm">{enumLabel(t, 'sex', victim.sex)}</Text>,
    },
    {
      key: 'ageBand',
      label: t('victims.columns.ageBand'),
      cell: (victim) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {enumLabel(t, 'ageBand', victim.ageBand)}
        </Text>
      ),
    },
    {
      key: 'homePlace',
      label: t('victims.columns.homePlace'),
      cell: (victim) => <PlacePathText place={victim.homePlace} />,
      maw: 300,
    },
    {
      key: 'recruitedOn',
      sort: 'recruitedOn',
      label: t('victims.columns.recruitedOn'),
      cell: (victim) => <DateText day={victim.recruitedOn} />,
    },
    {
      key: 'exploitationType',
      label: t('victims.columns.exploitationType'),
      cell: (victim) => (
        <Text size="sm">
          {victim.exploitationType
            ? enumLabel(t, 'exploitationType', victim.exploitationType)
            : t('common.none')}
        </Text>
      ),
    },
    {
      key: 'updatedAt',
      sort: 'updatedAt',
      label: t('victims.columns.updatedAt'),
      cell: (victim) => <DateTimeText at={victim.updatedAt} />,
    },
  ];
}

export function VictimsList(access: RegistryListAccess) {
  const { t } = useTranslation();
  const list = useListFilter(victimListFilter);
  const { filter, update } = list;
  const query = useQuery(victimsQueryOptions(filter));
  const any = t('victims.filters.any');

  return (
    <RegistryList
      kind="victim"
      {...access}
      list={list}
      query={query}
      columns={victimColumns(t)}
      minWidth={1000}
      searchWidth={200}
      filters={
        <>
          <EnumSelect
            enumeration="victimStatus"
            label={t('victims.filters.status')}
            placeholder={any}
            value={filter.status}
            onChange={(status) => update({ status })}
            clearable
            w={170}
          />
          <EnumSelect
            enumeration="sex"
            label={t('victims.filters.sex')}
            placeholder={any}
            value={filter.sex}
            onChange={(sex) => update({ sex })}
            clearable
            w={120}
          />
          <EnumSelect
            enumeration="ageBand"
            label={t('victims.filters.ageBand')}
            placeholder={any}
            value={filter.ageBand}
            onChange={(ageBand) => update({ ageBand })}
            clearable
            w={130}
          />
          <EnumSelect
            enumeration="exploitationType"
            label={t('victims.filters.exploitationType')}
            placeholder={any}
            value={filter.exploitationType}
            onChange={(exploitationType) => update({ exploitationType })}
            clearable
            w={230}
          />
          <PlaceFilter
            label={t('victims.filters.homePlace')}
            value={filter.homePlaceId}
            onChange={(homePlaceId) => update({ homePlaceId })}
            w={260}
          />
          <DayInput
            label={t('victims.filters.recruitedFrom')}
            value={filter.recruitedFrom}
            maxDate={filter.recruitedTo || undefined}
            onChange={(day) => update({ recruitedFrom: day })}
            w={160}
          />
          <DayInput
            label={t('victims.filters.recruitedTo')}
            value={filter.recruitedTo}
            minDate={filter.recruitedFrom || undefined}
            onChange={(day) => update({ recruitedTo: day })}
            w={160}
          />
        </>
      }
    />
  );
}
