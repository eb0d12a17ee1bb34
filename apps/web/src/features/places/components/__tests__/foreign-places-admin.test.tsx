import { afterEach, describe, expect, it } from '@jest/globals';
import { cleanup, fireEvent, screen } from '@testing-library/react';

import { mockFetch } from '@/testing/mock-fetch';
import { renderWithApp } from '@/testing/render-with-app';

import { ForeignPlacesAdmin } from '../foreign-places-admin';

const realFetch = globalThis.fetch;
afterEach(() => {
  cleanup();
  globalThis.fetch = realFetch;
});

const BANGKOK = {
  id: '7d3b3b5e-8c1e-4c56-9b1a-1d2e3f4a5b6c',
  kind: 'city',
  code: 'DEMO-BANGKOK',
  nameKm: 'បាងកក',
  nameLatin: 'Bangkok',
  pathLatin: 'Bangkok, Thailand',
  pathKm: 'បាងកក',
  countryCode: 'TH',
  parentId: null,
  nameAlt: null,
  lat: null,
  lng: null,
  version: 1,
  createdAt: '2026-12-01T08:00:00.000Z',
  updatedAt: '2026-12-01T08:00:00.000Z',
  archivedAt: null,
};

describe('ForeignPlacesAdmin', () => {
  it('lists the places of a kind and adds one of that kind', async () => {
    const listed: string[] = [];
    const created: unknown[] = [];
    mockFetch(({ method, url, body }) => {
      if (method === 'GET' && url.pathname === '/api/places') {
        listed.push(url.searchParams.get('kind') ?? '');
        const items = url.searchParams.get('kind') === 'city' ? [BANGKOK] : [];
        return {
          status: 200,
          body: { items, total: items.length, totalExact: true, page: 1, pageSize: 25 },
        };
      }
      if (method === 'POST' && url.pathname === '/api/places') {
        created.push(body);
        return { status: 201, body: { ...BANGKOK, id: 'a'.repeat(8) + BANGKOK.id.slice(8) } };
      }
      return undefined;
    });
    renderWithApp(<ForeignPlacesAdmin canRestore={false} />);

    expect(await screen.findByText('Bangkok')).toBeTruthy();
    expect(screen.getByText('Thailand')).toBeTruthy();
    fireEvent.click(screen.getByText('Airports'));
    expect(await screen.findByText('No places of this kind yet.')).toBeTruthy();
    expect(listed).toContain('airport');

    fireEvent.click(screen.getByRole('button', { name: 'Add a place' }));
    fireEvent.change(await screen.findByLabelText(/^Name \(Latin script\)/), {
      target: { value: 'Siem Reap–Angkor International Airport' },
    });
    fireEvent.change(screen.getByLabelText(/^Code/), { target: { value: 'SAI' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    // The country is required before anything is sent.
    expect(await screen.findByText('Choose the country.')).toBeTruthy();
    expect(created).toEqual([]);
  });
});
