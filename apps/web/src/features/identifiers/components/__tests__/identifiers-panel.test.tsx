import { afterEach, describe, expect, it } from '@jest/globals';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';

import { mockFetch } from '@/testing/mock-fetch';
import { renderWithApp } from '@/testing/render-with-app';

import { IdentifiersPanel } from '../identifiers-panel';

const realFetch = globalThis.fetch;
afterEach(() => {
  cleanup();
  globalThis.fetch = realFetch;
});

function serve(refusal?: { field: string; problems: string[] }) {
  const posts: unknown[] = [];
  mockFetch(({ method, url, body }) => {
    if (url.pathname === '/api/identifiers/shared') return { status: 200, body: [] };
    if (url.pathname === '/api/identifiers' && method === 'POST') {
      posts.push(body);
      return {
        status: 400,
        body: {
          statusCode: 400,
          error: 'Bad Request',
          message: refusal ? `${refusal.field}: ${refusal.problems.join(', ')}` : 'invalid',
          fields: refusal ? [refusal] : [],
        },
      };
    }
    return undefined;
  });
  return posts;
}

async function openForm() {
  renderWithApp(<IdentifiersPanel holder={{ kind: 'broker', id: 'b-1' }} canWrite />);
  fireEvent.click(await screen.findByRole('button', { name: 'Add identifier' }));
  return screen.getByRole('form');
}

describe('IdentifiersPanel: adding an identifier', () => {
  it('shows a bad phone number once, in the client’s words, and sends nothing', async () => {
    const posts = serve({ field: 'value', problems: ['value is not a possible phone number'] });
    const form = await openForm();
    fireEvent.change(within(form).getByLabelText('Value'), { target: { value: '12' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add identifier' }));

    expect(await within(form).findByText('Not a valid Phone number yet.')).toBeTruthy();
    expect(within(form).getAllByText(/Not a valid|not a possible/i)).toHaveLength(1);
    expect(within(form).getByLabelText('Value').getAttribute('aria-invalid')).toBe('true');
    expect(posts).toHaveLength(0);
  });

  it('shows the server’s refusal of a value once, in the user’s language', async () => {
    // The client's check passes; the server still refuses (its rules have the last word).
    serve({
      field: 'value',
      problems: ['value must be at most 200 characters', 'value must be text'],
    });
    renderWithApp(<IdentifiersPanel holder={{ kind: 'broker', id: 'b-1' }} canWrite />, {
      language: 'km',
    });
    const add = await screen.findAllByRole('button');
    fireEvent.click(add[0]!);
    const form = screen.getByRole('form');
    const input = within(form).getByRole('textbox');
    fireEvent.change(input, { target: { value: '+855 12 345 678' } });
    fireEvent.submit(form);

    expect(await within(form).findByText('ប្រើមិនលើសពី ២០០ តួអក្សរ។')).toBeTruthy();
    expect(within(form).queryByText(/must be/)).toBeNull();
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('previews the number as it will be stored, in the identifiers’ notation', async () => {
    serve();
    const form = await openForm();
    fireEvent.change(within(form).getByLabelText('Value'), { target: { value: '012 345 678' } });
    expect(within(form).getByText('Will be stored as +855 12 345 678')).toBeTruthy();
  });
});
