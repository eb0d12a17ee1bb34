import { describe, expect, it, jest } from '@jest/globals';
import { fireEvent, screen, within } from '@testing-library/react';
import { useLocation } from 'react-router';

import { ApiError } from '@/lib/api';
import { renderRoutes } from '@/testing/render-with-app';

import {
  RecordTable,
  type RecordColumn,
  type RecordTableProps,
  type TablePage,
} from '../record-table';

type Thing = { id: string; code: string; name: string };
type ThingSort = 'code' | 'name';

const columns: RecordColumn<Thing, ThingSort>[] = [
  { key: 'code', sort: 'code', label: 'Code', cell: (thing) => thing.code },
  { key: 'name', label: 'Name', cell: (thing) => <a href={`/x/${thing.id}`}>{thing.name}</a> },
];

const page = (items: Thing[], total = items.length): TablePage<Thing> => ({
  items,
  page: 2,
  pageSize: 25,
  total,
});

function Where() {
  return <output data-testid="where">{useLocation().pathname}</output>;
}

function renderTable(props: Partial<RecordTableProps<Thing, ThingSort>>) {
  const onSort = jest.fn<(sort: ThingSort) => void>();
  const onPageChange = jest.fn<(page: number) => void>();
  renderRoutes([
    {
      path: '*',
      element: (
        <>
          <RecordTable<Thing, ThingSort>
            aria-label="Things"
            columns={columns}
            query={{
              data: undefined,
              error: null,
              isError: false,
              isPlaceholderData: false,
              refetch: () => Promise.resolve({}) as never,
            }}
            onPageChange={onPageChange}
            empty={<p>Nothing here</p>}
            sort={{ sort: 'code', order: 'asc' }}
            onSort={onSort}
            rowPath={(thing) => `/things/${thing.id}`}
            rowTestId="thing-row"
            minWidth={600}
            {...props}
          />
          <Where />
        </>
      ),
    },
  ]);
  return { onSort, onPageChange };
}

describe('RecordTable', () => {
  it('shows a skeleton row per line while the first page loads', () => {
    renderTable({});
    const table = screen.getByRole('table', { name: 'Things' });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 6);
    expect(screen.queryByTestId('thing-row')).toBeNull();
  });

  it('renders each record through the column definitions, sorting by the headers that sort', () => {
    const { onSort } = renderTable({
      query: {
        data: page([
          { id: 'a', code: 'T-1', name: 'Alpha' },
          { id: 'b', code: 'T-2', name: 'Beta' },
        ]),
        error: null,
        isError: false,
        isPlaceholderData: false,
        refetch: () => Promise.resolve({}) as never,
      },
    });
    const rows = screen.getAllByTestId('thing-row');
    expect(rows.map((row) => row.textContent)).toEqual(['T-1Alpha', 'T-2Beta']);

    const code = screen.getByRole('columnheader', { name: 'Code' });
    expect(code.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(within(code).getByRole('button', { name: 'Code' }));
    expect(onSort).toHaveBeenCalledWith('code');
    const name = screen.getByRole('columnheader', { name: 'Name' });
    expect(within(name).queryByRole('button')).toBeNull();
  });

  it('opens a record from anywhere on its row, except its own links', () => {
    renderTable({
      query: {
        data: page([{ id: 'a', code: 'T-1', name: 'Alpha' }]),
        error: null,
        isError: false,
        isPlaceholderData: false,
        refetch: () => Promise.resolve({}) as never,
      },
    });
    fireEvent.click(screen.getByText('Alpha'));
    expect(screen.getByTestId('where').textContent).toBe('/');
    fireEvent.click(screen.getByText('T-1'));
    expect(screen.getByTestId('where').textContent).toBe('/things/a');
  });

  it('shows the empty state instead of a table, and the pages under it', () => {
    renderTable({
      query: {
        data: page([], 30),
        error: null,
        isError: false,
        isPlaceholderData: false,
        refetch: () => Promise.resolve({}) as never,
      },
    });
    expect(screen.getByText('Nothing here')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('Showing 26–30 of 30')).toBeTruthy();
  });

  it('pages through the records', () => {
    const items = [{ id: 'a', code: 'T-1', name: 'Alpha' }];
    const { onPageChange } = renderTable({
      query: {
        data: { items, page: 1, pageSize: 25, total: 60 },
        error: null,
        isError: false,
        isPlaceholderData: true,
        refetch: () => Promise.resolve({}) as never,
      },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Page 2' }));
    expect(onPageChange).toHaveBeenCalledWith(2);
  });

  it('offers to try again when the first page fails', () => {
    const refetch = jest.fn(() => Promise.resolve({}) as never);
    renderTable({
      query: {
        data: undefined,
        error: new ApiError({ statusCode: 503, error: 'Unavailable', message: 'down' }),
        isError: true,
        isPlaceholderData: false,
        refetch,
      },
    });
    expect(screen.queryByRole('table')).toBeNull();
    fireEvent.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Try again' }));
    expect(refetch).toHaveBeenCalledTimes(1);
  });
});
