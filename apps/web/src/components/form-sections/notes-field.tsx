import { Textarea } from '@mantine/core';

import type { FieldBinding } from './field-binding';

export type NotesFieldProps = {
  form: FieldBinding<'notes', string>;
  label: string;
};

/** A record's free-text notes. */
export function NotesField({ form, label }: NotesFieldProps) {
  return (
    <Textarea
      label={label}
      value={form.values.notes}
      onChange={(event) => form.set('notes', event.currentTarget.value)}
      error={form.errors['notes']}
      autosize
      minRows={3}
    />
  );
}
