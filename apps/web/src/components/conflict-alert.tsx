import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { AlertIcon } from './icons';
import { FieldList, type FieldRow } from './field-list';

export type ConflictAlertProps = {
  /** The record as the server holds it now. */
  current: FieldRow[];
  /** Keys of the fields that differ from the version the user started from. */
  changed: readonly string[];
  onReload: () => void;
};

/** Shown when someone else saved the record first: its values now, and a way to start again from them. */
export function ConflictAlert({ current, changed, onReload }: ConflictAlertProps) {
  const { t } = useTranslation();
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<AlertIcon />}
      title={t('registry.conflictTitle')}
      role="alert"
    >
      <Stack gap="sm">
        <Text size="sm">{t('registry.conflictDescription')}</Text>
        <div data-testid="conflict-current">
          <FieldList
            rows={current}
            marked={changed}
            markLabel={t('registry.conflictChanged')}
            labelWidth={170}
          />
        </div>
        <Group>
          <Button size="xs" color="orange" onClick={onReload}>
            {t('registry.conflictReload')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
