import type { TFunction } from 'i18next';

import { PASSWORD_MIN_LENGTH, type Role } from '@khsae/domain';

import { isApiError } from '@/lib/api';

export type UserFormField = 'email' | 'displayName' | 'role' | 'password';
export type UserFormErrors = Partial<Record<UserFormField, string>>;

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

// Client checks only spare a round trip; the server's answer is authoritative.
export function validateUserForm(
  values: { email?: string; displayName: string; role: Role | null; password: string },
  { t, passwordRequired }: { t: TFunction; passwordRequired: boolean },
): UserFormErrors {
  const errors: UserFormErrors = {};
  if (values.email !== undefined) {
    const email = values.email.trim();
    if (!email) errors.email = t('users.validation.emailRequired');
    else if (!EMAIL_PATTERN.test(email)) errors.email = t('users.validation.emailInvalid');
  }
  if (!values.displayName.trim()) errors.displayName = t('users.validation.displayNameRequired');
  if (!values.role) errors.role = t('users.validation.roleRequired');
  if (
    (passwordRequired || values.password !== '') &&
    values.password.length < PASSWORD_MIN_LENGTH
  ) {
    errors.password = t('users.validation.passwordTooShort', { min: PASSWORD_MIN_LENGTH });
  }
  return errors;
}

/** Server-side field problems mapped onto the form's fields. */
export function serverFieldErrors(error: unknown): UserFormErrors {
  if (!isApiError(error)) return {};
  const problems = error.fieldProblems();
  const errors: UserFormErrors = {};
  for (const field of ['email', 'displayName', 'role', 'password'] as const) {
    const list = problems[field];
    if (list?.length) errors[field] = list.join(' ');
  }
  return errors;
}

export function hasErrors(errors: UserFormErrors): boolean {
  return Object.values(errors).some(Boolean);
}
