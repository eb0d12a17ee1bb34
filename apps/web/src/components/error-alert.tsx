import { Alert, Button, Group, Text, type MantineSpacing } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { describeError } from '@/lib/describe-error';

import { AlertIcon } from './icons';

export type ErrorAlertProps = {
  error: unknown;
  onRetry?: () => void;
};

export function ErrorAlert({ error, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" title={t('errors.title')} icon={<AlertIcon />} role="alert">
      <Group justify="space-between" align="center" gap="sm">
        <Text size="sm">{describeError(error, t)}</Text>
        {onRetry && (
          <Button size="xs" variant="white" color="red" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Group>
    </Alert>
  );
}

/** A failed write in one sentence, above the form or dialog it came from; nothing without one. */
export function FormErrorAlert({ error, mt }: { error: unknown; mt?: MantineSpacing }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" variant="light" role="alert" mt={mt}>
      {describeError(error, t)}
    </Alert>
  );
}
