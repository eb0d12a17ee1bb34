import { countryCodeCandidates } from '@khsae/domain';

import type { Language } from './i18n';

/** The countries people are trafficked to and from in this region, offered first. */
export const REGIONAL_COUNTRIES = ['KH', 'TH', 'MM', 'LA', 'VN', 'CN', 'MY', 'ID', 'PH'] as const;

/**
 * Khmer names of the region's countries, for browsers built without Khmer locale data (Chromium's
 * headless builds among them), where Intl would answer in English.
 */
const KHMER_REGIONAL_NAMES: Record<(typeof REGIONAL_COUNTRIES)[number], string> = {
  KH: 'កម្ពុជា',
  TH: 'ថៃ',
  MM: 'មីយ៉ាន់ម៉ា',
  LA: 'ឡាវ',
  VN: 'វៀតណាម',
  CN: 'ចិន',
  MY: 'ម៉ាឡេស៊ី',
  ID: 'ឥណ្ឌូណេស៊ី',
  PH: 'ហ្វីលីពីន',
};

function hasKhmerData(): boolean {
  try {
    return Intl.DisplayNames.supportedLocalesOf(['km']).length > 0;
  } catch {
    return false;
  }
}

function regionalKhmer(code: string, language: Language): string | undefined {
  if (language !== 'km' || hasKhmerData()) return undefined;
  return KHMER_REGIONAL_NAMES[code as keyof typeof KHMER_REGIONAL_NAMES];
}

function displayNames(language: Language): Intl.DisplayNames | null {
  for (const locale of [language, 'en']) {
    try {
      if (Intl.DisplayNames.supportedLocalesOf([locale]).length > 0)
        return new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    } catch {
      // No Intl.DisplayNames: codes only.
    }
  }
  return null;
}

/** The country's name in the UI language (English when the browser lacks Khmer data), else the code. */
export function countryName(code: string | null | undefined, language: Language): string | null {
  if (!code) return null;
  const upper = code.toUpperCase();
  const khmer = regionalKhmer(upper, language);
  if (khmer) return khmer;
  try {
    return displayNames(language)?.of(upper) ?? code;
  } catch {
    return code;
  }
}

const cache = new Map<Language, { value: string; label: string }[]>();

/** ISO 3166-1 alpha-2 codes with names, the region's countries first, then alphabetical. */
export function countryOptions(language: Language): { value: string; label: string }[] {
  const cached = cache.get(language);
  if (cached) return cached;
  const names = displayNames(language);
  const all: { value: string; label: string }[] = [];
  for (const code of countryCodeCandidates()) {
    const name = regionalKhmer(code, language) ?? names?.of(code);
    if (!name || name === code) continue;
    all.push({ value: code, label: `${name} (${code})` });
  }
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
