import { useForm, type FormErrors } from '@mantine/form';
import type { UseMutationResult } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import {
  conflictingRecord,
  isFormLevelError,
  patchSince,
  serverFieldErrors,
  type FieldErrors,
  type RecordPatch,
} from './forms';
import type { RegistryKind } from './record-paths';

type Versioned = { id: string; version: number };

export type RecordFormOptions<R extends Versioned, V, F extends string, B extends object> = {
  /** The record being edited; none when creating. */
  record: R | null;
  empty: V;
  valuesOf: (record: R) => V;
  /** Client checks (the server has the last word). */
  validate: (values: V) => FieldErrors<F>;
  /** The fields the server may name in its answer, shown next to their inputs. */
  fields: readonly F[] | ((field: string) => field is F);
  body: (values: V) => B;
  create: UseMutationResult<R, Error, B>;
  update: UseMutationResult<R, Error, RecordPatch<B> & { id: string }>;
  onSaved: (record: R, mode: 'create' | 'update') => void;
};

/**
 * A Mantine form whose inputs are bound with `field(key)`. A problem stays shown until the next
 * attempt to save, as the server's do.
 */
export function useFields<V extends Record<string, unknown>>(
  initialValues: V,
  validate?: (values: V) => FormErrors,
) {
  const form = useForm<V>({
    initialValues,
    validate: (values) => validate?.(values) ?? {},
    clearInputErrorOnChange: false,
  });

  /** An input's value, change handler and error (the server's name for it when that differs). */
  function field<K extends keyof V & string>(key: K, errorKey: string = key) {
    return {
      value: form.values[key],
      // Takes the input's change event or its new value, as Mantine's inputs give it.
      onChange: form.getInputProps(key).onChange as (value: unknown) => void,
      error: form.errors[errorKey],
    };
  }

  return { ...form, field };
}

/** What a registry kind declares about its form: its values, rules and body, and how a record is named. */
export type RecordFormDefinition<R extends Versioned, V, F extends string, B extends object> = Pick<
  RecordFormOptions<R, V, F, B>,
  'empty' | 'valuesOf' | 'fields' | 'body'
> & {
  kind: RegistryKind;
  /** How a record is called in the form's title and the notice once saved. */
  name: (record: R) => string;
  validate: (values: V, t: TFunction) => FieldErrors<F>;
};

/**
 * A record's create/edit form: its values and field errors (client and server) in a Mantine form,
 * and the version the edit started from. A stale version (409) keeps the user's input and shows the
 * record as it is now; "reload and retry" starts again from it. Nothing is overwritten silently.
 * An edit sends only what changed, with the version it was read at.
 */
export function useRecordForm<
  R extends Versioned,
  V extends Record<string, unknown>,
  F extends string,
  B extends object,
>(options: RecordFormOptions<R, V, F, B>) {
  const { record, create, update } = options;
  const { i18n } = useTranslation();
  const [base, setBase] = useState<R | null>(record);
  const [conflict, setConflict] = useState<R | null>(null);
  const [noChanges, setNoChanges] = useState(false);
  const form = useFields(record ? options.valuesOf(record) : options.empty, options.validate);

  function onError(error: Error) {
    const current = conflictingRecord<R>(error);
    if (current) setConflict(current);
    else form.setErrors(serverFieldErrors(error, options.fields, i18n));
  }

  function submit(event?: FormEvent<HTMLFormElement>) {
    event?.preventDefault();
    const element = event?.currentTarget;
    setNoChanges(false);
    if (form.validate().hasErrors) {
      // Take the user (and the screen reader) to the first field that needs attention.
      setTimeout(() => element?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    const values = form.getValues();
    if (!base) {
      create.mutate(options.body(values), {
        onSuccess: (saved) => options.onSaved(saved, 'create'),
        onError,
      });
      return;
    }
    const patch = patchSince(base, values, options);
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
    form.setValues(options.valuesOf(current));
    form.clearErrors();
    setConflict(null);
    update.reset();
  }

  const mutation = base ? update : create;
  const error = mutation.error;
  return {
    ...form,
    base,
    conflict,
    noChanges,
    submit,
    reload,
    pending: mutation.isPending,
    /** An error to show as one sentence above the form (not a 409, not only field problems). */
    formError: error && !conflict && isFormLevelError(error, options.fields) ? error : null,
  };
}
