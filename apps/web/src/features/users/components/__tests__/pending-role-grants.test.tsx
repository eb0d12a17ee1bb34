import { afterEach, describe, expect, it } from '@jest/globals';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';

import { mockFetch } from '@/testing/mock-fetch';
import { renderWithApp } from '@/testing/render-with-app';

import type { RoleGrant } from '../../api/role-grant-queries';
import { PendingRoleGrants } from '../pending-role-grants';

const realFetch = globalThis.fetch;
afterEach(() => {
  cleanup();
  globalThis.fetch = realFetch;
});

const grant = (n: number, overrides: Partial<RoleGrant> = {}): RoleGrant => ({
  id: `g-${n}`,
  user: {
    id: `u-${n}`,
    email: `person${n}@demo.local`,
    displayName: `Person ${n}`,
    role: 'investigator',
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
  version: n,
  mayDecide: true,
  ...overrides,
});

describe('PendingRoleGrants', () => {
  it('lists grants waiting for a second person and approves one with the version it read', async () => {
    const sent: { path: string; body: unknown }[] = [];
    let pending = [grant(1), grant(2, { mayDecide: false, kind: 'role_change' })];
    mockFetch(({ method, url, body }) => {
      if (method === 'GET' && url.pathname === '/api/role-grants') {
        return { status: 200, body: pending };
      }
      if (method === 'POST' && url.pathname.startsWith('/api/role-grants/')) {
        sent.push({ path: url.pathname, body });
        pending = pending.slice(1);
        return { status: 200, body: { ...grant(1), decision: 'approved', mayDecide: false } };
      }
      return undefined;
    });
    renderWithApp(<PendingRoleGrants />);

    const rows = await screen.findAllByTestId('pending-grant');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByText('New account')).toBeTruthy();
    expect(within(rows[1]!).getByText('Another person decides')).toBeTruthy();
    expect(within(rows[1]!).queryByRole('button', { name: /Approve/ })).toBeNull();

    fireEvent.click(within(rows[0]!).getByRole('button', { name: 'Approve the role of Person 1' }));

    await screen.findByText('Person 1 is now Victim-support officer.');
    expect(sent).toEqual([{ path: '/api/role-grants/g-1/approve', body: { version: 1 } }]);
    await waitFor(() => expect(screen.getAllByTestId('pending-grant')).toHaveLength(1));
  });

  it('declines, and shows nothing while no grant waits', async () => {
    const sent: string[] = [];
    let pending = [grant(3)];
    mockFetch(({ method, url }) => {
      if (method === 'GET') return { status: 200, body: pending };
      sent.push(url.pathname);
      pending = [];
      return { status: 200, body: { ...grant(3), decision: 'declined' } };
    });
    const { container } = renderWithApp(<PendingRoleGrants />);
    fireEvent.click(await screen.findByRole('button', { name: 'Decline the role of Person 3' }));
    await waitFor(() => expect(screen.queryByTestId('pending-grant')).toBeNull());
    expect(sent).toEqual(['/api/role-grants/g-3/decline']);
    expect(container.querySelector('section')).toBeNull();
  });
});
