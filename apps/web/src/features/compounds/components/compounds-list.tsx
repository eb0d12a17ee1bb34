import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import { CountrySelect } from '@/components/country-select';
import { EnumSelect } from '@/components/enum-select';
import { CodeText, DateTimeText, PlacePathText, RecordLink } from '@/components/record-cells';
import type { RecordColumn } from '@/components/record-table';
import { RegistryList, type RegistryListAccess } from '@/components/registry-list';
import { ScriptText } from '@/components/script-text';
import type { Compound } from '@/lib/api-types';
import { countryName } from '@/lib/countries';
import { enumLabel } from '@/lib/enumerations';
import type { Language } from '@/lib/i18n';
import { currentLanguage } from '@/lib/i18n';
import { useListFilter } from '@/lib/use-list-filter';

import { compoundsQueryOptions } from '../api/compound-queries';
import { compoundListFilter, type CompoundSort } from '../compound-list-filter';
import { CompoundStatusBadge } from './compound-status-badge';

function compoundColumns(t: TFunction, language: Language): RecordColumn<Compound, CompoundSort>[] {
  return [
    {
      key: 'refCode',
      sort: 'refCode',
      label: t('compounds.columns.refCode'),
      cell: (compound) => <CodeText code={compound.refCode} />,
    },
    {
      key: 'name',
      sort: 'name',
      label: t('compounds.columns.name'),
      cell: (compound) => (
        <RecordLink kind="compound" id={compound.id}>
          <ScriptText component="span" size="sm" fw={600}>
            {compound.name}
          </ScriptText>
        </RecordLink>
      ),
    },
    {
      key: 'status',
      sort: 'status',
      label: t('compounds.columns.status'),
      cell: (compound) => <CompoundStatusBadge status={compound.status} />,
    },
    {
      key: 'countryCode',
      sort: 'countryCode',
      label: t('compounds.columns.countryCode'),
      cell: (compound) => <Text size="sm">{countryName(compound.countryCode, language)}</Text>,
    },
    {
      key: 'place',
      label: t('compounds.columns.place'),
      cell: (compound) => <PlacePathText place={compound.place} />,
      maw: 260,
    },
    {
      key: 'scamTypes',
      label: t('compounds.columns.scamTypes'),
      cell: (compound) => (
        <Text size="xs" lineClamp={2}>
          {compound.scamTypes.map((s) => enumLabel(t, 'scamType', s)).join(', ') ||
            t('common.none')}
        </Text>
      ),
      maw: 260,
    },
    {
      key: 'updatedAt',
      sort: 'updatedAt',
      label: t('compounds.columns.updatedAt'),
      cell: (compound) => <DateTimeText at={compound.updatedAt} />,
    },
  ];
}

export function CompoundsList(access: RegistryListAccess) {
  const { t, i18n } = useTranslation();
  const list = useListFilter(compoundListFilter);
  const { filter, update } = list;
  const query = useQuery(compoundsQueryOptions(filter));
  const any = t('compounds.filters.any');

  return (
    <RegistryList
      kind="compound"
      {...access}
      list={list}
      query={query}
      columns={compoundColumns(t, currentLanguage(i18n))}
      minWidth={1000}
      filters={
        <>
          <EnumSelect
            enumeration="compoundStatus"
            label={t('compounds.filters.status')}
            placeholder={any}
            value={filter.status}
            onChange={(status) => update({ status })}
            clearable
            w={160}
          />
          <CountrySelect
            label={t('compounds.filters.countryCode')}
            placeholder={any}
            value={filter.countryCode}
            onChange={(countryCode) => update({ countryCode })}
            w={200}
          />
          <EnumSelect
            enumeration="scamType"
            label={t('compounds.filters.scamType')}
            placeholder={any}
            value={filter.scamType}
            onChange={(scamType) => update({ scamType })}
            clearable
            w={260}
          />
        </>
      }
    />
  );
}
