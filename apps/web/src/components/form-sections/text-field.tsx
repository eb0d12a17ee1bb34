import { TextInput, type TextInputProps } from '@mantine/core';

import type { FieldBinding } from './field-binding';

export type TextFieldProps<K extends string> = Omit<
  TextInputProps,
  'form' | 'value' | 'onChange' | 'error'
> & {
  form: FieldBinding<NoInfer<K>, string>;
  name: K;
  label: string;
};

/** A one-line text input bound to a form value; its error is the one named after it. */
export function TextField<K extends string>({ form, name, ...rest }: TextFieldProps<K>) {
  return (
    <TextInput
      {...rest}
      value={form.values[name]}
      onChange={(event) => form.set(name, event.currentTarget.value)}
      error={form.errors[name]}
    />
  );
}
