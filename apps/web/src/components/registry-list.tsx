import { Alert, Button, Group, Switch } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { nextSort, type SortOrder } from '@/lib/list-filter';
import { listPath, recordPath, REGISTRY_SECTIONS, type RegistryKind } from '@/lib/record-paths';

import { AREA_ICONS, ArchiveIcon, PlusIcon } from './icons';
import { ListEmptyState } from './list-empty-state';
import { PageHeader } from './page-header';
import { RecordTable, type RecordColumn, type TablePage } from './record-table';
import { SearchInput } from './search-input';

/** What the signed-in user may do on a registry list. */
export type RegistryListAccess = {
  canWrite: boolean;
  /** Supervisors (records:restore) may look at archived records. */
  canSeeArchived: boolean;
};

/** A list's URL state (`useListFilter`): what every registry list has, whatever else it filters on. */
export type RegistryListState<S extends string> = {
  filter: { sort: S; order: SortOrder; q: string; archived: boolean };
  // A method, so that a list with more filters than these fits here.
  update(
    this: void,
    patch: {
      page?: number;
      sort?: S;
      order?: SortOrder;
      q?: string;
      archived?: boolean;
    },
  ): void;
  reset: () => void;
  hasActiveFilters: boolean;
};

export type RegistryListProps<R extends { id: string }, S extends string> = RegistryListAccess & {
  kind: RegistryKind;
  list: RegistryListState<S>;
  query: UseQueryResult<TablePage<R>>;
  columns: readonly RecordColumn<R, S>[];
  minWidth: number;
  /** The kind's own filters, between the search and "Show archived". */
  filters: ReactNode;
  searchWidth?: number;
};

/** A registry list page: header, search and filters, the archived view, and the table of records. */
export function RegistryList<R extends { id: string }, S extends string>({
  kind,
  canWrite,
  canSeeArchived,
  list,
  query,
  columns,
  minWidth,
  filters,
  searchWidth,
}: RegistryListProps<R, S>) {
  const { t } = useTranslation();
  const section = REGISTRY_SECTIONS[kind];
  const Icon = AREA_ICONS[section];
  const { filter, update, reset, hasActiveFilters } = list;

  return (
    <>
      <PageHeader
        title={t(`${section}.title`)}
        description={t(`${section}.subtitle`)}
        actions={
          canWrite && (
            <Button
              component={Link}
              to={`${listPath(kind)}/new`}
              leftSection={<PlusIcon size={16} />}
            >
              {t(`${section}.new`)}
            </Button>
          )
        }
      />
      <Group align="flex-end" gap="sm" wrap="wrap" mb="md">
        <SearchInput
          label={t('registry.searchLabel')}
          placeholder={t(`${section}.searchPlaceholder`)}
          value={filter.q}
          onCommit={(q) => update({ q })}
          w={searchWidth}
        />
        {filters}
        {canSeeArchived && (
          <Switch
            label={t('registry.showArchived')}
            checked={filter.archived}
            onChange={(event) => update({ archived: event.currentTarget.checked })}
            mb={8}
          />
        )}
        {hasActiveFilters && (
          <Button variant="subtle" onClick={reset}>
            {t('common.clearFilters')}
          </Button>
        )}
      </Group>
      {filter.archived && (
        <Alert color="gray" variant="light" icon={<ArchiveIcon />} mb="md">
          {t('registry.archivedListHint')}
        </Alert>
      )}
      <RecordTable
        aria-label={t(`${section}.title`)}
        columns={columns}
        query={query}
        sort={filter}
        onSort={(sort) => update(nextSort(filter, sort))}
        onPageChange={(page) => update({ page })}
        rowPath={(record) => recordPath(kind, record.id) ?? ''}
        rowTestId={`${kind}-row`}
        minWidth={minWidth}
        empty={
          <ListEmptyState
            icon={<Icon size={28} />}
            title={t(`${section}.emptyTitle`)}
            description={
              filter.archived && !hasActiveFilters
                ? t(`${section}.emptyArchived`)
                : t(`${section}.emptyDescription`)
            }
            onClearFilters={hasActiveFilters ? reset : undefined}
          />
        }
      />
    </>
  );
}
