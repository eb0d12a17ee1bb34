import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { AlertIcon } from './icons';
import { FieldList, type FieldRow } from './field-list';

export type ConflictAlertProps = {
  /** The record as the server holds it now; left out where it may not be shown. */
  current?: FieldRow[];
  /** Keys of the fields that differ from the version the user started from. */
  changed?: readonly string[];
  onReload: () => void;
  /** In place of the record's texts (the victim's identity has its own). */
  texts?: { title: string; description: string; reload: string };
};

/** Shown when someone else saved the record first: its values now, and a way to start again from them. */
export function ConflictAlert({ current, changed = [], onReload, texts }: ConflictAlertProps) {
  const { t } = useTranslation();
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<AlertIcon />}
      title={texts?.title ?? t('registry.conflictTitle')}
      role="alert"
    >
      <Stack gap={current ? 'sm' : 'xs'}>
        <Text size="sm">{texts?.description ?? t('registry.conflictDescription')}</Text>
        {current && (
          <div data-testid="conflict-current">
            <FieldList
              rows={current}
              marked={changed}
              markLabel={t('registry.conflictChanged')}
              labelWidth={170}
            />
          </div>
        )}
        <Group>
          <Button size="xs" color="orange" onClick={onReload}>
            {texts?.reload ?? t('registry.conflictReload')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
