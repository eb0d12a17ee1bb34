import type { TFunction } from 'i18next';

import type { Role } from '@khsae/domain';

import type { FieldErrors } from '@/lib/forms';

/** The fields of the user forms, as the server names them in its problems. */
export const USER_FORM_FIELDS = ['email', 'displayName', 'role'] as const;
export type UserFormErrors = FieldErrors<(typeof USER_FORM_FIELDS)[number]>;

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

// Client checks only spare a round trip; the server's answer is authoritative.
export function validateUserForm(
  values: { email?: string; displayName: string; role: Role | null },
  { t }: { t: TFunction },
): UserFormErrors {
  const errors: UserFormErrors = {};
  if (values.email !== undefined) {
    const email = values.email.trim();
    if (!email) errors.email = t('users.validation.emailRequired');
    else if (!EMAIL_PATTERN.test(email)) errors.email = t('users.validation.emailInvalid');
  }
  if (!values.displayName.trim()) errors.displayName = t('users.validation.displayNameRequired');
  if (!values.role) errors.role = t('users.validation.roleRequired');
  return errors;
}
