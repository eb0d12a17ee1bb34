import { afterEach, describe, expect, it } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import type { SearchResult } from '@/lib/api-types';
import { mockFetch } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/render-with-app';

import { RESULTS_PAGE_SIZE, SearchResultsPage } from '../search-results-page';

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

const hit = (kind: SearchResult['kind'], i: number, match: SearchResult['match']) =>
  ({
    kind,
    id: `${kind}-${i}`,
    label: `${kind} ${i}`,
    sublabel: null,
    matchedField: 'name',
    matchedText: `${kind} ${i}`,
    score: match === 'exact' ? 1 : 0.8,
    match,
    place: null,
  }) satisfies SearchResult;

describe('SearchResultsPage', () => {
  it('groups the results of ?q= by kind and pages each kind on its own', async () => {
    const brokers = Array.from({ length: 13 }, (_, i) => hit('broker', i, i ? 'similar' : 'exact'));
    const asked: string[] = [];
    mockFetch(({ url }) => {
      if (url.pathname !== '/api/search') return undefined;
      const kinds = url.searchParams.get('kinds');
      const limit = Number(url.searchParams.get('limit'));
      const offset = Number(url.searchParams.get('offset') ?? 0);
      asked.push(`${kinds}:${offset}:${limit}`);
      const all =
        kinds === 'broker' ? brokers : kinds === 'victim' ? [hit('victim', 0, 'similar')] : [];
      return { status: 200, body: all.slice(offset, offset + limit) };
    });
    renderRoutes(
      [{ path: '/search', element: <SearchResultsPage kinds={['victim', 'broker', 'route']} /> }],
      { route: '/search?q=sokha' },
    );
    const brokerGroup = await screen.findByTestId('search-results-broker');
    await waitFor(() =>
      expect(within(brokerGroup).getAllByTestId('search-page-result')).toHaveLength(
        RESULTS_PAGE_SIZE,
      ),
    );
    expect(within(brokerGroup).getAllByTestId('search-match')[0]!.textContent).toBe('Exact match');
    expect(
      within(await screen.findByTestId('search-results-victim')).getAllByTestId(
        'search-page-result',
      ),
    ).toHaveLength(1);
    // Kinds with nothing found are left out; groups keep the header's order (brokers first).
    await waitFor(() => expect(asked).toContain('route:0:11'));
    expect(screen.queryByTestId('search-results-route')).toBeNull();
    const groups = screen.getAllByTestId(/^search-results-/).map((g) => g.dataset.testid);
    expect(groups).toEqual(['search-results-broker', 'search-results-victim']);

    fireEvent.click(within(brokerGroup).getByRole('button', { name: 'Next' }));
    await waitFor(() =>
      expect(within(brokerGroup).getAllByTestId('search-page-result')).toHaveLength(3),
    );
    expect(asked).toContain(`broker:${RESULTS_PAGE_SIZE}:${RESULTS_PAGE_SIZE + 1}`);
    expect(within(brokerGroup).getByText('broker 12')).toBeTruthy();
    expect(within(brokerGroup).getByRole('button', { name: 'Next' }).hasAttribute('disabled')).toBe(
      true,
    );
  });

  it('asks for a longer query below the minimum', () => {
    renderRoutes([{ path: '/search', element: <SearchResultsPage kinds={['broker']} /> }], {
      route: '/search?q=s',
    });
    expect(screen.getByText('Type at least 2 letters.')).toBeTruthy();
  });
});
