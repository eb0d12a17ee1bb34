import { Alert, Group, Paper, SegmentedControl, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { SEARCH_MIN_LENGTH } from '@khsae/domain';

import { placeSearchQueryOptions } from '@/api/places';
import { describeError } from '@/lib/describe-error';

import { villageFlowsQueryOptions } from '../api/graph-queries';
import { useGraphTranslation } from '../i18n/graph-i18n';
import { countryName, FLOW_COLUMNS, villageFlowToSankey } from '../model/village-flow';

import { FlowTable } from './flow-table';
import { SankeyDiagram } from './sankey-diagram';
import { SearchCombobox } from './search-combobox';

const AREA_KINDS = ['province', 'district', 'commune'] as const;
type AreaKind = (typeof AREA_KINDS)[number];

/** Where a province's, district's or commune's people go: villages → brokers → compounds → countries. */
export function VillageFlows() {
  const { t, language } = useGraphTranslation();
  const { t: tCommon } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const areaId = searchParams.get('area');
  const [kind, setKind] = useState<AreaKind>('province');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const areas = useQuery(placeSearchQueryOptions({ q: debounced.trim(), kind }));
  const flows = useQuery({ ...villageFlowsQueryOptions(areaId ?? ''), enabled: Boolean(areaId) });

  const columnTitles = FLOW_COLUMNS.map((column) => t(`flows.columns.${column}`));
  const sankey = useMemo(
    () =>
      flows.data
        ? villageFlowToSankey(flows.data, {
            unknownBroker: t('flows.unknownBroker'),
            unknownCompound: t('flows.unknownCompound'),
            country: (code) => countryName(code, language),
          })
        : null,
    [flows.data, language, t],
  );
  const tooShort = search.trim().length < SEARCH_MIN_LENGTH;
  const areaLabel = (place: {
    nameLatin: string | null;
    nameKm: string | null;
    pathLatin: string | null;
    pathKm: string | null;
  }) =>
    (language === 'km' ? (place.pathKm ?? place.nameKm) : null) ??
    place.pathLatin ??
    place.nameLatin ??
    '';

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={2} size="h4">
          {t('flows.title')}
        </Title>
        <Text size="sm" c="dimmed" maw={820}>
          {t('flows.hint')}
        </Text>
      </Stack>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="flows-kind-label">
            {t('flows.areaKind')}
          </Text>
          <SegmentedControl
            aria-labelledby="flows-kind-label"
            value={kind}
            onChange={(value) => setKind(value)}
            data={AREA_KINDS.map((k) => ({ value: k, label: t(`categories.${k}`) }))}
          />
        </Stack>
        <SearchCombobox
          w={380}
          label={t('flows.area')}
          placeholder={t('flows.areaPlaceholder', { kind: t(`categories.${kind}`).toLowerCase() })}
          search={search}
          onSearchChange={setSearch}
          loading={areas.isFetching}
          data-testid="flows-area"
          options={(tooShort ? [] : (areas.data?.items ?? [])).map((place) => ({
            value: place.id,
            label:
              language === 'km'
                ? (place.nameKm ?? place.nameLatin ?? '')
                : (place.nameLatin ?? place.nameKm ?? ''),
            description: areaLabel(place),
          }))}
          message={
            tooShort
              ? t('search.typeMore', { min: SEARCH_MIN_LENGTH })
              : areas.isFetching
                ? t('search.searching')
                : t('search.nothingFound')
          }
          onPick={(id) =>
            setSearchParams((params) => {
              const next = new URLSearchParams(params);
              next.set('area', id);
              return next;
            })
          }
        />
      </Group>
      {!areaId && (
        <Text c="dimmed" size="sm">
          {t('flows.pickArea')}
        </Text>
      )}
      {areaId && flows.isPending && <Skeleton height={320} radius="md" />}
      {flows.isError && (
        <Alert color="red" variant="light" role="alert">
          {t('errors.load', { reason: describeError(flows.error, tCommon) })}
        </Alert>
      )}
      {flows.data && sankey && (
        <Paper withBorder p="md">
          <Stack gap="md">
            <Title order={3} size="h5" data-testid="flows-total">
              {t('flows.total', { count: flows.data.totalVictims, area: flows.data.area.label })}
            </Title>
            {flows.data.totalVictims === 0 ? (
              <Text c="dimmed">{t('flows.none', { area: flows.data.area.label })}</Text>
            ) : (
              <>
                <SankeyDiagram
                  nodes={sankey.nodes}
                  links={sankey.links}
                  title={t('flows.diagram', { area: flows.data.area.label })}
                  columnTitles={columnTitles}
                  linkTitle={(from, to, count) => t('flows.flowTitle', { from, to, count })}
                />
                <FlowTable
                  nodes={sankey.nodes}
                  links={sankey.links}
                  total={flows.data.totalVictims}
                  columnTitles={columnTitles}
                  headings={{
                    name: t('flows.name'),
                    victims: t('flows.victims'),
                    share: t('flows.share'),
                  }}
                  title={t('flows.table')}
                  language={language}
                />
              </>
            )}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
