import { afterEach, describe, expect, it } from '@jest/globals';
import { cleanup, fireEvent, screen } from '@testing-library/react';

import type { UserAccount } from '@/lib/api-types';
import { mockFetch } from '@/testing/mock-fetch';
import { renderWithApp } from '@/testing/render-with-app';

import { ResetPasswordModal } from '../reset-password-modal';

const realFetch = globalThis.fetch;
afterEach(() => {
  cleanup();
  globalThis.fetch = realFetch;
});

const sophea: UserAccount = {
  id: 'u-sup',
  email: 'supervisor@demo.local',
  displayName: 'Sophea Supervisor',
  role: 'supervisor',
  disabled: false,
  version: 7,
  lastLoginAt: null,
  createdAt: '2026-01-05T08:00:00.000Z',
  updatedAt: '2026-01-05T08:00:00.000Z',
};

describe('ResetPasswordModal', () => {
  it('asks first, then shows the one-time code once, with a copy button and the pending approval', async () => {
    const sent: unknown[] = [];
    mockFetch(({ method, url, body }) => {
      if (method !== 'POST' || url.pathname !== '/api/users/u-sup/reset-code') return undefined;
      sent.push(body);
      return {
        status: 201,
        body: {
          ...sophea,
          disabled: true,
          version: 8,
          resetCode: { code: 'K7QM-2XHD-9RWT', expiresAt: '2026-01-06T08:00:00.000Z' },
          pendingGrantId: 'g-1',
        },
      };
    });
    renderWithApp(<ResetPasswordModal user={sophea} onClose={() => undefined} />);

    expect(screen.getByText(/The current password stops working at once/)).toBeTruthy();
    expect(screen.getByText(/also disabled until a second person approves/)).toBeTruthy();
    expect(screen.queryByTestId('reset-code')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Reset password' }));

    expect((await screen.findByTestId('reset-code')).textContent).toBe('K7QM-2XHD-9RWT');
    expect(sent).toEqual([{ version: 7 }]);
    expect(screen.getByRole('button', { name: 'Copy' })).toBeTruthy();
    expect(screen.getByText(/This code is shown only now/)).toBeTruthy();
    expect(screen.getByText(/The Supervisor role waits for a second person/)).toBeTruthy();
    expect(
      screen.getByText(/enter supervisor@demo.local, the code and a new password/),
    ).toBeTruthy();
  });

  it('shows a failed reset in place and no code', async () => {
    mockFetch(() => ({
      status: 409,
      body: { statusCode: 409, error: 'Conflict', message: 'changed', current: sophea },
    }));
    renderWithApp(<ResetPasswordModal user={sophea} onClose={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Reset password' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.queryByTestId('reset-code')).toBeNull();
  });
});
