import { afterEach, describe, expect, it } from '@jest/globals';
import { cleanup, screen, within } from '@testing-library/react';
import axe from 'axe-core';

import { LinksPanel } from '@/features/links/components/links-panel';
import { ROLE_PERMISSIONS } from '@khsae/domain';
import { mockFetch } from '@/testing/mock-fetch';
import { recruited, sokha } from '@/testing/registry-fixtures';
import { renderRoutes, renderWithApp } from '@/testing/render-with-app';

import { appRoutes } from '../router';

const realFetch = globalThis.fetch;
afterEach(() => {
  cleanup();
  globalThis.fetch = realFetch;
});

/** axe-core's structural rules (jsdom lays nothing out, so colours are the browser tests' job). */
async function structuralViolations(): Promise<string[]> {
  const results = await axe.run(document.body, {
    runOnly: [
      'aria-prohibited-attr',
      'landmark-one-main',
      'region',
      'heading-order',
      'page-has-heading-one',
      'empty-table-header',
    ],
  });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

describe('page structure', () => {
  it('puts the sign-in page in a main landmark, its language switch in a banner', async () => {
    mockFetch(({ url }) => {
      if (url.pathname === '/api/health')
        return {
          status: 200,
          body: {
            status: 'ok',
            database: { status: 'up', mode: 'embedded' },
            version: '0.1.0',
            demoMode: true,
          },
        };
      if (url.pathname === '/api/auth/me')
        return { status: 401, body: { statusCode: 401, message: 'Sign in' } };
      return undefined;
    });
    renderRoutes(appRoutes, { route: '/sign-in' });

    const main = await screen.findByRole('main');
    expect(within(main).getByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    expect(await within(main).findByText('Demo mode: all data is synthetic')).toBeTruthy();
    expect(within(screen.getByRole('banner')).getByRole('radiogroup')).toBeTruthy();
    expect(await structuralViolations()).toEqual([]);
  });

  it('names the group that says who is signed in with a role that may carry a name', async () => {
    mockFetch(({ url }) =>
      url.pathname === '/api/auth/me'
        ? {
            status: 200,
            body: {
              id: 'u-1',
              email: 'investigator@demo.local',
              displayName: 'Demo investigator',
              role: 'investigator',
              permissions: [...ROLE_PERMISSIONS.investigator],
              demoMode: true,
            },
          }
        : undefined,
    );
    renderRoutes(appRoutes, { route: '/' });

    await screen.findByTestId('dashboard-greeting');
    expect(screen.getByRole('group', { name: /Demo investigator/ }).textContent).toContain(
      'Demo investigator',
    );
    expect(await structuralViolations()).toEqual([]);
  });

  it("gives the links table's actions column a header a screen reader reads", async () => {
    mockFetch(({ url }) =>
      url.pathname === '/api/links'
        ? {
            status: 200,
            body: { items: [recruited], page: 1, pageSize: 25, total: 1, totalExact: true },
          }
        : undefined,
    );
    renderWithApp(
      <main>
        <h1>{sokha.nameLatin}</h1>
        <LinksPanel
          record={{ kind: 'broker', id: sokha.id, label: sokha.nameLatin ?? '', sublabel: null }}
          canWrite
        />
      </main>,
    );

    const table = await screen.findByRole('table', { name: 'Links' });
    await within(table).findByText('Interview statement');
    expect(within(table).getAllByRole('columnheader').at(-1)?.textContent).toBe('Actions');
    expect(await structuralViolations()).toEqual([]);
  });
});
