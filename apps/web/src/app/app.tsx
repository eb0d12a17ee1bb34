import type { QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';

import { Providers } from './providers';
import { appRoutes } from './router';

export type AppProps = {
  queryClient: QueryClient;
  i18n: I18n;
};

export function App({ queryClient, i18n }: AppProps) {
  const [router] = useState(() => createBrowserRouter(appRoutes));
  return (
    <Providers queryClient={queryClient} i18n={i18n}>
      <RouterProvider router={router} />
    </Providers>
  );
}
