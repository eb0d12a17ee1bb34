import type { PlaceSummary } from '@khsae/domain';

import { usePickers } from '../pickers';
import type { FieldBinding } from './field-binding';

export type PlaceFieldProps<K extends string> = {
  form: FieldBinding<NoInfer<K>, PlaceSummary | null>;
  name: K;
  label: string;
  /** The field the server names for it (`homePlaceId` for `homePlace`). */
  errorKey: string;
  'data-testid'?: string;
};

/** A place (a home village, where a compound is) chosen with the app's place picker. */
export function PlaceField<K extends string>({
  form,
  name,
  label,
  errorKey,
  'data-testid': testId,
}: PlaceFieldProps<K>) {
  const { PlacePicker } = usePickers();
  return (
    <PlacePicker
      label={label}
      value={form.values[name]}
      onChange={(place) => form.set(name, place)}
      error={form.errors[errorKey]}
      data-testid={testId}
    />
  );
}
