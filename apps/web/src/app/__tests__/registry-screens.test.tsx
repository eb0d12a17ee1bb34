import { afterEach, describe, expect, it } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Outlet } from 'react-router';

import { PickersProvider } from '@/components/pickers';
import { BrokerForm } from '@/features/brokers/components/broker-form';
import { BrokersList } from '@/features/brokers/components/brokers-list';
import { AddLinkModal } from '@/features/links/components/add-link-modal';
import type { Broker } from '@/lib/api-types';
import type { RegistryPage } from '@/lib/registry-api';
import { mockFetch } from '@/testing/mock-fetch';
import { ouThum, sokha } from '@/testing/registry-fixtures';
import { renderRoutes } from '@/testing/render-with-app';

import { REGISTRY_PICKERS } from '../registry-pickers';

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

function renderScreen(element: React.ReactElement, route = '/') {
  return renderRoutes(
    [
      {
        element: (
          <PickersProvider pickers={REGISTRY_PICKERS}>
            <Outlet />
          </PickersProvider>
        ),
        children: [{ path: '*', element }],
      },
    ],
    { route },
  );
}

const page = (items: Broker[]): RegistryPage<'brokers'> => ({
  items,
  page: 1,
  pageSize: 25,
  total: items.length,
  totalExact: true,
});

describe('BrokersList', () => {
  it('sends the URL filters to the server, sorts there, and names the Khmer name in Khmer', async () => {
    const queries: URLSearchParams[] = [];
    mockFetch(({ url }) => {
      if (url.pathname === '/api/brokers') {
        queries.push(url.searchParams);
        return { status: 200, body: page([sokha]) };
      }
      if (url.pathname === `/api/places/${ouThum.id}`) return { status: 200, body: ouThum };
      return undefined;
    });
    renderScreen(
      <BrokersList canWrite canSeeArchived />,
      `/brokers?role=local_recruiter&homePlaceId=${ouThum.id}&q=sok`,
    );

    const table = await screen.findByRole('table', { name: 'Brokers' });
    expect((await within(table).findByText('សុខ សុខា')).getAttribute('lang')).toBe('km');
    expect(queries[0]?.get('role')).toBe('local_recruiter');
    expect(queries[0]?.get('homePlaceId')).toBe(ouThum.id);
    expect(queries[0]?.get('q')).toBe('sok');
    expect(queries[0]?.get('sort')).toBe('updatedAt');
    // The place filter shows the place's name with its parents, looked up from its id.
    await waitFor(() =>
      expect((screen.getByLabelText('From this place') as HTMLInputElement).value).toBe(
        ouThum.pathLatin,
      ),
    );

    fireEvent.click(within(table).getByRole('button', { name: 'Code' }));
    await waitFor(() => expect(queries.at(-1)?.get('sort')).toBe('refCode'));
    expect(queries.at(-1)?.get('order')).toBe('asc');
    expect(screen.getByRole('link', { name: 'New broker' })).toBeTruthy();
    expect(screen.getByLabelText('Show archived')).toBeTruthy();
  });

  it('shows an empty state and hides supervisor-only controls', async () => {
    mockFetch(({ url }) =>
      url.pathname === '/api/brokers' ? { status: 200, body: page([]) } : undefined,
    );
    renderScreen(<BrokersList canWrite={false} canSeeArchived={false} />, '/brokers?q=nobody');
    expect(await screen.findByText('No brokers found')).toBeTruthy();
    expect(screen.queryByLabelText('Show archived')).toBeNull();
    expect(screen.queryByRole('link', { name: 'New broker' })).toBeNull();
    expect(screen.getAllByRole('button', { name: 'Clear filters' }).length).toBeGreaterThan(0);
  });
});

