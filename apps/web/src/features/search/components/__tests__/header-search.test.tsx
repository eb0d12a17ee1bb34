import { afterEach, describe, expect, it } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useLocation } from 'react-router';

import type { SearchResult } from '@/lib/api-types';
import { mockFetch } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/render-with-app';

import { HeaderSearch } from '../header-search';

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

const hit = (
  kind: SearchResult['kind'],
  id: string,
  label: string,
  extra: Partial<SearchResult> = {},
): SearchResult => ({
  kind,
  id,
  label,
  sublabel: null,
  matchedField: 'name',
  matchedText: label,
  score: 0.9,
  match: 'similar',
  place: null,
  ...extra,
});

function Where() {
  const location = useLocation();
  return <p data-testid="where">{`${location.pathname}${location.search}`}</p>;
}

function renderSearch(
  answer: (q: string) => SearchResult[],
  placePath?: (id: string) => string | null,
) {
  const queries: URLSearchParams[] = [];
  mockFetch(({ url }) => {
    if (url.pathname !== '/api/search') return undefined;
    queries.push(url.searchParams);
    return { status: 200, body: answer(url.searchParams.get('q') ?? '') };
  });
  renderRoutes(
    [
      {
        path: '*',
        element: (
          <>
            <HeaderSearch
              kinds={['broker', 'victim', 'compound', 'route', 'place']}
              placePath={placePath}
            />
            <Where />
          </>
        ),
      },
    ],
    { route: '/' },
  );
  return { queries, input: screen.getByRole('combobox', { name: 'Search records' }) };
}

describe('HeaderSearch', () => {
  it('waits for a pause in typing, then searches once with the kinds the user may read', async () => {
    const { queries, input } = renderSearch(() => []);
    fireEvent.change(input, { target: { value: 's' } });
    expect(await screen.findByText('Type at least 2 letters.')).toBeTruthy();
    fireEvent.change(input, { target: { value: 'so' } });
    fireEvent.change(input, { target: { value: 'sok' } });
    await screen.findByText('No matches');
    expect(queries).toHaveLength(1);
    expect(queries[0]?.get('q')).toBe('sok');
    expect(queries[0]?.get('kinds')).toBe('broker,victim,compound,route,place');
  });

  it('groups results by kind with their sublabel and what matched, Khmer input included', async () => {
    const { input } = renderSearch(() => [
      hit('victim', 'v1', 'V-2025-000001'),
      hit('broker', 'b1', 'Sok Sokha', { sublabel: 'B-0041 · សុខ សុខា', matchedText: 'សុខ សុខា' }),
      hit('broker', 'b2', 'Sok Malis', {
        sublabel: 'B-0037',
        matchedField: 'alias',
        matchedText: 'Ma Lis',
      }),
    ]);
    fireEvent.change(input, { target: { value: 'សុខ' } });
    const listbox = await screen.findByRole('listbox', { name: 'Search records' });
    const groups = within(listbox).getAllByRole('group');
    expect(groups.map((g) => within(g).getAllByRole('option').length)).toEqual([2, 1]);
    expect(within(groups[0]!).getByText('Brokers')).toBeTruthy();
    expect(within(groups[1]!).getByText('Victims')).toBeTruthy();
    expect(within(listbox).getByText('B-0041 · សុខ សុខា').getAttribute('lang')).toBe('km');
    expect(within(listbox).getByText('matched alias: Ma Lis')).toBeTruthy();
  });

  it('walks the results with the arrow keys and opens the highlighted record on Enter', async () => {
    const { input } = renderSearch(() => [
      hit('broker', 'b1', 'Sok Sokha'),
      hit('broker', 'b2', 'Sok Malis'),
      hit('victim', 'v1', 'V-2025-000001'),
    ]);
    fireEvent.change(input, { target: { value: 'sok' } });
    const options = await screen.findAllByRole('option');
    expect(options).toHaveLength(3);

    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).toBe(options[2]!.id);
    expect(options[2]!.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(input.getAttribute('aria-activedescendant')).toBe(options[2]!.id);

    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(screen.getByTestId('where').textContent).toBe('/victims/v1'));
    expect((input as HTMLInputElement).value).toBe('');
  });

  it('closes on Escape', async () => {
    const { input } = renderSearch(() => [hit('route', 'r1', 'Poipet route')]);
    fireEvent.change(input, { target: { value: 'poipet' } });
    await screen.findByRole('option');
    fireEvent.keyDown(input, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('option')).toBeNull());
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('shows the exact match first, marked, and the rest as similar', async () => {
    const { input } = renderSearch(() => [
      hit('victim', 'v1', 'V-2023-000107', { match: 'exact', score: 1, matchedField: 'code' }),
      hit('broker', 'b1', 'Sok Sokha', { sublabel: 'B-0107' }),
    ]);
    fireEvent.change(input, { target: { value: 'V-2023-000107' } });
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => within(o).getByTestId('search-match').textContent)).toEqual([
      'Exact match',
      'Similar',
    ]);
    expect(within(options[0]!).getByText('V-2023-000107')).toBeTruthy();
  });

  it('opens the results page on Enter when no result is highlighted', async () => {
    const { input } = renderSearch(() => [hit('broker', 'b1', 'Sok Sokha')]);
    fireEvent.change(input, { target: { value: 'sok ha' } });
    await screen.findAllByRole('option');
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(screen.getByTestId('where').textContent).toBe('/search?q=sok%20ha'));
  });

  it('finds places, named in both scripts with the areas they lie in, and opens them where allowed', async () => {
    const village = hit('place', 'p1', 'Ou Thum', {
      sublabel: 'Phum Ou Thum, Banteay Neang commune, Mongkol Borey, Banteay Meanchey',
      matchedText: 'អូរធំ',
      place: {
        id: 'p1',
        kind: 'village',
        code: '01020304',
        nameLatin: 'Ou Thum',
        nameKm: 'អូរធំ',
        pathLatin: 'Phum Ou Thum, Banteay Neang commune, Mongkol Borey, Banteay Meanchey',
        pathKm: 'ភូមិអូរធំ ឃុំបន្ទាយនាង ស្រុកមង្គលបូរី ខេត្តបន្ទាយមានជ័យ',
        countryCode: 'KH',
      },
    });
    const { input } = renderSearch(
      () => [village],
      (id) => `/graph?seeds=place:${id}`,
    );
    fireEvent.change(input, { target: { value: 'អូរធំ' } });
    const option = await screen.findByRole('option');
    expect(within(option).getByText('Ou Thum · អូរធំ')).toBeTruthy();
    expect(
      within(option).getByText(
        'Phum Ou Thum, Banteay Neang commune, Mongkol Borey, Banteay Meanchey',
      ),
    ).toBeTruthy();
    expect(within(option).queryByTestId('search-matched')).toBeNull();
    fireEvent.click(option);
    await waitFor(() =>
      expect(screen.getByTestId('where').textContent).toBe('/graph?seeds=place:p1'),
    );
  });
});
