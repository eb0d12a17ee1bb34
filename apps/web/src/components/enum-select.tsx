import { MultiSelect, Select, type MultiSelectProps, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import {
  enumOptions,
  isEnumValue,
  type EnumerationName,
  type EnumerationValue,
} from '@/lib/enumerations';

export type EnumSelectProps<N extends EnumerationName> = Omit<
  SelectProps,
  'data' | 'value' | 'onChange'
> & {
  enumeration: N;
  value: EnumerationValue<N> | null;
  onChange: (value: EnumerationValue<N> | null) => void;
};

/** One value of a vocabulary, labelled in the user's language (a filter, or a field of a form). */
export function EnumSelect<N extends EnumerationName>({
  enumeration,
  onChange,
  ...rest
}: EnumSelectProps<N>) {
  const { t } = useTranslation();
  return (
    <Select
      {...rest}
      data={enumOptions(t, enumeration)}
      onChange={(value) => onChange(isEnumValue(enumeration, value) ? value : null)}
    />
  );
}

export type EnumMultiSelectProps<N extends EnumerationName> = Omit<
  MultiSelectProps,
  'data' | 'value' | 'onChange'
> & {
  enumeration: N;
  value: EnumerationValue<N>[];
  onChange: (value: EnumerationValue<N>[]) => void;
};

/** Any number of values of a vocabulary (scam types, means of control). */
export function EnumMultiSelect<N extends EnumerationName>({
  enumeration,
  onChange,
  ...rest
}: EnumMultiSelectProps<N>) {
  const { t } = useTranslation();
  return (
    <MultiSelect
      clearable
      {...rest}
      data={enumOptions(t, enumeration)}
      onChange={(list) => onChange(list.filter((value) => isEnumValue(enumeration, value)))}
    />
  );
}
