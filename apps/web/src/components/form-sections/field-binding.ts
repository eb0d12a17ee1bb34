/**
 * What a form field needs from `useRecordForm`: the value under `K`, a way to set it, and the
 * errors by field. Pass the form itself; the field reads and writes only its own key.
 */
export type FieldBinding<K extends string, T> = {
  values: Readonly<Record<K, T>>;
  set: (key: K, value: T) => void;
  errors: Readonly<Partial<Record<string, string>>>;
};
