import { afterEach, describe, expect, it } from '@jest/globals';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';

import { mockFetch } from '@/testing/mock-fetch';
import { renderWithApp } from '@/testing/render-with-app';

import { GazetteerAdmin } from '../gazetteer-admin';

const realFetch = globalThis.fetch;
afterEach(() => {
  cleanup();
  globalThis.fetch = realFetch;
});

const CSV =
  'code,level,parent_code,name_km,name_latin,name_ungegn,unit_en,unit_km,unit_latin,lat,long,iso3166_2\n01,province,,បន្ទាយមានជ័យ,Banteay Meanchey,,Province,ខេត្ត,Khaet,13.8,102.9,KH-1\n';
const SHA = 'a'.repeat(64);
const STATUS = {
  current: {
    fileName: 'cambodia_admin_flat.csv.gz',
    fileDate: '2026-11-30T10:00:00.000Z',
    sha256: 'b'.repeat(64),
    units: 16465,
    added: 16465,
    renamed: 0,
    removed: 0,
    importedBy: null,
    importedAt: '2026-12-01T08:00:00.000Z',
  },
  counts: { province: 25, district: 210, commune: 1652, village: 14578 },
};
const EMPTY_PAGE = { items: [], total: 0, totalExact: true, page: 1, pageSize: 25 };
const set = (count: number, samples: unknown[] = []) => ({ count, samples });

describe('GazetteerAdmin', () => {
  it('shows the version and counts, previews a newer file and applies it with the previewed hash', async () => {
    const applied: unknown[] = [];
    const previewed: unknown[] = [];
    mockFetch(({ method, url, body }) => {
      if (method === 'GET' && url.pathname === '/api/gazetteer')
        return { status: 200, body: STATUS };
      if (method === 'GET' && url.pathname === '/api/places')
        return { status: 200, body: EMPTY_PAGE };
      if (method === 'POST' && url.pathname === '/api/gazetteer/preview') {
        previewed.push(body);
        return {
          status: 200,
          body: {
            fileName: 'newer.csv',
            sha256: SHA,
            current: false,
            counts: { province: 1, district: 0, commune: 0, village: 0 },
            added: set(0),
            renamed: set(1, [
              {
                code: '01',
                kind: 'province',
                before: { nameLatin: 'Banteay Meanchey', nameKm: 'បន្ទាយមានជ័យ' },
                after: { nameLatin: 'Banteay Mean Chey', nameKm: 'បន្ទាយមានជ័យ' },
              },
            ]),
            removed: set(1234),
          },
        };
      }
      if (method === 'POST' && url.pathname === '/api/gazetteer/apply') {
        applied.push(body);
        return { status: 200, body: STATUS };
      }
      return undefined;
    });
    renderWithApp(<GazetteerAdmin />);

    expect((await screen.findByTestId('gazetteer-count-village')).textContent).toBe('14,578');
    expect(screen.getByText('cambodia_admin_flat.csv.gz')).toBeTruthy();
    expect(screen.getByText('b'.repeat(64))).toBeTruthy();

    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    const file = new File([CSV], 'newer.csv', {
      type: 'text/csv',
      lastModified: Date.parse('2026-11-30T10:00:00.000Z'),
    });
    fireEvent.change(input, { target: { files: [file] } });
    fireEvent.click(screen.getByRole('button', { name: 'Preview changes' }));

    const preview = await screen.findByTestId('gazetteer-preview');
    expect(within(screen.getByTestId('gazetteer-removed')).getByText('1,234')).toBeTruthy();
    expect(within(preview).getByText('Banteay Mean Chey · បន្ទាយមានជ័យ')).toBeTruthy();
    const sent = { fileName: 'newer.csv', content: CSV, fileDate: '2026-11-30T10:00:00.000Z' };
    expect(previewed).toEqual([sent]);
    expect(applied).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Apply this import' }));
    await waitFor(() => expect(applied).toEqual([{ ...sent, sha256: SHA }]));
    await waitFor(() => expect(screen.queryByTestId('gazetteer-preview')).toBeNull());
  });
});
