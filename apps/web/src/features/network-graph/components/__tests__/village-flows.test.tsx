import { afterEach, describe, expect, it } from '@jest/globals';
import { fireEvent, screen, within } from '@testing-library/react';

import type { Schema } from '@khsae/api-client';

import type { Place, VillageFlow } from '@/lib/api-types';
import { mockFetch } from '@/testing/mock-fetch';
import { renderWithApp } from '@/testing/render-with-app';

import { VillageFlows } from '../village-flows';

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

const flow: VillageFlow = {
  area: { id: 'p1', label: 'Prey Veng' },
  villages: [
    { id: 'v1', label: 'Krabau Chuor', victims: 3 },
    { id: 'v2', label: 'Veal', victims: 1 },
  ],
  brokers: [{ id: 'b1', label: 'Chan Visal', code: 'B-0001', victims: 3 }],
  destinations: [{ key: 'compound:c1', label: 'Golden Lotus Park', country: 'KH', victims: 3 }],
  flows: [
    { from: 'place:v1', to: 'broker:b1', victims: 3 },
    { from: 'place:v2', to: 'broker:unknown', victims: 1 },
    { from: 'broker:b1', to: 'compound:c1', victims: 3 },
    { from: 'broker:unknown', to: 'compound:unknown', victims: 1 },
    { from: 'compound:c1', to: 'country:KH', victims: 3 },
  ],
  totalVictims: 4,
};

const province = {
  id: 'p1',
  kind: 'province',
  code: '14',
  nameKm: 'ព្រៃវែង',
  nameLatin: 'Prey Veng',
  pathLatin: 'Prey Veng',
  pathKm: 'ខេត្តព្រៃវែង',
  countryCode: 'KH',
} as unknown as Place;

describe('VillageFlows', () => {
  it('should find a province, then draw its flows with the numbers in a table', async () => {
    const asked: URLSearchParams[] = [];
    mockFetch(({ url }) => {
      if (url.pathname === '/api/places') {
        asked.push(url.searchParams);
        const page: Schema<'PlacePageResponseDto'> = {
          items: [province],
          page: 1,
          pageSize: 15,
          total: 1,
          totalExact: true,
        };
        return { status: 200, body: page };
      }
      if (url.pathname === '/api/graph/village-flows' && url.searchParams.get('placeId') === 'p1') {
        return { status: 200, body: flow };
      }
      return undefined;
    });
    renderWithApp(<VillageFlows />, { path: '/graph', route: '/graph?view=flows' });

    expect(screen.getByText('Pick an area to see its flows.')).toBeTruthy();
    fireEvent.change(screen.getByTestId('flows-area'), { target: { value: 'Prey' } });
    fireEvent.click(await screen.findByRole('option', { name: /Prey Veng/ }, { timeout: 2000 }));
    expect(asked[0]?.get('kind')).toBe('province');

    const diagram = await screen.findByRole('img', {
      name: 'Flows of victims from the villages of Prey Veng',
    });
    expect(within(diagram).getAllByText(/Krabau Chuor/).length).toBeGreaterThan(0);
    expect(screen.getByText('4 victims from Prey Veng')).toBeTruthy();

    const villages = screen.getByRole('table', { name: 'Villages' });
    expect(within(villages).getByText('Krabau Chuor')).toBeTruthy();
    expect(within(villages).getByText('75%')).toBeTruthy();
    const brokers = screen.getByRole('table', { name: 'Brokers' });
    expect(within(brokers).getByText('Broker not known')).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Compounds' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Countries' })).toBeTruthy();
  });

  it('should say so in a sentence when the flows cannot be loaded', async () => {
    mockFetch(({ url }) =>
      url.pathname === '/api/graph/village-flows'
        ? { status: 404, body: { statusCode: 404, error: 'Not Found', message: 'no place' } }
        : undefined,
    );
    renderWithApp(<VillageFlows />, { path: '/graph', route: '/graph?view=flows&area=gone' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'The network could not be loaded: This record no longer exists.',
    );
  });
});
