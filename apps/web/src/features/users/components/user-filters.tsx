import { Button, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { isRole, ROLES } from '@khsae/domain';

import { SearchIcon } from '@/components/icons';

import type { UserListFilter } from '../user-list-filter';

export type UserFiltersProps = {
  filter: UserListFilter;
  hasActiveFilters: boolean;
  onChange: (patch: Partial<UserListFilter>) => void;
  onReset: () => void;
};

export function UserFilters({ filter, hasActiveFilters, onChange, onReset }: UserFiltersProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(filter.q);
  const commitSearch = useDebouncedCallback((q: string) => onChange({ q }), 300);

  // Follow the URL when it changes from outside (back button, "clear filters").
  const [syncedQ, setSyncedQ] = useState(filter.q);
  if (syncedQ !== filter.q) {
    setSyncedQ(filter.q);
    setSearch(filter.q);
  }

  return (
    <Group align="flex-end" gap="sm" wrap="wrap" mb="md">
      <TextInput
        label={t('users.search')}
        placeholder={t('users.searchPlaceholder')}
        leftSection={<SearchIcon size={16} />}
        type="search"
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          commitSearch(event.currentTarget.value);
        }}
        w={280}
      />
      <Select
        label={t('users.roleFilter')}
        placeholder={t('users.allRoles')}
        data={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        value={filter.role}
        onChange={(value) => onChange({ role: isRole(value) ? value : null })}
        clearable
        w={220}
      />
      <Select
        label={t('users.statusFilter')}
        placeholder={t('users.allStatuses')}
        data={[
          { value: 'false', label: t('users.active') },
          { value: 'true', label: t('users.disabled') },
        ]}
        value={filter.disabled === null ? null : String(filter.disabled)}
        onChange={(value) => onChange({ disabled: value === null ? null : value === 'true' })}
        clearable
        w={180}
      />
      {hasActiveFilters && (
        <Button
          variant="subtle"
          onClick={() => {
            commitSearch.cancel();
            onReset();
          }}
        >
          {t('common.clearFilters')}
        </Button>
      )}
    </Group>
  );
}
