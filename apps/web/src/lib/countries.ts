import { COUNTRIES, countryNameOf } from '@khsae/domain';

import type { Language } from './i18n';

/** The countries people are trafficked to and from in this region, offered first. */
export const REGIONAL_COUNTRIES = ['KH', 'TH', 'MM', 'LA', 'VN', 'CN', 'MY', 'ID', 'PH'] as const;

/** The country's name in the UI language from the shared ISO 3166-1 list, else the code as stored. */
export function countryName(code: string | null | undefined, language: Language): string | null {
  if (!code) return null;
  return countryNameOf(code, language) ?? code;
}

const cache = new Map<Language, { value: string; label: string }[]>();

/** The current ISO 3166-1 countries with names, the region's countries first, then alphabetical. */
export function countryOptions(language: Language): { value: string; label: string }[] {
  const cached = cache.get(language);
  if (cached) return cached;
  const all: { value: string; label: string }[] = COUNTRIES.map((c) => ({
    value: c.code,
    label: `${c[language]} (${c.code})`,
  }));
  const regional = REGIONAL_COUNTRIES.map((code) => all.find((o) => o.value === code)).filter(
    (o): o is { value: string; label: string } => o !== undefined,
  );
  const rest = all
    .filter((o) => !(REGIONAL_COUNTRIES as readonly string[]).includes(o.value))
    .sort((x, y) => x.label.localeCompare(y.label, language));
  const options = [...regional, ...rest];
  cache.set(language, options);
  return options;
}
