import { afterEach, describe, expect, it } from '@jest/globals';
import { fireEvent, screen } from '@testing-library/react';

import type { SearchResult } from '@/lib/api-types';
import { mockFetch } from '@/testing/mock-fetch';
import { renderWithApp } from '@/testing/render-with-app';

import { RecordPicker } from '../record-picker';

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

const result = (id: string, label: string, match: SearchResult['match']): SearchResult => ({
  kind: 'victim',
  id,
  label,
  sublabel: null,
  matchedField: 'code',
  matchedText: label,
  score: match === 'exact' ? 1 : 0.8,
  match,
  place: null,
});

describe('RecordPicker', () => {
  it('says which option is the very code typed', async () => {
    mockFetch(({ url }) =>
      url.pathname === '/api/search'
        ? {
            status: 200,
            body: [
              result('v1', 'V-2023-000107', 'exact'),
              result('v2', 'V-2023-0001070', 'similar'),
            ],
          }
        : undefined,
    );
    renderWithApp(
      <RecordPicker kinds={['victim']} value={null} onChange={() => {}} label="Victim" />,
    );
    fireEvent.change(screen.getByRole('textbox', { name: 'Victim' }), {
      target: { value: 'V-2023-000107' },
    });
    expect(await screen.findByText('Exact match')).toBeTruthy();
    expect(screen.getAllByText(/Exact match/)).toHaveLength(1);
  });
});
