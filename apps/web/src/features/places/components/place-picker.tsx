import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { SEARCH_MIN_LENGTH } from '@khsae/domain';

import { placeQueryOptions, placeSearchQueryOptions } from '@/api/places';
import { AsyncPicker, type PickerOption } from '@/components/async-picker';
import type { PlacePickerProps } from '@/components/pickers';
import type { PlaceSummary } from '@/lib/api-types';
import { enumLabel } from '@/lib/enumerations';
import { currentLanguage, type Language } from '@/lib/i18n';
import { placeName, placePath } from '@/lib/place-label';

export const PICKER_DEBOUNCE_MS = 250;

type PlaceOption = PickerOption & { place: PlaceSummary };

function isSummary(value: PlacePickerProps['value']): value is PlaceSummary {
  return value !== null && 'pathLatin' in value;
}

/**
 * Chooses a place by typing a few letters in Khmer or Latin script. Each option shows its parents
 * ("Phum Ou Thum, Banteay Neang commune, Mongkol Borey, Banteay Meanchey"; in Khmer when the UI is).
 */
export function PlacePicker({ value, onChange, kind, placeholder, ...rest }: PlacePickerProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, PICKER_DEBOUNCE_MS);
  const q = debounced.trim();
  const results = useQuery(placeSearchQueryOptions({ q, kind: kind ?? null }));
  // A value given only by id (from a URL filter) is looked up to show its name.
  const lookup = useQuery({
    ...placeQueryOptions(value?.id ?? ''),
    enabled: value !== null && !isSummary(value),
  });

  const current = isSummary(value) ? value : (lookup.data ?? null);
  const tooShort = search.trim().length < SEARCH_MIN_LENGTH;
  const options = tooShort ? [] : (results.data?.items ?? []).map((p) => toOption(p, language, t));

  return (
    <AsyncPicker<PlaceOption>
      {...rest}
      placeholder={placeholder ?? t('places.picker.placeholder')}
      value={current ? toOption(current, language, t) : null}
      onChange={(option) => onChange(option?.place ?? null)}
      search={search}
      onSearchChange={setSearch}
      options={options}
      loading={results.isFetching}
      clearLabel={t('places.picker.clear')}
      message={
        tooShort
          ? t('places.picker.typeMore', { min: SEARCH_MIN_LENGTH })
          : results.isFetching || search.trim() !== q
            ? t('places.picker.loading')
            : t('places.picker.nothingFound')
      }
    />
  );
}

function toOption(
  place: PlaceSummary,
  language: Language,
  t: Parameters<typeof enumLabel>[0],
): PlaceOption {
  const path = placePath(place, language);
  return {
    id: place.id,
    label: placeName(place, language),
    description: path,
    tag: enumLabel(t, 'placeKind', place.kind),
    inputLabel: path,
    place,
  };
}
