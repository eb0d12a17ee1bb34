import { afterEach, describe, expect, it } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import type { Schema } from '@khsae/api-client';

import type { UserAccount } from '@/lib/api-types';
import { mockFetch } from '@/testing/mock-fetch';
import { renderWithApp } from '@/testing/render-with-app';

import { UsersAdmin } from '../users-admin';

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

const account = (n: number, overrides: Partial<UserAccount> = {}): UserAccount => ({
  id: `u-${n}`,
  email: `person${n}@demo.local`,
  displayName: `Person ${n}`,
  role: 'investigator',
  disabled: false,
  version: 1,
  lastLoginAt: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...overrides,
});

function serveUsers(page: (query: URLSearchParams) => Schema<'UserPageResponseDto'>) {
  const queries: URLSearchParams[] = [];
  mockFetch(({ method, url }) => {
    if (method !== 'GET' || url.pathname !== '/api/users') return undefined;
    queries.push(url.searchParams);
    return { status: 200, body: page(url.searchParams) };
  });
  return queries;
}

describe('UsersAdmin', () => {
  it('lists users and sorts on the server when a column header is clicked', async () => {
    const queries = serveUsers((q) => ({
      items: [account(1), account(2, { disabled: true, role: 'auditor' })],
      page: Number(q.get('page')),
      pageSize: Number(q.get('pageSize')),
      total: 2,
      totalExact: true,
    }));
    renderWithApp(<UsersAdmin />, { path: '/admin/users', route: '/admin/users' });

    const table = await screen.findByRole('table', { name: 'Users' });
    await within(table).findByText('person1@demo.local');
    expect(within(table).getByText('Disabled')).toBeTruthy();
    expect(queries[0]?.get('sort')).toBe('displayName');
    expect(queries[0]?.get('order')).toBe('asc');
    expect(queries[0]?.get('pageSize')).toBe('25');

    fireEvent.click(within(table).getByRole('button', { name: 'Email' }));
    await waitFor(() => expect(queries.at(-1)?.get('sort')).toBe('email'));
    expect(queries.at(-1)?.get('order')).toBe('asc');

    fireEvent.click(within(table).getByRole('button', { name: 'Email' }));
    await waitFor(() => expect(queries.at(-1)?.get('order')).toBe('desc'));
    expect(
      within(table).getByRole('columnheader', { name: 'Email' }).getAttribute('aria-sort'),
    ).toBe('descending');
  });

  it('sends the role and status filters and shows an empty state when nothing matches', async () => {
    const queries = serveUsers(() => ({
      items: [],
      page: 1,
      pageSize: 25,
      total: 0,
      totalExact: true,
    }));
    renderWithApp(<UsersAdmin />, {
      path: '/admin/users',
      route: '/admin/users?role=auditor&disabled=true&q=nobody',
    });

    expect(await screen.findByText('No users found')).toBeTruthy();
    expect(queries[0]?.get('role')).toBe('auditor');
    expect(queries[0]?.get('disabled')).toBe('true');
    expect(queries[0]?.get('q')).toBe('nobody');
    expect(screen.getAllByRole('button', { name: 'Clear filters' }).length).toBeGreaterThan(0);
  });

  it('explains a database outage in one sentence', async () => {
    mockFetch(() => ({
      status: 503,
      body: { statusCode: 503, error: 'Service Unavailable', message: 'connect ECONNREFUSED' },
    }));
    renderWithApp(<UsersAdmin />, { path: '/admin/users', route: '/admin/users' });

    expect(
      await screen.findByText(
        'The database is unavailable. Try again shortly.',
        {},
        { timeout: 8000 },
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/ECONNREFUSED/)).toBeNull();
  }, 15_000);
});
