import { afterEach, describe, expect, it } from '@jest/globals';
import { cleanup, fireEvent, screen } from '@testing-library/react';

import { mockFetch } from '@/testing/mock-fetch';
import { renderWithApp } from '@/testing/render-with-app';

import { CreateUserModal } from '../create-user-modal';

const realFetch = globalThis.fetch;
afterEach(() => {
  cleanup();
  globalThis.fetch = realFetch;
});

describe('CreateUserModal', () => {
  it('creates an account with no password and shows its one-time code once', async () => {
    const sent: unknown[] = [];
    mockFetch(({ method, url, body }) => {
      if (method !== 'POST' || url.pathname !== '/api/users') return undefined;
      sent.push(body);
      return {
        status: 201,
        body: {
          id: 'u-new',
          email: 'new@police.example',
          displayName: 'New Officer',
          role: 'investigator',
          disabled: false,
          version: 1,
          lastLoginAt: null,
          createdAt: '2026-01-05T08:00:00.000Z',
          updatedAt: '2026-01-05T08:00:00.000Z',
          resetCode: { code: 'AB12-CD34-EF56', expiresAt: '2026-01-06T08:00:00.000Z' },
          pendingGrantId: null,
        },
      };
    });
    renderWithApp(<CreateUserModal opened onClose={() => undefined} />);

    expect(screen.queryByLabelText(/password/i)).toBeNull();
    fireEvent.change(screen.getByLabelText(/^Email/), { target: { value: 'new@police.example' } });
    fireEvent.change(screen.getByLabelText(/^Display name/), {
      target: { value: 'New Officer' },
    });
    fireEvent.click(screen.getByRole('combobox', { name: /^Role/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Investigator' }));
    fireEvent.click(screen.getByRole('button', { name: 'Create user' }));

    expect((await screen.findByTestId('reset-code')).textContent).toBe('AB12-CD34-EF56');
    expect(sent).toEqual([
      { email: 'new@police.example', displayName: 'New Officer', role: 'investigator' },
    ]);
    expect(screen.queryByText(/waits for a second person/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
  });
});
