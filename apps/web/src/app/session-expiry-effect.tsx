import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { authKeys } from '@/features/auth/api/auth-keys';
import { onUnauthorized } from '@/lib/query-client';

/** When any request answers 401, forget the session; RequireAuth then sends the user to sign in. */
export function SessionExpiryEffect() {
  const queryClient = useQueryClient();
  const { t } = useTranslation();

  useEffect(
    () =>
      onUnauthorized(() => {
        if (!queryClient.getQueryData(authKeys.session())) return;
        queryClient.clear();
        queryClient.setQueryData(authKeys.session(), null);
        notifications.show({ id: 'session-ended', color: 'orange', message: t('auth.sessionEnded') });
      }),
    [queryClient, t],
  );

  return null;
}
