import { Alert, Button, Group, Paper, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { describeError } from '@/lib/describe-error';

import { ConflictAlert, type ConflictAlertProps } from './conflict-alert';

export type RecordFormFrameProps = {
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onCancel: () => void;
  submitLabel: string;
  pending: boolean;
  /** Someone else saved first: their version, and "reload and retry". */
  conflict: ConflictAlertProps | null;
  formError: unknown;
  noChanges: boolean;
  children: ReactNode;
  'aria-label'?: string;
};

/** The frame every record form shares: conflict and error messages on top, the actions below. */
export function RecordFormFrame({
  onSubmit,
  onCancel,
  submitLabel,
  pending,
  conflict,
  formError,
  noChanges,
  children,
  'aria-label': ariaLabel,
}: RecordFormFrameProps) {
  const { t } = useTranslation();
  return (
    <form onSubmit={onSubmit} noValidate aria-label={ariaLabel}>
      <Stack gap="md">
        {conflict && <ConflictAlert {...conflict} />}
        {formError ? (
          <Alert color="red" variant="light" role="alert">
            {describeError(formError, t)}
          </Alert>
        ) : null}
        {noChanges && (
          <Alert color="blue" variant="light" role="status">
            {t('registry.noChanges')}
          </Alert>
        )}
        <Paper withBorder radius="md" p="lg">
          {children}
        </Paper>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={pending} disabled={conflict !== null}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
