import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { RECORD_KINDS, SEARCH_MIN_LENGTH } from '@khsae/domain';

import { searchQueryOptions } from '@/api/search';
import type { SearchResult } from '@/lib/api-types';

import { useGraphTranslation } from '../i18n/graph-i18n';
import { kindLabel } from '../i18n/graph-labels';

import { SearchCombobox } from './search-combobox';

const SEARCH_DEBOUNCE_MS = 250;
const SEARCH_LIMIT = 15;

export type RecordSearchProps = {
  onAdd: (record: SearchResult) => void;
};

/** Finds brokers, victims (by code), compounds, villages and routes to put on the canvas. */
export function RecordSearch({ onAdd }: RecordSearchProps) {
  const { t } = useGraphTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, SEARCH_DEBOUNCE_MS);
  const q = debounced.trim();
  const results = useQuery(searchQueryOptions({ q, kinds: RECORD_KINDS, limit: SEARCH_LIMIT }));
  const tooShort = search.trim().length < SEARCH_MIN_LENGTH;
  const records = tooShort ? [] : (results.data ?? []);

  return (
    <SearchCombobox
      label={t('search.label')}
      placeholder={t('search.placeholder')}
      search={search}
      onSearchChange={setSearch}
      loading={results.isFetching}
      data-testid="graph-search"
      options={records.map((r) => ({
        value: `${r.kind}:${r.id}`,
        label: r.label,
        description: r.sublabel,
        tag: kindLabel(t, r.kind),
      }))}
      message={
        tooShort
          ? t('search.typeMore', { min: SEARCH_MIN_LENGTH })
          : results.isFetching || search.trim() !== q
            ? t('search.searching')
            : t('search.nothingFound')
      }
      onPick={(value) => {
        const record = records.find((r) => `${r.kind}:${r.id}` === value);
        if (record) onAdd(record);
      }}
    />
  );
}
