import { Paper, Table } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import type { SortOrder } from '@/lib/list-filter';

import { ErrorAlert } from './error-alert';
import { PageFooter } from './page-footer';
import { SkeletonRows } from './skeleton-rows';
import { SortableTh } from './sortable-th';

export type RecordColumn<R, S extends string = never> = {
  key: string;
  label: string;
  /** The server-side sort its header asks for; a column without one does not sort. */
  sort?: S;
  /** The sort button's title, when "Sort by <label>" does not say what a click does. */
  sortLabel?: string;
  cell: (record: R) => ReactNode;
  /** The widest the column grows (long place names wrap). */
  maw?: number;
};

/** What the table shows of a page of records (any of the API's list answers fits). */
export type TablePage<R> = {
  items: readonly R[];
  page: number;
  pageSize: number;
  total: number;
  /** False when the total is the server's estimate. */
  totalExact?: boolean;
};

export type RecordTableProps<R extends { id: string }, S extends string> = {
  'aria-label': string;
  columns: readonly RecordColumn<R, S>[];
  /** The page being shown: rows, its loading and error states, and its paging. */
  query: Pick<
    UseQueryResult<TablePage<R>>,
    'data' | 'error' | 'isError' | 'isPlaceholderData' | 'refetch'
  >;
  onPageChange: (page: number) => void;
  /** Shown instead of the table when the page has no records. */
  empty: ReactNode;
  sort?: { sort: S; order: SortOrder };
  onSort?: (sort: S) => void;
  /** The record's page: a click anywhere on its row opens it. */
  rowPath?: (record: R) => string;
  /** What a click on a row does when the record has no page of its own (e.g. open a drawer). */
  onOpen?: (record: R) => void;
  rowTestId?: string;
  minWidth: number;
};

/**
 * A server-paginated table over column definitions: sortable headers, skeleton rows while the first
 * page loads, the previous page dimmed while the next one does, an empty state, and the pages.
 */
export function RecordTable<R extends { id: string }, S extends string>({
  'aria-label': ariaLabel,
  columns,
  query,
  onPageChange,
  empty,
  sort,
  onSort,
  rowPath,
  onOpen,
  rowTestId,
  minWidth,
}: RecordTableProps<R, S>) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const page = query.data;
  const retry = () => void query.refetch();
  const open = rowPath ? (record: R) => void navigate(rowPath(record)) : onOpen;

  if (query.isError && !page) return <ErrorAlert error={query.error} onRetry={retry} />;
  return (
    <>
      <Paper withBorder radius="md" p="xs" style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}>
        {page?.items.length === 0 ? (
          empty
        ) : (
          <Table.ScrollContainer minWidth={minWidth}>
            <Table verticalSpacing="sm" highlightOnHover aria-label={ariaLabel}>
              <Table.Thead>
                <Table.Tr>
                  {columns.map(({ key, label, sort: by, sortLabel }) =>
                    by === undefined ? (
                      <Table.Th key={key}>{label}</Table.Th>
                    ) : (
                      <SortableTh
                        key={key}
                        sorted={sort?.sort === by ? sort.order : null}
                        onSort={() => onSort?.(by)}
                        sortLabel={sortLabel ?? t('registry.sortBy', { column: label })}
                      >
                        {label}
                      </SortableTh>
                    ),
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page === undefined ? (
                  <SkeletonRows columns={columns.length} />
                ) : (
                  page.items.map((record) => (
                    <Table.Tr
                      key={record.id}
                      data-testid={rowTestId}
                      onClick={
                        open &&
                        ((event) => {
                          if ((event.target as HTMLElement).closest('a')) return;
                          open(record);
                        })
                      }
                      style={open && { cursor: 'pointer' }}
                    >
                      {columns.map(({ key, cell, maw }) => (
                        <Table.Td key={key} maw={maw}>
                          {cell(record)}
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))
                )}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      {query.isError && page && <ErrorAlert error={query.error} onRetry={retry} />}
      {page && page.total > 0 && (
        <PageFooter
          page={page.page}
          pageSize={page.pageSize}
          total={page.total}
          totalExact={page.totalExact}
          onPageChange={onPageChange}
        />
      )}
    </>
  );
}
