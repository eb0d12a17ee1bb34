import { TagsInput } from '@mantine/core';

import type { FieldBinding } from './field-binding';

export type AliasesFieldProps = {
  form: FieldBinding<'aliases', string[]>;
  label: string;
  description: string;
};

/** Other names a record goes by, one tag each. */
export function AliasesField({ form, label, description }: AliasesFieldProps) {
  return (
    <TagsInput
      label={label}
      description={description}
      value={form.values.aliases}
      onChange={(aliases) => form.set('aliases', aliases)}
      error={form.errors['aliases']}
      clearable
    />
  );
}
