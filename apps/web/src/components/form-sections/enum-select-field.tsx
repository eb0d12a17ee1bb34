import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import {
  enumOptions,
  isEnumValue,
  type EnumerationName,
  type EnumerationValue,
} from '@/lib/enumerations';

import type { FieldBinding } from './field-binding';

type SelectRest = Omit<
  SelectProps,
  'form' | 'data' | 'value' | 'onChange' | 'error' | 'allowDeselect'
>;

export type EnumSelectFieldProps<N extends EnumerationName, K extends string> = SelectRest & {
  form: FieldBinding<NoInfer<K>, EnumerationValue<N>>;
  name: K;
  enumeration: N;
  label: string;
};

/** One value of a vocabulary that always has one (a status, a sex): it cannot be cleared. */
export function EnumSelectField<N extends EnumerationName, K extends string>({
  form,
  name,
  enumeration,
  ...rest
}: EnumSelectFieldProps<N, K>) {
  const { t } = useTranslation();
  return (
    <Select
      {...rest}
      data={enumOptions(t, enumeration)}
      value={form.values[name]}
      onChange={(value) => isEnumValue(enumeration, value) && form.set(name, value)}
      allowDeselect={false}
      error={form.errors[name]}
    />
  );
}

export type OptionalEnumSelectFieldProps<
  N extends EnumerationName,
  K extends string,
> = SelectRest & {
  form: FieldBinding<NoInfer<K>, EnumerationValue<N> | null>;
  name: K;
  enumeration: N;
  label: string;
};

/** One value of a vocabulary, or none yet. */
export function OptionalEnumSelectField<N extends EnumerationName, K extends string>({
  form,
  name,
  enumeration,
  ...rest
}: OptionalEnumSelectFieldProps<N, K>) {
  const { t } = useTranslation();
  return (
    <Select
      {...rest}
      data={enumOptions(t, enumeration)}
      value={form.values[name]}
      onChange={(value) => form.set(name, isEnumValue(enumeration, value) ? value : null)}
      error={form.errors[name]}
    />
  );
}
