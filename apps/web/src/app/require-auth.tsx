import { Center, Loader } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';

import { ErrorAlert } from '@/components/error-alert';
import { sessionQueryOptions } from '@/features/auth/api/auth-queries';

import { signInPath } from './safe-next';
import { SessionContext } from './session-context';

/** Everything below needs a session; without one the user goes to sign-in and comes back after. */
export function RequireAuth() {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useQuery(sessionQueryOptions());

  if (session.isPending) {
    return (
      <Center h="100vh">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (session.isError && session.data === undefined) {
    return (
      <Center h="100vh" p="md">
        <ErrorAlert error={session.error} onRetry={() => void session.refetch()} />
      </Center>
    );
  }
  if (!session.data) {
    return <Navigate to={signInPath(`${location.pathname}${location.search}`)} replace />;
  }
  return (
    <SessionContext value={session.data}>
      <Outlet />
    </SessionContext>
  );
}
