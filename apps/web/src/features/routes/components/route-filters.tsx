import { Button, Group, Select, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { usePickers } from '@/components/pickers';
import { SearchInput } from '@/components/search-input';
import { enumOptions, isEnumValue } from '@/lib/enumerations';

import type { RouteListFilter } from '../route-list-filter';

export type RouteFiltersProps = {
  filter: RouteListFilter;
  hasActiveFilters: boolean;
  canSeeArchived: boolean;
  onChange: (patch: Partial<RouteListFilter>) => void;
  onReset: () => void;
};

export function RouteFilters({
  filter,
  hasActiveFilters,
  canSeeArchived,
  onChange,
  onReset,
}: RouteFiltersProps) {
  const { t } = useTranslation();
  const { PlacePicker } = usePickers();
  return (
    <Group align="flex-end" gap="sm" wrap="wrap" mb="md">
      <SearchInput
        label={t('registry.searchLabel')}
        placeholder={t('routes.searchPlaceholder')}
        value={filter.q}
        onCommit={(q) => onChange({ q })}
      />
      <Select
        label={t('routes.filters.lureChannel')}
        placeholder={t('routes.filters.any')}
        data={enumOptions(t, 'recruitmentChannel')}
        value={filter.lureChannel}
        onChange={(value) =>
          onChange({ lureChannel: isEnumValue('recruitmentChannel', value) ? value : null })
        }
        clearable
        w={200}
      />
      <PlacePicker
        label={t('routes.filters.originPlace')}
        value={filter.originPlaceId ? { id: filter.originPlaceId } : null}
        onChange={(place) => onChange({ originPlaceId: place?.id ?? null })}
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
