/**
 * Two-letter codes that name regions, reservations or placeholders rather than countries
 * (Intl.DisplayNames still names them), left out of every list of countries.
 */
export const NOT_COUNTRY_CODES = [
  'AC',
  'CP',
  'CQ',
  'DG',
  'EA',
  'EU',
  'EZ',
  'IC',
  'QO',
  'TA',
  'UN',
  'XA',
  'XB',
  'XK',
  'ZZ',
] as const;

/** Every code from AA to ZZ that may name a country: those Intl.DisplayNames names are the countries. */
export function countryCodeCandidates(): string[] {
  const excluded = new Set<string>(NOT_COUNTRY_CODES);
  const codes: string[] = [];
  for (let a = 65; a <= 90; a += 1) {
    for (let b = 65; b <= 90; b += 1) {
      const code = String.fromCharCode(a, b);
      if (!excluded.has(code)) codes.push(code);
    }
  }
  return codes;
}
