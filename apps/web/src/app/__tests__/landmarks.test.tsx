import { afterEach, describe, expect, it } from '@jest/globals';
import { cleanup, screen, within } from '@testing-library/react';
import axe from 'axe-core';

import { mockFetch } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/render-with-app';

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
});
