import type { UseMutationResult } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';

import {
  conflictingRecord,
  hasErrors,
  isFormLevelError,
  serverFieldErrors,
  type FieldErrors,
} from '@/lib/forms';

type Versioned = { id: string; version: number };

export type RecordFormOptions<R extends Versioned, V, F extends string, B, P> = {
  /** The record being edited; none when creating. */
  record: R | null;
  empty: V;
  valuesOf: (record: R) => V;
  /** Client checks (the server has the last word). */
  validate: (values: V) => FieldErrors<F>;
  /** The fields the server may name in its answer, shown next to their inputs. */
  fields: readonly F[] | ((field: string) => field is F);
  body: (values: V) => B;
  /** Only what changed since `base`, with its version; null when nothing did. */
  patch: (base: R, values: V) => P | null;
  create: UseMutationResult<R, Error, B>;
  update: UseMutationResult<R, Error, P & { id: string }>;
  onSaved: (record: R, mode: 'create' | 'update') => void;
};

/**
 * The state of a record's create/edit form: values, field errors (client and server), and the
 * version the edit started from. A stale version (409) keeps the user's input and shows the record
 * as it is now; "reload and retry" starts again from it. Nothing is overwritten silently.
 */
export function useRecordForm<R extends Versioned, V, F extends string, B, P>(
  options: RecordFormOptions<R, V, F, B, P>,
) {
  const { record, create, update } = options;
  const [base, setBase] = useState<R | null>(record);
  const [values, setValues] = useState<V>(() =>
    record ? options.valuesOf(record) : options.empty,
  );
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const [conflict, setConflict] = useState<R | null>(null);
  const [noChanges, setNoChanges] = useState(false);

  function set<K extends keyof V>(key: K, value: V[K]) {
    setValues((current) => ({ ...current, [key]: value }));
  }

  function onError(error: Error) {
    const current = conflictingRecord<R>(error);
    if (current) setConflict(current);
    else setErrors(serverFieldErrors(error, options.fields));
  }

  function submit(event?: FormEvent<HTMLFormElement>) {
    event?.preventDefault();
    const form = event?.currentTarget;
    setNoChanges(false);
    const found = options.validate(values);
    setErrors(found);
    if (hasErrors(found)) {
      // Take the user (and the screen reader) to the first field that needs attention.
      setTimeout(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    if (!base) {
      create.mutate(options.body(values), {
        onSuccess: (saved) => options.onSaved(saved, 'create'),
        onError,
      });
      return;
    }
    const patch = options.patch(base, values);
    if (!patch) {
      setNoChanges(true);
      return;
    }
    update.mutate(
      { ...patch, id: base.id },
      { onSuccess: (saved) => options.onSaved(saved, 'update'), onError },
    );
  }

  /** Start again from the record as it is now (after a conflict). */
  function reload(current: R) {
    setBase(current);
    setValues(options.valuesOf(current));
    setErrors({});
    setConflict(null);
    update.reset();
  }

  const mutation = base ? update : create;
  const error = mutation.error;
  return {
    base,
    values,
    setValues,
    set,
    errors,
    conflict,
    noChanges,
    submit,
    reload,
    pending: mutation.isPending,
    /** An error to show as one sentence above the form (not a 409, not only field problems). */
    formError: error && !conflict && isFormLevelError(error, options.fields) ? error : null,
  };
}
