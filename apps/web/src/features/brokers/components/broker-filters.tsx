import { Button, Group, Select, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { usePickers } from '@/components/pickers';
import { SearchInput } from '@/components/search-input';
import { enumOptions, isEnumValue } from '@/lib/enumerations';

import type { BrokerListFilter } from '../broker-list-filter';

export type BrokerFiltersProps = {
  filter: BrokerListFilter;
  hasActiveFilters: boolean;
  canSeeArchived: boolean;
  onChange: (patch: Partial<BrokerListFilter>) => void;
  onReset: () => void;
};

export function BrokerFilters({
  filter,
  hasActiveFilters,
  canSeeArchived,
  onChange,
  onReset,
}: BrokerFiltersProps) {
  const { t } = useTranslation();
  const { PlacePicker } = usePickers();
  return (
    <Group align="flex-end" gap="sm" wrap="wrap" mb="md">
      <SearchInput
        label={t('registry.searchLabel')}
        placeholder={t('brokers.searchPlaceholder')}
        value={filter.q}
        onCommit={(q) => onChange({ q })}
      />
      <Select
        label={t('brokers.filters.role')}
        placeholder={t('brokers.filters.anyRole')}
        data={enumOptions(t, 'brokerRole')}
        value={filter.role}
        onChange={(value) => onChange({ role: isEnumValue('brokerRole', value) ? value : null })}
        clearable
        w={190}
      />
      <Select
        label={t('brokers.filters.legalStatus')}
        placeholder={t('brokers.filters.anyLegalStatus')}
        data={enumOptions(t, 'legalStatus')}
        value={filter.legalStatus}
        onChange={(value) =>
          onChange({ legalStatus: isEnumValue('legalStatus', value) ? value : null })
        }
        clearable
        w={170}
      />
      <PlacePicker
        label={t('brokers.filters.homePlace')}
        value={filter.homePlaceId ? { id: filter.homePlaceId } : null}
        onChange={(place) => onChange({ homePlaceId: place?.id ?? null })}
        w={280}
      />
      {canSeeArchived && (
        <Switch
          label={t('registry.showArchived')}
          checked={filter.archived}
          onChange={(event) => onChange({ archived: event.currentTarget.checked })}
          mb={8}
        />
      )}
      {hasActiveFilters && (
        <Button variant="subtle" onClick={onReset}>
          {t('common.clearFilters')}
        </Button>
      )}
    </Group>
  );
}
