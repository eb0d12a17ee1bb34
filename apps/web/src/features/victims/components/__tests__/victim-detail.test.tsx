import { afterEach, describe, expect, it } from '@jest/globals';
import { fireEvent, screen } from '@testing-library/react';

import { ROLE_PERMISSIONS, type Permission } from '@khsae/domain';

import { mockFetch } from '@/testing/mock-fetch';
import { emptyPage, identity, victim } from '@/testing/registry-fixtures';
import { renderWithApp } from '@/testing/render-with-app';

import { victimKeys } from '../../api/victim-keys';
import { VictimDetail } from '../victim-detail';

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

function serve(body = victim) {
  const identityReads: string[] = [];
  mockFetch(({ method, url }) => {
    if (url.pathname === '/api/victims/v-1') return { status: 200, body };
    if (url.pathname === '/api/victims/v-1/identity' && method === 'GET') {
      identityReads.push(url.pathname);
      return { status: 200, body: identity };
    }
    if (url.pathname === '/api/links') return { status: 200, body: emptyPage };
    return undefined;
  });
  return identityReads;
}

function renderDetail(
  canWriteIdentity = false,
  permissions: readonly Permission[] = ROLE_PERMISSIONS.supervisor,
) {
  return renderWithApp(
    <VictimDetail
      id="v-1"
      canWrite
      canRestore={false}
      canWriteIdentity={canWriteIdentity}
      permissions={permissions}
      panels={() => null}
    />,
  );
}

