import { Select } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { countryOptions } from '@/lib/countries';
import { currentLanguage } from '@/lib/i18n';

export type CountrySelectProps = {
  label: ReactNode;
  value: string | null;
  onChange: (code: string | null) => void;
  error?: ReactNode;
  required?: boolean;
  placeholder?: string;
  clearable?: boolean;
  w?: number | string;
};

/** ISO 3166 alpha-2 countries by name in the UI language, the region's countries first. */
export function CountrySelect({
  label,
  value,
  onChange,
  error,
  required,
  placeholder,
  clearable = true,
  w,
}: CountrySelectProps) {
  const { i18n } = useTranslation();
  return (
    <Select
      label={label}
      data={countryOptions(currentLanguage(i18n))}
      value={value}
      onChange={onChange}
      searchable
      clearable={clearable}
      required={required}
      error={error}
      placeholder={placeholder}
      w={w}
      comboboxProps={{ withinPortal: true }}
      limit={300}
    />
  );
}
