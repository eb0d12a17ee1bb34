import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';

import { ROLE_PERMISSIONS, type Role } from '@khsae/domain';

import type { CurrentUser } from '@/lib/api-types';
import { mockFetch } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/render-with-app';

import { appRoutes } from '../router';

// The router loads these pages on demand: loaded once here, the waits below measure the app, not the module loader.
// One after another: Jest's ES-module loader fails ("not in cache") when two imports link a shared module at once.
beforeAll(async () => {
  await import('../app-layout');
  await import('../routes/dashboard-route');
  await import('../routes/admin-users-route');
}, 30_000);

const realFetch = globalThis.fetch;
afterEach(() => {
  cleanup();
  globalThis.fetch = realFetch;
});

const userWith = (role: Role, demoMode = false): CurrentUser => ({
  id: `u-${role}`,
  email: `${role}@demo.local`,
  displayName: `Demo ${role}`,
  role,
  permissions: [...ROLE_PERMISSIONS[role]],
  demoMode,
});

const health = {
  status: 'ok',
  database: { status: 'up', mode: 'embedded' },
  version: '0.1.0',
  demoMode: true,
};

describe('app routes', () => {
  it('sends a signed-out user to sign-in and back to where they were going', async () => {
    let session: CurrentUser | null = null;
    mockFetch(({ method, url }) => {
      if (url.pathname === '/api/health') return { status: 200, body: health };
      if (url.pathname === '/api/auth/me') {
        return session
          ? { status: 200, body: session }
          : { status: 401, body: { statusCode: 401, message: 'Sign in' } };
      }
      if (method === 'POST' && url.pathname === '/api/auth/login') {
        session = userWith('supervisor', true);
        return { status: 200, body: session };
      }
      return undefined;
    });
    renderRoutes(appRoutes, { route: '/tips' });

    await screen.findByRole('heading', { name: 'Sign in' });
    expect(await screen.findByText('Demo mode: all data is synthetic')).toBeTruthy();

    fireEvent.change(screen.getByLabelText(/^Email/), {
      target: { value: 'supervisor@demo.local' },
    });
    fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: 'khsae-demo-2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { name: 'Tips is coming soon' })).toBeTruthy();
    expect(screen.getByTestId('demo-banner').textContent).toContain(
      'Demo mode: all data is synthetic',
    );
    expect(screen.getByTestId('current-user-name').textContent).toBe('Demo supervisor');
  });

  it('greets the user by name on the dashboard with a card per area they may open', async () => {
    mockFetch(({ url }) =>
      url.pathname === '/api/auth/me'
        ? { status: 200, body: userWith('victim_support') }
        : undefined,
    );
    renderRoutes(appRoutes, { route: '/' });

    expect((await screen.findByTestId('dashboard-greeting')).textContent).toMatch(
      /^Good (morning|afternoon|evening), Demo victim_support$/,
    );
    expect(screen.getByTestId('area-card-victims')).toBeTruthy();
    expect(screen.getByTestId('area-card-repatriations')).toBeTruthy();
    expect(screen.queryByTestId('area-card-cases')).toBeNull();
    expect(screen.queryByTestId('demo-banner')).toBeNull();
  });

  it('tells a role that may not see an area so, instead of showing it', async () => {
    mockFetch(({ url }) =>
      url.pathname === '/api/auth/me' ? { status: 200, body: userWith('admin') } : undefined,
    );
    renderRoutes(appRoutes, { route: '/victims' });

    expect(
      await screen.findByRole('heading', { name: 'You do not have access to this page' }),
    ).toBeTruthy();
    expect(
      within(screen.getByRole('navigation')).queryByRole('link', { name: 'Victims' }),
    ).toBeNull();
  });

  it('returns to sign-in when the session ends mid-way (a 401 from any request)', async () => {
    let signedIn = true;
    mockFetch(({ url }) => {
      if (url.pathname === '/api/auth/me') {
        return signedIn
          ? { status: 200, body: userWith('admin') }
          : { status: 401, body: { statusCode: 401, message: 'x' } };
      }
      if (url.pathname === '/api/health') return { status: 200, body: health };
      if (url.pathname === '/api/users') {
        signedIn = false;
        return {
          status: 401,
          body: { statusCode: 401, error: 'Unauthorized', message: 'Session expired' },
        };
      }
      return undefined;
    });
    renderRoutes(appRoutes, { route: '/admin/users' });

    await waitFor(() => expect(screen.getByRole('heading', { name: 'Sign in' })).toBeTruthy(), {
      timeout: 3000,
    });
  });

  it('explains a database outage on a 503 instead of failing silently', async () => {
    mockFetch(({ url }) =>
      url.pathname === '/api/auth/me'
        ? {
            status: 503,
            body: { statusCode: 503, error: 'Service Unavailable', message: 'db down' },
          }
        : undefined,
    );
    renderRoutes(appRoutes, { route: '/' });

    expect(
      await screen.findByText(
        'The database is unavailable. Try again shortly.',
        {},
        { timeout: 4000 },
      ),
    ).toBeTruthy();
  });
});