describe('VictimDetail', () => {
  it('never reads the identity until "Show identity" is clicked, and keeps nothing after', async () => {
    const reads = serve();
    const { queryClient } = renderDetail();

    await screen.findByRole('heading', { name: 'V-2026-000001' });
    const show = screen.getByRole('button', { name: 'Show identity (this read is recorded)' });
    expect(
      screen.getByText(/writes your name, the time and this record to the audit trail/),
    ).toBeTruthy();
    expect(reads).toHaveLength(0);
    expect(screen.queryByText('Chan Thida')).toBeNull();

    fireEvent.click(show);
    expect(await screen.findByText('Chan Thida')).toBeTruthy();
    expect(screen.getByText('ចាន់ ធីតា').getAttribute('lang')).toBe('km');
    expect(reads).toHaveLength(1);
    const query = queryClient.getQueryCache().find({ queryKey: victimKeys.identity('v-1') });
    expect(query?.options.gcTime).toBe(0);
    expect((query?.options as { staleTime?: number } | undefined)?.staleTime).toBe(0);

    fireEvent.click(screen.getByRole('button', { name: 'Hide identity' }));
    expect(screen.queryByText('Chan Thida')).toBeNull();
    // The identity itself is dropped from the cache (an empty, disabled entry may remain).
    expect(
      queryClient.getQueryCache().find({ queryKey: victimKeys.identity('v-1') })?.state.data,
    ).toBeUndefined();
    // Showing it again is a new, recorded read.
    fireEvent.click(screen.getByRole('button', { name: 'Show identity (this read is recorded)' }));
    await screen.findByText('Chan Thida');
    expect(reads).toHaveLength(2);
  });

  it('shows no identity panel at all to a role that may not read it', async () => {
    const reads = serve({ ...victim, canReadIdentity: false });
    renderDetail();
    await screen.findByRole('heading', { name: 'V-2026-000001' });
    expect(screen.queryByTestId('identity-panel')).toBeNull();
    expect(screen.queryByRole('button', { name: /Show identity/ })).toBeNull();
    expect(reads).toHaveLength(0);
  });

  it('offers the identity form only to roles that may write it', async () => {
    serve();
    renderDetail(false);
    fireEvent.click(await screen.findByRole('button', { name: /Show identity/ }));
    await screen.findByText('Chan Thida');
    expect(screen.queryByRole('button', { name: 'Edit identity' })).toBeNull();
  });

  it('saves the identity with the version it read', async () => {
    const sent: unknown[] = [];
    mockFetch(({ method, url, body }) => {
      if (url.pathname === '/api/victims/v-1') return { status: 200, body: victim };
      if (url.pathname === '/api/victims/v-1/identity' && method === 'GET')
        return { status: 200, body: identity };
      if (url.pathname === '/api/victims/v-1/identity' && method === 'PUT') {
        sent.push(body);
        return { status: 200, body: { ...identity, fullNameLatin: 'Chan Thida K.', version: 3 } };
      }
      return undefined;
    });
    renderDetail(true);
    fireEvent.click(await screen.findByRole('button', { name: /Show identity/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Edit identity' }));
    fireEvent.change(screen.getByLabelText('Full name in Latin script'), {
      target: { value: 'Chan Thida K.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save identity' }));
    expect(await screen.findByText('Chan Thida K.')).toBeTruthy();
    expect(sent).toEqual([
      {
        version: 2,
        fullNameKm: 'ចាន់ ធីតា',
        fullNameLatin: 'Chan Thida K.',
        dateOfBirth: '2003-04-02',
        phone: '+85512345678',
        contactNotes: null,
        idNumbers: [],
      },
    ]);
  });

  it('shows the identity phone in the notation identifiers use', async () => {
    serve();
    renderDetail();
    fireEvent.click(await screen.findByRole('button', { name: /Show identity/ }));
    expect(await screen.findByText('+855 12 345 678')).toBeTruthy();
    expect(screen.queryByText('+85512345678')).toBeNull();
  });

  it('refuses an impossible phone once, in the user’s words, without asking the server', async () => {
    const sent: unknown[] = [];
    mockFetch(({ method, url, body }) => {
      if (url.pathname === '/api/victims/v-1') return { status: 200, body: victim };
      if (url.pathname === '/api/victims/v-1/identity' && method === 'GET')
        return { status: 200, body: identity };
      if (url.pathname === '/api/victims/v-1/identity' && method === 'PUT') {
        sent.push(body);
        return {
          status: 400,
          body: {
            statusCode: 400,
            error: 'Bad Request',
            message: 'phone: is not a possible phone number',
            fields: [{ field: 'phone', problems: ['is not a possible phone number'] }],
          },
        };
      }
      return undefined;
    });
    renderDetail(true);
    fireEvent.click(await screen.findByRole('button', { name: /Show identity/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Edit identity' }));
    const phone = screen.getByLabelText('Phone');
    expect((phone as HTMLInputElement).value).toBe('+855 12 345 678');
    fireEvent.change(phone, { target: { value: '12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save identity' }));

    expect(await screen.findByText('This is not a possible phone number.')).toBeTruthy();
    expect(screen.queryByText(/is not a possible phone number$/)).toBeNull();
    expect(
      screen.queryByText('Any usual notation; Cambodian numbers may leave out +855.'),
    ).toBeNull();
    expect(phone.getAttribute('aria-invalid')).toBe('true');
    expect(sent).toHaveLength(0);
  });

  it("links to the victim's network for roles that may read the graph", async () => {
    serve();
    renderDetail(false, ROLE_PERMISSIONS.investigator);
    await screen.findByRole('heading', { name: 'V-2026-000001' });
    expect(screen.getByRole('link', { name: 'Show network' }).getAttribute('href')).toBe(
      '/graph?seeds=victim:v-1',
    );
  });

  it('shows victim support staff no way into the graph', async () => {
    serve();
    renderDetail(false, ROLE_PERMISSIONS.victim_support);
    await screen.findByRole('heading', { name: 'V-2026-000001' });
    expect(screen.queryByRole('link', { name: 'Show network' })).toBeNull();
    // Their own actions are still there.
    expect(screen.getByRole('link', { name: 'Edit' })).toBeTruthy();
  });

  it('offers no network for an archived victim (archived records drop out of the graph)', async () => {
    serve({ ...victim, archivedAt: '2026-01-01T00:00:00.000Z' });
    renderDetail(false, ROLE_PERMISSIONS.supervisor);
    await screen.findByRole('heading', { name: 'V-2026-000001' });
    expect(screen.queryByRole('link', { name: 'Show network' })).toBeNull();
  });
});
