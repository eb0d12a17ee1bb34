import type { i18n as I18n } from 'i18next';

import { isApiError } from './api';
import { problemText } from './field-problems';

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/**
 * Server-side field problems (`fields[{field, problems}]`) mapped onto the form's own fields: one
 * message per field (the first problem; the others follow from it), in the user's language when
 * `i18n` is given and the problem is a known one.
 */
export function serverFieldErrors<F extends string>(
  error: unknown,
  fields: readonly F[] | ((field: string) => field is F),
  i18n?: I18n,
): FieldErrors<F> {
  if (!isApiError(error)) return {};
  const isShown =
    typeof fields === 'function'
      ? fields
      : (field: string): field is F => fields.includes(field as F);
  const errors: FieldErrors<F> = {};
  for (const [field, [first]] of Object.entries(error.fieldProblems())) {
    if (isShown(field) && first) errors[field] = i18n ? problemText(field, first, i18n) : first;
  }
  return errors;
}

export function hasErrors(errors: Partial<Record<string, string | undefined>>): boolean {
  return Object.values(errors).some(Boolean);
}

/** Whether the error is best shown as one sentence above the form (not next to fields, not a 409). */
export function isFormLevelError(
  error: unknown,
  shown: readonly string[] | ((field: string) => boolean),
): boolean {
  if (!error) return false;
  if (!isApiError(error)) return true;
  if (error.status === 409) return false;
  const isShown = typeof shown === 'function' ? shown : (field: string) => shown.includes(field);
  const named = Object.keys(error.fieldProblems());
  return named.length === 0 || named.some((field) => !isShown(field));
}

/** The record as the server holds it now, when a write lost a version race (409 with `current`). */
export function conflictingRecord<T extends { version: number }>(error: unknown): T | null {
  if (!isApiError(error) || error.status !== 409) return null;
  const current = error.body.current;
  if (typeof current !== 'object' || current === null) return null;
  return typeof (current as { version?: unknown }).version === 'number' ? (current as T) : null;
}

/** Trimmed text, or null when empty: what the API expects for "no value". */
export function textOrNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** Which of `keys` hold different values in two versions of a record. */
export function differingKeys<T extends object>(
  base: T,
  current: T,
  keys: readonly string[],
): string[] {
  const a = base as Record<string, unknown>;
  const b = current as Record<string, unknown>;
  return keys.filter((key) => JSON.stringify(a[key] ?? null) !== JSON.stringify(b[key] ?? null));
}

/** The fields of `next` that differ from `base`: what a PATCH should send. */
export function changedFields<T extends object>(base: T, next: T): Partial<T> {
  const patch: Partial<T> = {};
  for (const key of Object.keys(next) as (keyof T)[]) {
    if (JSON.stringify(base[key] ?? null) !== JSON.stringify(next[key] ?? null)) {
      patch[key] = next[key];
    }
  }
  return patch;
}

/** A PATCH body: the fields that changed, with the version the edit started from. */
export type RecordPatch<B> = Partial<B> & { version: number };

/**
 * Only what changed since `base` (both as the API would take them), with the version it was read
 * at; null when nothing changed.
 */
export function patchSince<R extends { version: number }, V, B extends object>(
  base: R,
  values: V,
  form: { valuesOf: (record: R) => V; body: (values: V) => B },
): RecordPatch<B> | null {
  const patch = changedFields(form.body(form.valuesOf(base)), form.body(values));
  return Object.keys(patch).length === 0 ? null : { ...patch, version: base.version };
}

/** A whole number typed into a text field, null when empty, NaN when not a number. */
export function intOrNull(value: string | number | null): number | null {
  if (value === null || value === '') return null;
  const n = typeof value === 'number' ? value : Number(value.trim());
  return Number.isInteger(n) ? n : Number.NaN;
}
