import { Alert, Button, Group, Paper, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { FormErrorAlert } from './error-alert';
import { differingKeys } from '@/lib/forms';
import { REGISTRY_SECTIONS } from '@/lib/record-paths';
import {
  useRecordForm,
  type RecordFormDefinition,
  type RecordFormOptions,
} from '@/lib/use-record-form';

import { ConflictAlert } from './conflict-alert';
import type { FieldRow } from './field-list';
import { notifyDone } from './notify-done';

type Versioned = { id: string; version: number };

/** How a record form ends: saved (with the record as the server holds it now) or cancelled. */
export type RecordFormEnds<R> = {
  onSaved: (record: R) => void;
  onCancel: () => void;
};

// `{{name}}` in most kinds' texts, `{{code}}` in the victims' (a victim is named by its code only).
export const nameParams = (name: string) => ({ name, code: name });

/** A registry record's form state (`useRecordForm`), with its title, submit label and saved notice. */
export function useRegistryForm<
  R extends Versioned,
  V extends Record<string, unknown>,
  F extends string,
  B extends object,
>(
  { kind, name, validate, ...definition }: RecordFormDefinition<R, V, F, B>,
  {
    record,
    onSaved,
    ...writes
  }: Pick<RecordFormOptions<R, V, F, B>, 'record' | 'create' | 'update'> & {
    onSaved: (record: R) => void;
  },
) {
  const { t } = useTranslation();
  const section = REGISTRY_SECTIONS[kind];
  const form = useRecordForm({
    ...definition,
    ...writes,
    record,
    validate: (values) => validate(values, t),
    onSaved: (saved, mode) => {
      notifyDone(t, t(`${section}.${mode}.success`, nameParams(name(saved))));
      onSaved(saved);
    },
  });
  return {
    ...form,
    title: record
      ? t(`${section}.update.title`, nameParams(name(record)))
      : t(`${section}.create.title`),
    submitLabel: record ? t('registry.saveChanges') : t(`${section}.create.submit`),
  };
}

/** What the layout shows of `useRegistryForm`'s state. */
export type RecordFormState<R> = {
  submit: (event?: FormEvent<HTMLFormElement>) => void;
  pending: boolean;
  formError: unknown;
  noChanges: boolean;
  /** The version the edit started from, and the one someone else saved since (a 409). */
  base: R | null;
  conflict: R | null;
  reload: (current: R) => void;
  values: object;
  title: string;
  submitLabel: string;
};

export type RecordFormLayoutProps<R extends Versioned> = {
  form: RecordFormState<R>;
  onCancel: () => void;
  /** The record as a list of labelled values, to show the version someone else saved. */
  rows: (record: R) => FieldRow[];
  children: ReactNode;
};

/**
 * A record's create/edit form: someone else's newer version (409) and errors on top, the fields,
 * then cancel and submit. The fields someone else changed are marked in their version.
 */
export function RecordFormLayout<R extends Versioned>({
  form,
  onCancel,
  rows,
  children,
}: RecordFormLayoutProps<R>) {
  const { t } = useTranslation();
  const { base, conflict } = form;
  return (
    <form onSubmit={form.submit} noValidate aria-label={form.title}>
      <Stack gap="md">
        {conflict && base && (
          <ConflictAlert
            current={rows(conflict)}
            changed={differingKeys(base, conflict, Object.keys(form.values))}
            onReload={() => form.reload(conflict)}
          />
        )}
        <FormErrorAlert error={form.formError} />
        {form.noChanges && (
          <Alert color="blue" variant="light" role="status">
            {t('registry.noChanges')}
          </Alert>
        )}
        <Paper withBorder radius="md" p="lg">
          <Stack gap="md">{children}</Stack>
        </Paper>
        <FormActions
          submitLabel={form.submitLabel}
          pending={form.pending}
          disabled={conflict !== null}
          onCancel={onCancel}
        />
      </Stack>
    </form>
  );
}

export type FormActionsProps = {
  submitLabel: string;
  pending: boolean;
  /** While someone else's newer version is shown. */
  disabled?: boolean;
  onCancel: () => void;
};

/** Cancel and submit, under a form. */
export function FormActions({ submitLabel, pending, disabled, onCancel }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={pending} disabled={disabled}>
        {submitLabel}
      </Button>
    </Group>
  );
}
