import type { i18n as I18n } from 'i18next';

import { hasPermission, ROLES, type Role } from '@khsae/domain';

import { currentLanguage } from '@/lib/i18n';

/** The roles that may add or remove a victim's identifiers: the API asks for both permissions. */
export function victimIdentifierWriters(): Role[] {
  return ROLES.filter(
    (role) =>
      hasPermission(role, 'identifiers:write') && hasPermission(role, 'victim_identity:write'),
  );
}

/** "A victim's identifiers are contact data. Who may add or remove them: Victim-support officer." */
export function victimIdentifiersHint(i18n: I18n): string {
  const names = victimIdentifierWriters().map((role) => i18n.t(`roles.${role}`));
  const language = currentLanguage(i18n);
  // Chromium has no Khmer list data (it would join in English): commas then.
  const roles =
    typeof Intl.ListFormat === 'function' && Intl.ListFormat.supportedLocalesOf([language]).length
      ? new Intl.ListFormat(language, { type: 'conjunction' }).format(names)
      : names.join(', ');
  return i18n.t('identifiers.victimContactHidden', { roles });
}
