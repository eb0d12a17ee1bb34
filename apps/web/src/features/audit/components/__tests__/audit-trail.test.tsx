import { afterEach, describe, expect, it } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import type { Schema } from '@khsae/api-client';

import type { AuditEvent } from '@/lib/api-types';
import { mockFetch } from '@/testing/mock-fetch';
import { renderWithApp } from '@/testing/render-with-app';

import { dayBoundary } from '../../audit-list-filter';
import { AuditTrail } from '../audit-trail';

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

const event: AuditEvent = {
  id: '41',
  occurredAt: '2026-03-02T10:15:00.000Z',
  actorUserId: 'u-admin',
  actorEmail: 'admin@demo.local',
  actorRole: 'admin',
  action: 'update',
  resourceType: 'user',
  resourceIds: ['u-dara'],
  fieldGroups: ['account'],
  outcome: 'success',
  reason: null,
  clientIp: '127.0.0.1',
  userAgent: 'Chromium',
  requestId: 'req-123',
  details: { changed: ['role'] },
};

describe('AuditTrail', () => {
  it('asks for the newest events first, filters on the server and opens an event in a drawer', async () => {
    const queries: URLSearchParams[] = [];
    mockFetch(({ url }) => {
      if (url.pathname !== '/api/audit-events') return undefined;
      queries.push(url.searchParams);
      const page: Schema<'AuditEventPageResponseDto'> = {
        items: [event],
        page: 1,
        pageSize: 25,
        total: 1,
        totalExact: true,
      };
      return { status: 200, body: page };
    });
    renderWithApp(<AuditTrail />, {
      path: '/audit',
      route: '/audit?from=2026-03-01&outcome=success',
    });

    const table = await screen.findByRole('table', { name: 'Audit trail' });
    await within(table).findByText('admin@demo.local');
    expect(queries[0]?.get('order')).toBe('desc');
    expect(queries[0]?.get('outcome')).toBe('success');
    expect(queries[0]?.get('from')).toBe(dayBoundary('2026-03-01', 'start'));
    expect(queries[0]?.has('to')).toBe(false);

    fireEvent.change(screen.getByLabelText('Resource type'), { target: { value: 'user' } });
    await waitFor(() => expect(queries.at(-1)?.get('resourceType')).toBe('user'), {
      timeout: 2000,
    });

    fireEvent.click(within(table).getByRole('button', { name: 'View details' }));
    const drawer = await screen.findByRole('dialog', { name: 'Audit event' });
    expect(within(drawer).getByText('req-123')).toBeTruthy();
    expect(within(drawer).getByText(/"changed"/)).toBeTruthy();
  });

  it('turns calendar days into the start and end of the local day', () => {
    const start = new Date(dayBoundary('2026-03-01', 'start') ?? '');
    const end = new Date(dayBoundary('2026-03-01', 'end') ?? '');
    expect([start.getDate(), start.getHours(), start.getMinutes()]).toEqual([1, 0, 0]);
    expect([end.getDate(), end.getHours(), end.getMinutes()]).toEqual([1, 23, 59]);
    expect(dayBoundary('yesterday', 'start')).toBeUndefined();
  });
});
