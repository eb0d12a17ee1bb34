import { Button, Group, Select, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { CountrySelect } from '@/components/country-select';
import { SearchInput } from '@/components/search-input';
import { enumOptions, isEnumValue } from '@/lib/enumerations';

import type { CompoundListFilter } from '../compound-list-filter';

export type CompoundFiltersProps = {
  filter: CompoundListFilter;
  hasActiveFilters: boolean;
  canSeeArchived: boolean;
  onChange: (patch: Partial<CompoundListFilter>) => void;
  onReset: () => void;
};

export function CompoundFilters({
  filter,
  hasActiveFilters,
  canSeeArchived,
  onChange,
  onReset,
}: CompoundFiltersProps) {
  const { t } = useTranslation();
  const any = t('compounds.filters.any');
  return (
    <Group align="flex-end" gap="sm" wrap="wrap" mb="md">
      <SearchInput
        label={t('registry.searchLabel')}
        placeholder={t('compounds.searchPlaceholder')}
        value={filter.q}
        onCommit={(q) => onChange({ q })}
      />
      <Select
        label={t('compounds.filters.status')}
        placeholder={any}
        data={enumOptions(t, 'compoundStatus')}
        value={filter.status}
        onChange={(value) =>
          onChange({ status: isEnumValue('compoundStatus', value) ? value : null })
        }
        clearable
        w={160}
      />
      <CountrySelect
        label={t('compounds.filters.countryCode')}
        placeholder={any}
        value={filter.countryCode}
        onChange={(countryCode) => onChange({ countryCode })}
        w={200}
      />
      <Select
        label={t('compounds.filters.scamType')}
        placeholder={any}
        data={enumOptions(t, 'scamType')}
        value={filter.scamType}
        onChange={(value) => onChange({ scamType: isEnumValue('scamType', value) ? value : null })}
        clearable
        w={260}
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
