import { Button, Group, Select, Switch, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { usePickers } from '@/components/pickers';
import { SearchInput } from '@/components/search-input';
import { enumOptions, isEnumValue } from '@/lib/enumerations';

import type { VictimListFilter } from '../victim-list-filter';

export type VictimFiltersProps = {
  filter: VictimListFilter;
  hasActiveFilters: boolean;
  canSeeArchived: boolean;
  onChange: (patch: Partial<VictimListFilter>) => void;
  onReset: () => void;
};

export function VictimFilters({
  filter,
  hasActiveFilters,
  canSeeArchived,
  onChange,
  onReset,
}: VictimFiltersProps) {
  const { t } = useTranslation();
  const { PlacePicker } = usePickers();
  const any = t('victims.filters.any');
  return (
    <Group align="flex-end" gap="sm" wrap="wrap" mb="md">
      <SearchInput
        label={t('registry.searchLabel')}
        placeholder={t('victims.searchPlaceholder')}
        value={filter.q}
        onCommit={(q) => onChange({ q })}
        w={200}
      />
      <Select
        label={t('victims.filters.status')}
        placeholder={any}
        data={enumOptions(t, 'victimStatus')}
        value={filter.status}
        onChange={(value) =>
          onChange({ status: isEnumValue('victimStatus', value) ? value : null })
        }
        clearable
        w={170}
      />
      <Select
        label={t('victims.filters.sex')}
        placeholder={any}
        data={enumOptions(t, 'sex')}
        value={filter.sex}
        onChange={(value) => onChange({ sex: isEnumValue('sex', value) ? value : null })}
        clearable
        w={120}
      />
      <Select
        label={t('victims.filters.ageBand')}
        placeholder={any}
        data={enumOptions(t, 'ageBand')}
        value={filter.ageBand}
        onChange={(value) => onChange({ ageBand: isEnumValue('ageBand', value) ? value : null })}
        clearable
        w={130}
      />
      <Select
        label={t('victims.filters.exploitationType')}
        placeholder={any}
        data={enumOptions(t, 'exploitationType')}
        value={filter.exploitationType}
        onChange={(value) =>
          onChange({ exploitationType: isEnumValue('exploitationType', value) ? value : null })
        }
        clearable
        w={230}
      />
      <PlacePicker
        label={t('victims.filters.homePlace')}
        value={filter.homePlaceId ? { id: filter.homePlaceId } : null}
        onChange={(place) => onChange({ homePlaceId: place?.id ?? null })}
        w={260}
      />
      <TextInput
        label={t('victims.filters.recruitedFrom')}
        type="date"
        value={filter.recruitedFrom}
        max={filter.recruitedTo || undefined}
        onChange={(event) => onChange({ recruitedFrom: event.currentTarget.value })}
        w={150}
      />
      <TextInput
        label={t('victims.filters.recruitedTo')}
        type="date"
        value={filter.recruitedTo}
        min={filter.recruitedFrom || undefined}
        onChange={(event) => onChange({ recruitedTo: event.currentTarget.value })}
        w={150}
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