describe('BrokerForm', () => {
  it('sends only what changed with the version it edited, and shows a conflict instead of overwriting', async () => {
    const sent: Record<string, unknown>[] = [];
    const elsewhere: Broker = { ...sokha, legalStatus: 'arrested', version: 4 };
    mockFetch(({ method, url, body }) => {
      if (method !== 'PATCH' || url.pathname !== '/api/brokers/b-sokha') return undefined;
      sent.push(body as Record<string, unknown>);
      if (sent.length === 1) {
        return {
          status: 409,
          body: { statusCode: 409, error: 'Conflict', message: 'changed', current: elsewhere },
        };
      }
      return { status: 200, body: { ...elsewhere, nameLatin: 'Sok Sokha Jr', version: 5 } };
    });
    let saved: Broker | null = null;
    renderScreen(
      <BrokerForm broker={sokha} onSaved={(b) => (saved = b)} onCancel={() => undefined} />,
    );

    fireEvent.change(screen.getByLabelText('Name in Latin script'), {
      target: { value: 'Sok Sokha Jr' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Someone else changed this record')).toBeTruthy();
    const current = within(alert).getByTestId('conflict-current');
    expect(within(current).getByText('Arrested')).toBeTruthy();
    expect(current.querySelector('[data-field="legalStatus"]')?.textContent).toContain('changed');
    expect(current.querySelector('[data-field="nameLatin"]')?.textContent).not.toContain('changed');
    expect(sent[0]).toEqual({ version: 3, nameLatin: 'Sok Sokha Jr' });
    expect(screen.getByRole('button', { name: 'Save changes' })).toHaveProperty('disabled', true);

    fireEvent.click(within(alert).getByRole('button', { name: 'Reload and retry' }));
    fireEvent.change(screen.getByLabelText('Name in Latin script'), {
      target: { value: 'Sok Sokha Jr' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(saved).not.toBeNull());
    expect(sent[1]).toEqual({ version: 4, nameLatin: 'Sok Sokha Jr' });
  });

  it('shows the server’s field problems next to the field', async () => {
    mockFetch(({ method }) =>
      method === 'POST'
        ? {
            status: 400,
            body: {
              statusCode: 400,
              error: 'Bad Request',
              message: 'homePlaceId: must be a UUID',
              fields: [{ field: 'homePlaceId', problems: ['homePlaceId must be a place'] }],
            },
          }
        : undefined,
    );
    renderScreen(<BrokerForm broker={null} onSaved={() => undefined} onCancel={() => undefined} />);
    fireEvent.change(screen.getByLabelText('Name in Khmer script'), {
      target: { value: 'សុខ សុខា' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Record broker' }));
    expect(await screen.findByText('Choose the broker’s role.')).toBeTruthy();

    fireEvent.click(screen.getByRole('combobox', { name: /Role in the chain/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Transporter' }));
    fireEvent.click(screen.getByRole('button', { name: 'Record broker' }));
    expect(await screen.findByText('homePlaceId must be a place')).toBeTruthy();
    expect(screen.queryByText('Choose the broker’s role.')).toBeNull();
    // The problem sits under the home-village picker, not in a banner.
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('AddLinkModal', () => {
  it('records the link in the chosen direction with its source and confidence', async () => {
    const sent: unknown[] = [];
    mockFetch(({ method, url, body }) => {
      if (url.pathname === '/api/search')
        return {
          status: 200,
          body: [
            {
              kind: 'victim',
              id: 'v-1',
              label: 'V-2026-000001',
              sublabel: null,
              matchedField: 'code',
              matchedText: 'V-2026-000001',
              score: 1,
            },
          ],
        };
      if (method === 'POST' && url.pathname === '/api/links') {
        sent.push(body);
        return { status: 201, body: {} };
      }
      return undefined;
    });
    let closed = false;
    renderScreen(
      <AddLinkModal
        opened
        record={{ kind: 'broker', id: 'b-sokha', label: 'Sok Sokha', sublabel: 'B-0041' }}
        draft={null}
        onClose={() => (closed = true)}
      />,
    );

    fireEvent.click(screen.getByRole('button', { name: 'Record link' }));
    expect(await screen.findByText('Choose the linked record.')).toBeTruthy();
    expect(screen.getByText('Choose the link type.')).toBeTruthy();
    expect(sent).toHaveLength(0);

    const picker = screen.getByTestId('link-other-picker');
    fireEvent.focus(picker);
    fireEvent.change(picker, { target: { value: 'V-2026' } });
    fireEvent.click(await screen.findByRole('option', { name: /V-2026-000001/ }));
    expect((picker as HTMLInputElement).value).toBe('V-2026-000001');

    fireEvent.click(screen.getByRole('combobox', { name: /Link type/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Recruited' }));
    fireEvent.click(screen.getByRole('combobox', { name: /^Source/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Interview' }));
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2025-03-01' } });
    fireEvent.change(screen.getByLabelText('Evidence'), { target: { value: 'Her statement' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record link' }));

    await waitFor(() => expect(closed).toBe(true));
    expect(sent).toEqual([
      {
        fromKind: 'broker',
        fromId: 'b-sokha',
        toKind: 'victim',
        toId: 'v-1',
        type: 'recruited',
        startedOn: '2025-03-01',
        endedOn: null,
        evidence: 'Her statement',
        source: 'interview',
        sourceRef: null,
        confidence: 'unverified',
      },
    ]);
  });

  it('shows one message for the other record when the server refuses both ends of the link', async () => {
    mockFetch(({ method, url }) => {
      if (url.pathname === '/api/search')
        return {
          status: 200,
          body: [
            {
              kind: 'victim',
              id: 'v-1',
              label: 'V-2026-000001',
              sublabel: null,
              matchedField: 'code',
              matchedText: 'V-2026-000001',
              score: 1,
            },
          ],
        };
      if (method === 'POST' && url.pathname === '/api/links')
        return {
          status: 400,
          body: {
            statusCode: 400,
            error: 'Bad Request',
            message: 'fromId: no such broker; toId: no such victim',
            fields: [
              { field: 'fromId', problems: ['no such broker'] },
              { field: 'toId', problems: ['no such victim'] },
            ],
          },
        };
      return undefined;
    });
    renderScreen(
      <AddLinkModal
        opened
        record={{ kind: 'broker', id: 'b-sokha', label: 'Sok Sokha', sublabel: 'B-0041' }}
        draft={null}
        onClose={() => undefined}
      />,
    );
    const picker = screen.getByTestId('link-other-picker');
    fireEvent.focus(picker);
    fireEvent.change(picker, { target: { value: 'V-2026' } });
    fireEvent.click(await screen.findByRole('option', { name: /V-2026-000001/ }));
    fireEvent.click(screen.getByRole('combobox', { name: /Link type/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Recruited' }));
    fireEvent.click(screen.getByRole('combobox', { name: /^Source/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Interview' }));
    fireEvent.click(screen.getByRole('button', { name: 'Record link' }));

    expect(await screen.findByText('This no longer exists; choose another.')).toBeTruthy();
    expect(screen.getAllByText('This no longer exists; choose another.')).toHaveLength(1);
    expect(screen.queryByText(/no such/)).toBeNull();
  });
});
