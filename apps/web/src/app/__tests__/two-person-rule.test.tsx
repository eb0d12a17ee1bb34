import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';

import { ROLE_PERMISSIONS, type Role } from '@khsae/domain';

import type { CurrentUser } from '@/lib/api-types';
import { mockFetch } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/render-with-app';

import { appRoutes } from '../router';

// One after another: Jest's ES-module loader fails ("not in cache") when two imports link a shared module at once.
beforeAll(async () => {
  await import('../app-layout');
  await import('../routes/dashboard-route');
  await import('@/features/auth/components/redeem-code-form');
}, 30_000);

const realFetch = globalThis.fetch;
afterEach(() => {
  cleanup();
  globalThis.fetch = realFetch;
});

const userWith = (role: Role): CurrentUser => ({
  id: `u-${role}`,
  email: `${role}@demo.local`,
  displayName: `Demo ${role}`,
  role,
  permissions: [...ROLE_PERMISSIONS[role]],
  demoMode: true,
});

const signedOut = {
  status: 401,
  body: { statusCode: 401, error: 'Unauthorized', message: 'Sign in' },
};

describe('the sign-in page and the dashboard in the two-person rule', () => {
  it('redeems a reset code on the sign-in page, then asks the user to sign in with the new password', async () => {
    const sent: unknown[] = [];
    mockFetch(({ method, url, body }) => {
      if (url.pathname === '/api/auth/me') return signedOut;
      if (method === 'POST' && url.pathname === '/api/auth/reset-code') {
        sent.push(body);
        return { status: 204 };
      }
      return undefined;
    });
    renderRoutes(appRoutes, { route: '/sign-in' });

    fireEvent.click(await screen.findByRole('button', { name: 'I have a reset code' }));
    expect(await screen.findByRole('heading', { name: 'Set your password' })).toBeTruthy();
    fireEvent.change(await screen.findByLabelText(/^Email/), {
      target: { value: 'me@police.example' },
    });
    fireEvent.change(screen.getByLabelText(/^Reset code/), { target: { value: 'AB12-CD34-EF56' } });
    fireEvent.change(screen.getByLabelText(/^New password/), {
      target: { value: 'my-own-long-password' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Set password' }));

    expect(await screen.findByText('Your password is set. Sign in with it now.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeTruthy();
    expect(sent).toEqual([
      { email: 'me@police.example', code: 'AB12-CD34-EF56', newPassword: 'my-own-long-password' },
    ]);
  });

  it('shows a supervisor the roles awaiting approval on the dashboard, and not an investigator', async () => {
    const grant = {
      id: 'g-1',
      user: {
        id: 'u-rotha',
        email: 'rotha.support@demo.local',
        displayName: 'Rotha Support',
        role: 'victim_support',
        disabled: true,
      },
      role: 'victim_support',
      kind: 'create',
      requestedBy: { id: 'u-admin', email: 'admin@demo.local', displayName: 'Demo Admin' },
      requestedAt: '2026-01-05T08:00:00.000Z',
      decidedBy: null,
      decidedAt: null,
      decision: null,
      reason: null,
      version: 1,
      mayDecide: true,
    };
    let me = userWith('supervisor');
    mockFetch(({ url }) => {
      if (url.pathname === '/api/auth/me') return { status: 200, body: me };
      if (url.pathname === '/api/role-grants') return { status: 200, body: [grant] };
      return undefined;
    });
    const { unmount } = renderRoutes(appRoutes, { route: '/' });
    expect(await screen.findByRole('heading', { name: 'Roles awaiting approval' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Approve the role of Rotha Support' })).toBeTruthy();
    unmount();

    me = userWith('investigator');
    renderRoutes(appRoutes, { route: '/' });
    await screen.findByTestId('dashboard-greeting');
    await waitFor(() => expect(screen.queryByText('Roles awaiting approval')).toBeNull());
  });
});
