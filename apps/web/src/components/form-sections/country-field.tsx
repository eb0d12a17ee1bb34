import { CountrySelect } from '../country-select';
import type { FieldBinding } from './field-binding';

export type CountryFieldProps<K extends string> = {
  form: FieldBinding<NoInfer<K>, string | null>;
  name: K;
  label: string;
  required?: boolean;
};

/** A country (nationality, where a compound is) bound to a form value. */
export function CountryField<K extends string>({
  form,
  name,
  label,
  required,
}: CountryFieldProps<K>) {
  return (
    <CountrySelect
      label={label}
      value={form.values[name]}
      onChange={(value) => form.set(name, value)}
      error={form.errors[name]}
      required={required}
    />
  );
}
