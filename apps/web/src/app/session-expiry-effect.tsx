import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { authKeys } from '@/features/auth/api/auth-keys';
import { replaceSession } from '@/features/auth/api/session-cache';
import { onUnauthorized } from '@/lib/query-client';

/** When any request answers 401, forget the session; RequireAuth then sends the user to sign in. */
export function SessionExpiryEffect() {
  const queryClient = useQueryClient();
  const { t } = useTranslation();

  useEffect(
    () =>
      onUnauthorized(() => {
        if (!queryClient.getQueryData(authKeys.session())) return;
        replaceSession(queryClient, null);
        notifications.show({
          id: 'session-ended',
          color: 'orange',
          message: t('auth.sessionEnded'),
          closeButtonProps: { 'aria-label': t('common.close') },
        });
      }),
    [queryClient, t],
  );

  return null;
}
