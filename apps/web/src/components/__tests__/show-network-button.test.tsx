import { afterEach, describe, expect, it } from '@jest/globals';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { useLocation } from 'react-router';

import { ROLE_PERMISSIONS } from '@khsae/domain';

import { renderRoutes, renderWithApp } from '@/testing/render-with-app';

import { networkPath, ShowNetworkButton } from '../show-network-button';

afterEach(cleanup);

const BROKER_ID = '0b0e8a52-3c1f-4d6e-9a7b-2f5c8d1e4a90';

function GraphProbe() {
  const location = useLocation();
  return <p data-testid="graph-location">{`${location.pathname}${location.search}`}</p>;
}

describe('ShowNetworkButton', () => {
  it('is a link to the workbench with the record as its seed', () => {
    renderWithApp(
      <ShowNetworkButton
        kind="broker"
        id={BROKER_ID}
        permissions={ROLE_PERMISSIONS.investigator}
      />,
    );
    const link = screen.getByRole('link', { name: 'Show network' });
    expect(link.tagName).toBe('A');
    expect(link.getAttribute('href')).toBe(`/graph?seeds=broker:${BROKER_ID}`);
  });

  it('names each kind in the seed, as the workbench reads it', () => {
    expect(networkPath('victim', 'v-1')).toBe('/graph?seeds=victim:v-1');
    expect(networkPath('compound', 'c-1')).toBe('/graph?seeds=compound:c-1');
    expect(networkPath('route', 'r-1')).toBe('/graph?seeds=route:r-1');
    expect(networkPath('place', 'a/b')).toBe('/graph?seeds=place:a%2Fb');
  });

  it('opens the workbench through the router when clicked', () => {
    renderRoutes(
      [
        {
          path: '/brokers/:id',
          element: (
            <ShowNetworkButton
              kind="broker"
              id={BROKER_ID}
              permissions={ROLE_PERMISSIONS.supervisor}
            />
          ),
        },
        { path: '/graph', element: <GraphProbe /> },
      ],
      { route: `/brokers/${BROKER_ID}` },
    );
    fireEvent.click(screen.getByRole('link', { name: 'Show network' }));
    expect(screen.getByTestId('graph-location').textContent).toBe(
      `/graph?seeds=broker:${BROKER_ID}`,
    );
  });

  it('is in Khmer for Khmer readers', () => {
    renderWithApp(
      <ShowNetworkButton kind="victim" id="v-1" permissions={ROLE_PERMISSIONS.investigator} />,
      { language: 'km' },
    );
    expect(screen.getByRole('link', { name: 'បង្ហាញបណ្តាញ' })).toBeTruthy();
  });

  it('is not shown to a role without graph:read', () => {
    expect(ROLE_PERMISSIONS.victim_support).not.toContain('graph:read');
    expect(ROLE_PERMISSIONS.victim_support).toContain('victims:read');
    renderWithApp(
      <ShowNetworkButton kind="victim" id="v-1" permissions={ROLE_PERMISSIONS.victim_support} />,
    );
    expect(screen.queryByRole('link', { name: 'Show network' })).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.queryByTestId('show-network')).toBeNull();
  });
});
