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
