import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { SEARCH_MIN_LENGTH } from '@khsae/domain';

import { searchQueryOptions } from '@/api/search';
import { AsyncPicker, type PickerOption } from '@/components/async-picker';
import type { RecordPickerProps } from '@/components/pickers';
import type { RecordRef, SearchResult } from '@/lib/api-types';
import { enumLabel } from '@/lib/enumerations';

export const RECORD_PICKER_DEBOUNCE_MS = 250;
const RECORD_PICKER_LIMIT = 15;

type RecordOption = PickerOption & { record: RecordRef };

/** Chooses any record of the given kinds through the registry search (names, codes, identifiers). */
export function RecordPicker({
  kinds,
  value,
  onChange,
  excludeIds = [],
  placeholder,
  ...rest
}: RecordPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, RECORD_PICKER_DEBOUNCE_MS);
  const q = debounced.trim();
  const results = useQuery(searchQueryOptions({ q, kinds, limit: RECORD_PICKER_LIMIT }));

  const toOption = (record: RecordRef | SearchResult): RecordOption => ({
    id: record.id,
    label: record.label,
    // Picking the record a link points to: say which one is the very code or number typed.
    description:
      'match' in record && record.match === 'exact'
        ? [t('search.exact'), record.sublabel].filter(Boolean).join(' · ')
        : record.sublabel,
    tag: kinds.length > 1 ? enumLabel(t, 'recordKind', record.kind) : null,
    inputLabel: record.sublabel ? `${record.label} · ${record.sublabel}` : record.label,
    record: { kind: record.kind, id: record.id, label: record.label, sublabel: record.sublabel },
  });

  const tooShort = search.trim().length < SEARCH_MIN_LENGTH;
  const options = tooShort
    ? []
    : (results.data ?? []).filter((r) => !excludeIds.includes(r.id)).map(toOption);

  return (
    <AsyncPicker<RecordOption>
      {...rest}
      placeholder={placeholder ?? t('search.picker.placeholder')}
      value={value ? toOption(value) : null}
      onChange={(option) => onChange(option?.record ?? null)}
      search={search}
      onSearchChange={setSearch}
      options={options}
      loading={results.isFetching}
      clearLabel={t('common.clear')}
      message={
        tooShort
          ? t('search.typeMore', { min: SEARCH_MIN_LENGTH })
          : results.isFetching || search.trim() !== q
            ? t('search.searching')
            : t('search.picker.nothingFound')
      }
    />
  );
}
