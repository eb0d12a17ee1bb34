import type { Language } from './i18n';

const PREFERRED_LOCALES: Record<Language, string> = { en: 'en-GB', km: 'km-KH' };

// Some browser builds ship without Khmer locale data; fall back to one fixed format, not the OS default.
function localeFor(language: Language): string {
  const preferred = PREFERRED_LOCALES[language];
  return Intl.DateTimeFormat.supportedLocalesOf([preferred]).length > 0
    ? preferred
    : PREFERRED_LOCALES.en;
}

export function formatDateTime(iso: string | null | undefined, language: Language): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(localeFor(language), {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(localeFor(language)).format(value);
}

/** A calendar day (YYYY-MM-DD) as the user reads dates; the day never shifts with the time zone. */
export function formatDate(day: string | null | undefined, language: Language): string | null {
  if (!day) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(localeFor(language), {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(date);
}

/** "from – to", "since from", "until to", or null when neither day is known. */
export function formatDayRange(
  from: string | null | undefined,
  to: string | null | undefined,
  language: Language,
): { from: string | null; to: string | null } | null {
  const a = formatDate(from, language);
  const b = formatDate(to, language);
  return a || b ? { from: a, to: b } : null;
}
