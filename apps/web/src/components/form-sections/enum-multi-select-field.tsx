import { MultiSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import {
  enumOptions,
  isEnumValue,
  type EnumerationName,
  type EnumerationValue,
} from '@/lib/enumerations';

import type { FieldBinding } from './field-binding';

export type EnumMultiSelectFieldProps<N extends EnumerationName, K extends string> = {
  form: FieldBinding<NoInfer<K>, EnumerationValue<N>[]>;
  name: K;
  enumeration: N;
  label: string;
  searchable?: boolean;
};

/** Any number of values of a vocabulary (scam types, means of control). */
export function EnumMultiSelectField<N extends EnumerationName, K extends string>({
  form,
  name,
  enumeration,
  label,
  searchable,
}: EnumMultiSelectFieldProps<N, K>) {
  const { t } = useTranslation();
  return (
    <MultiSelect
      label={label}
      data={enumOptions(t, enumeration)}
      value={form.values[name]}
      onChange={(list) =>
        form.set(
          name,
          list.filter((value) => isEnumValue(enumeration, value)),
        )
      }
      error={form.errors[name]}
      searchable={searchable}
      clearable
    />
  );
}
