import { render, type RenderResult } from '@testing-library/react';
import type { QueryClient } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { MemoryRouter, useRoutes, type RouteObject } from 'react-router';

import { Providers } from '@/app/providers';
import { createI18n, type Language } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query-client';

export type RenderOptions = {
  path?: string;
  route?: string;
  language?: Language;
  queryClient?: QueryClient;
};

// Declarative routing: jsdom has no fetch Request, which the data routers need for navigation.
function RoutesFrom({ routes }: { routes: RouteObject[] }) {
  return useRoutes(routes);
}

/** Renders a screen inside the real providers and a memory router, as the app would. */
export function renderWithApp(
  ui: ReactElement,
  {
    path = '/',
    route = '/',
    language = 'en',
    queryClient = createQueryClient(),
  }: RenderOptions = {},
): RenderResult & { queryClient: QueryClient } {
  return renderRoutes([{ path, element: ui }], { route, language, queryClient });
}

export function renderRoutes(
  routes: RouteObject[],
  {
    route = '/',
    language = 'en',
    queryClient = createQueryClient(),
  }: Omit<RenderOptions, 'path'> = {},
): RenderResult & { queryClient: QueryClient } {
  const result = render(
    <Providers queryClient={queryClient} i18n={createI18n(language)} env="test">
      <MemoryRouter initialEntries={[route]}>
        <RoutesFrom routes={routes} />
      </MemoryRouter>
    </Providers>,
  );
  return { ...result, queryClient };
}
