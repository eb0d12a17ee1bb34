import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { SEARCH_MIN_LENGTH } from '@khsae/domain';

import { AsyncPicker, type PickerOption } from '@/components/async-picker';
import type { BrokerPickerProps, BrokerRef } from '@/components/pickers';
import type { Broker } from '@/lib/api-types';
import { enumLabel } from '@/lib/enumerations';
import { currentLanguage } from '@/lib/i18n';
import { placeName } from '@/lib/place-label';

import { brokerPickerQueryOptions } from '../api/broker-queries';
import { brokerName } from '../broker-names';

type BrokerOption = PickerOption & { broker: BrokerRef };

/** Chooses the broker who facilitated a route leg, by name (either script), alias or code. */
export function BrokerPicker({ value, onChange, placeholder, ...rest }: BrokerPickerProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const q = debounced.trim();
  const results = useQuery(brokerPickerQueryOptions(q));

  const fromBroker = (broker: Broker): BrokerOption => {
    const ref = { id: broker.id, refCode: broker.refCode, label: brokerName(broker) };
    return {
      id: broker.id,
      label: ref.label,
      description: [
        broker.refCode,
        broker.nameLatin && broker.nameKm ? broker.nameKm : null,
        enumLabel(t, 'brokerRole', broker.role),
        broker.homePlace ? placeName(broker.homePlace, language) : null,
      ]
        .filter(Boolean)
        .join(' · '),
      inputLabel: `${ref.label} (${ref.refCode})`,
      broker: ref,
    };
  };
  const tooShort = search.trim().length < SEARCH_MIN_LENGTH;
  const options = tooShort ? [] : (results.data?.items ?? []).map(fromBroker);
  const current: BrokerOption | null = value
    ? {
        id: value.id,
        label: value.label,
        inputLabel: `${value.label} (${value.refCode})`,
        broker: value,
      }
    : null;

  return (
    <AsyncPicker<BrokerOption>
      {...rest}
      placeholder={placeholder ?? t('brokers.picker.placeholder')}
      value={current}
      onChange={(option) => onChange(option?.broker ?? null)}
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
            : t('brokers.picker.nothingFound')
      }
    />
  );
}
