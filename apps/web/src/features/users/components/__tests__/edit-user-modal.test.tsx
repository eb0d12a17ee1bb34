import { afterEach, describe, expect, it } from '@jest/globals';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';

import type { UserAccount } from '@/lib/api-types';
import { mockFetch } from '@/testing/mock-fetch';
import { renderWithApp } from '@/testing/render-with-app';

import { EditUserModal } from '../edit-user-modal';

const realFetch = globalThis.fetch;
afterEach(() => {
  cleanup();
  globalThis.fetch = realFetch;
});

const dara: UserAccount = {
  id: 'u-dara',
  email: 'investigator@demo.local',
  displayName: 'Dara Investigator',
  role: 'investigator',
  disabled: false,
  version: 3,
  lastLoginAt: null,
  createdAt: '2026-01-05T08:00:00.000Z',
  updatedAt: '2026-01-05T08:00:00.000Z',
};

const changedElsewhere: UserAccount = {
  ...dara,
  displayName: 'Dara Renamed Elsewhere',
  role: 'supervisor',
  version: 4,
  updatedAt: '2026-02-01T09:30:00.000Z',
};

describe('EditUserModal', () => {
  it('sends only the changed fields with the version it edited', async () => {
    const sent: unknown[] = [];
    mockFetch(({ method, url, body }) => {
      if (method !== 'PATCH' || url.pathname !== '/api/users/u-dara') return undefined;
      sent.push(body);
      return { status: 200, body: { ...dara, displayName: 'Dara I.', version: 4 } };
    });
    renderWithApp(<EditUserModal user={dara} onClose={() => undefined} />);

    fireEvent.change(screen.getByLabelText(/^Display name/), { target: { value: 'Dara I.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    await screen.findByText('Changes to Dara I. saved.');
    expect(sent).toEqual([{ version: 3, displayName: 'Dara I.' }]);
  });

  it('shows the conflict with the current values instead of overwriting, then retries from them', async () => {
    const sent: Record<string, unknown>[] = [];
    mockFetch(({ method, body }) => {
      if (method !== 'PATCH') return undefined;
      sent.push(body as Record<string, unknown>);
      if (sent.length === 1) {
        return {
          status: 409,
          body: {
            statusCode: 409,
            error: 'Conflict',
            message: 'The user was changed.',
            current: changedElsewhere,
          },
        };
      }
      return { status: 200, body: { ...changedElsewhere, displayName: 'Dara Final', version: 5 } };
    });
    renderWithApp(<EditUserModal user={dara} onClose={() => undefined} />);

    fireEvent.change(screen.getByLabelText(/^Display name/), { target: { value: 'Dara Mine' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    const title = await screen.findByText('Someone else changed this user');
    const alert = title.closest('[role="alert"]') as HTMLElement;
    expect(within(alert).getByText('Dara Renamed Elsewhere')).toBeTruthy();
    expect(within(alert).getByText('Supervisor')).toBeTruthy();
    // Saving again with the stale version is not possible until the user reloads.
    expect(screen.getByRole('button', { name: 'Save changes' }).hasAttribute('disabled')).toBe(
      true,
    );

    fireEvent.click(within(alert).getByRole('button', { name: 'Reload and retry' }));

    expect((screen.getByLabelText(/^Display name/) as HTMLInputElement).value).toBe(
      'Dara Renamed Elsewhere',
    );
    expect(screen.queryByText('Someone else changed this user')).toBeNull();

    fireEvent.change(screen.getByLabelText(/^Display name/), { target: { value: 'Dara Final' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    await screen.findByText('Changes to Dara Final saved.');
    expect(sent[1]).toEqual({ version: 4, displayName: 'Dara Final' });
  });

  it('sets no password, and says that a role reading identities waits for a second person', async () => {
    const sent: unknown[] = [];
    mockFetch(({ method, body }) => {
      if (method !== 'PATCH') return undefined;
      sent.push(body);
      // The server keeps the old role while the grant waits.
      return { status: 200, body: { ...dara, version: 4 } };
    });
    renderWithApp(<EditUserModal user={dara} onClose={() => undefined} />);

    expect(screen.queryByLabelText(/password/i)).toBeNull();
    expect(screen.queryByText(/takes effect only when another admin/)).toBeNull();
    fireEvent.click(screen.getByRole('combobox', { name: /^Role/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Supervisor' }));
    expect(screen.getByText(/The Supervisor role lets the account read victim/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    await screen.findByText('Changes to Dara Investigator saved.');
    expect(sent).toEqual([{ version: 3, role: 'supervisor' }]);
  });
});
