import type { TFunction } from 'i18next';

import { PASSWORD_MIN_LENGTH, type Role } from '@khsae/domain';

import type { FieldErrors } from '@/lib/forms';

/** The fields of the user forms, as the server names them in its problems. */
export const USER_FORM_FIELDS = ['email', 'displayName', 'role', 'password'] as const;
export type UserFormErrors = FieldErrors<(typeof USER_FORM_FIELDS)[number]>;

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
