import { afterEach, describe, expect, it } from '@jest/globals';
import { useQuery } from '@tanstack/react-query';
import { screen } from '@testing-library/react';

import { mockFetch } from '@/testing/mock-fetch';
import { renderWithApp } from '@/testing/render-with-app';

import { healthQueryOptions } from '../../api/health-queries';
import { HealthAlert } from '../health-alert';

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

function Probe() {
  const health = useQuery({ ...healthQueryOptions(), retry: false });
  return (
    <>
      <span>{health.data?.database.status ?? 'pending'}</span>
      <HealthAlert health={health} />
    </>
  );
}

const report = (status: 'busy' | 'unavailable', database: 'busy' | 'down') => ({
  status,
  database: { status: database, mode: 'server', pool: { size: 10, max: 10, idle: 0, waiting: 3 } },
  version: '0.1.0',
  demoMode: false,
});

describe('HealthAlert', () => {
  it('says the server is busy, not that the database is down, when every connection is in use', async () => {
    mockFetch(({ url }) =>
      url.pathname === '/api/health' ? { status: 503, body: report('busy', 'busy') } : undefined,
    );
    renderWithApp(<Probe />);
    expect(await screen.findByText('busy')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toMatch(/server is very busy/);
    expect(screen.queryByText(/database is unavailable/)).toBeNull();
  });

  it('says the database is unavailable when it is down', async () => {
    mockFetch(({ url }) =>
      url.pathname === '/api/health'
        ? { status: 503, body: report('unavailable', 'down') }
        : undefined,
    );
    renderWithApp(<Probe />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/database is unavailable/);
  });
});
