import { Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';

import { differingKeys } from '@/lib/forms';

import type { FieldRow } from '../field-list';
import { RecordFormFrame } from '../record-form-frame';

/** The parts of `useRecordForm`'s state the layout shows. */
export type RecordFormState<R extends object> = {
  submit: (event?: FormEvent<HTMLFormElement>) => void;
  pending: boolean;
  formError: unknown;
  noChanges: boolean;
  /** The version the edit started from, and the one someone else saved since (a 409). */
  base: R | null;
  conflict: R | null;
  reload: (current: R) => void;
};

export type RecordFormLayoutProps<R extends object> = {
  form: RecordFormState<R>;
  'aria-label': string;
  submitLabel: string;
  onCancel: () => void;
  /** The record as a list of labelled values, to show the version someone else saved. */
  rows: (record: R) => FieldRow[];
  /** The fields compared to mark what that version changed. */
  conflictKeys: readonly string[];
  children: ReactNode;
};

/** A record's create/edit form: the frame (conflict, errors, cancel and submit) around its fields. */
export function RecordFormLayout<R extends object>({
  form,
  'aria-label': ariaLabel,
  submitLabel,
  onCancel,
  rows,
  conflictKeys,
  children,
}: RecordFormLayoutProps<R>) {
  const { base, conflict } = form;
  return (
    <RecordFormFrame
      aria-label={ariaLabel}
      onSubmit={form.submit}
      onCancel={onCancel}
      submitLabel={submitLabel}
      pending={form.pending}
      formError={form.formError}
      noChanges={form.noChanges}
      conflict={
        conflict && base
          ? {
              current: rows(conflict),
              changed: differingKeys(base, conflict, conflictKeys),
              onReload: () => form.reload(conflict),
            }
          : null
      }
    >
      <Stack gap="md">{children}</Stack>
    </RecordFormFrame>
  );
}
