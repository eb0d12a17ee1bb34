import { Alert } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { AlertIcon } from '@/components/icons';
import { describeError } from '@/lib/describe-error';

import type { Health } from '../api/health-queries';

/** What the health check says is wrong, if anything: the server busy, the database down, or no answer. */
export function HealthAlert({ health }: { health: UseQueryResult<Health> }) {
  const { t } = useTranslation();
  const status = health.data?.status;
  if (status === 'busy')
    return (
      <Alert color="yellow" variant="light" icon={<AlertIcon />} role="status">
        {t('health.busy')}
      </Alert>
    );
  if (status === 'unavailable' || health.isError)
    return (
      <Alert color="red" variant="light" icon={<AlertIcon />} role="alert">
        {status === 'unavailable'
          ? t('errors.databaseUnavailable')
          : describeError(health.error, t)}
      </Alert>
    );
  return null;
}
