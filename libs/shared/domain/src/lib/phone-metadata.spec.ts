import { describe, expect, it } from '@jest/globals';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

import { IdentifierFormatError, normalizeIdentifier } from './normalize';

type DefaultCountry = 'KH' | 'TH' | 'MM' | 'LA' | 'VN' | 'CN';

/** What normalizeIdentifier gave with the full (max) metadata: E.164 and display, or null when refused. */
function withMax(raw: string, defaultCountry: DefaultCountry) {
  const phone = parsePhoneNumberFromString(raw, defaultCountry);
  if (!phone || !phone.isPossible()) return null;
  return { value: phone.number, display: phone.formatInternational() };
}

function withNormalize(raw: string, defaultCountry: DefaultCountry) {
  try {
    return normalizeIdentifier('phone', raw, defaultCountry);
  } catch (error) {
    if (error instanceof IdentifierFormatError) return null;
    throw error;
  }
}

// Numbers as people write them down: mobile and fixed lines of each country, national and international.
const REAL_NUMBERS: [DefaultCountry, string, CountryCode, string][] = [
  ['KH', '012 345 678', 'KH', '+85512345678'],
  ['KH', '12345678', 'KH', '+85512345678'],
  ['KH', '855 12 345 678', 'KH', '+85512345678'],
  ['KH', '(+855) 092-888-777', 'KH', '+85592888777'],
  ['KH', '097 123 4567', 'KH', '+855971234567'],
  ['KH', '+855 97 123 4567', 'KH', '+855971234567'],
  ['KH', '010 234 567', 'KH', '+85510234567'],
  ['KH', '088 812 3456', 'KH', '+855888123456'],
  ['KH', '071 234 5678', 'KH', '+855712345678'],
  ['KH', '023 123 456', 'KH', '+85523123456'],
  ['KH', '063 963 123', 'KH', '+85563963123'],
  ['TH', '081 234 5678', 'TH', '+66812345678'],
  ['TH', '02 123 4567', 'TH', '+6621234567'],
  ['TH', '053 123 456', 'TH', '+6653123456'],
  ['KH', '+66 81 234 5678', 'TH', '+66812345678'],
  ['KH', '001 66 2 123 4567', 'TH', '+6621234567'],
  ['VN', '091 234 5678', 'VN', '+84912345678'],
  ['VN', '0912 345 678', 'VN', '+84912345678'],
  ['VN', '024 3826 4855', 'VN', '+842438264855'],
  ['VN', '028 3829 5555', 'VN', '+842838295555'],
  ['KH', '+84 86 123 4567', 'VN', '+84861234567'],
  ['LA', '020 5512 3456', 'LA', '+8562055123456'],
  ['LA', '030 512 3456', 'LA', '+856305123456'],
  ['LA', '021 212 345', 'LA', '+85621212345'],
  ['KH', '+856 20 5512 3456', 'LA', '+8562055123456'],
  ['CN', '138 0013 8000', 'CN', '+8613800138000'],
  ['CN', '010 6552 9988', 'CN', '+861065529988'],
  ['CN', '0755 8888 9999', 'CN', '+8675588889999'],
  ['KH', '+86 138 0013 8000', 'CN', '+8613800138000'],
  ['MM', '09 7812 34567', 'MM', '+959781234567'],
  ['MM', '09 250 123 456', 'MM', '+959250123456'],
  ['MM', '01 234 567', 'MM', '+951234567'],
  ['KH', '+95 9 781 234 567', 'MM', '+959781234567'],
  ['KH', '+60 12-345 6789', 'MY', '+60123456789'],
  ['KH', '+60 11-1234 5678', 'MY', '+601112345678'],
  ['KH', '+60 3-2161 2345', 'MY', '+60321612345'],
  ['TH', '+60 19 234 5678', 'MY', '+60192345678'],
];

describe('phone metadata (min) against the full metadata (max)', () => {
  it.each(REAL_NUMBERS)('%s: %s is %s %s', (defaultCountry, raw, country, e164) => {
    const expected = withMax(raw, defaultCountry);
    expect(expected?.value).toBe(e164);
    expect(parsePhoneNumberFromString(raw, defaultCountry)?.country).toBe(country);
    expect(withNormalize(raw, defaultCountry)).toEqual(expected);
  });

  it.each<[DefaultCountry, string]>([
    ['KH', '012 345'],
    ['KH', '012 345 678 901 234'],
    ['TH', '081 234'],
    ['VN', '09'],
    ['KH', '+60 12'],
  ])('refuses what max refuses: %s %s', (defaultCountry, raw) => {
    expect(withMax(raw, defaultCountry)).toBeNull();
    expect(withNormalize(raw, defaultCountry)).toBeNull();
  });

  it('accepts, refuses and writes exactly what max does over 30,000 digit strings', () => {
    const defaults: DefaultCountry[] = ['KH', 'TH', 'MM', 'LA', 'VN', 'CN'];
    const callingCodes = ['855', '66', '84', '856', '86', '95', '60', '1', '44', '62', '63', '65'];
    let seed = 8;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pick = <T>(items: T[]): T => items[next(items.length)] as T;
    const differences: string[] = [];
    let accepted = 0;
    for (let i = 0; i < 30_000; i++) {
      let digits = '';
      for (let length = 4 + next(12); digits.length < length;) digits += String(next(10));
      const raw = [digits, `0${digits}`, `+${pick(callingCodes)}${digits}`][next(3)] as string;
      const defaultCountry = pick(defaults);
      const expected = withMax(raw, defaultCountry);
      if (expected) accepted++;
      const actual = withNormalize(raw, defaultCountry);
      if (JSON.stringify(actual) !== JSON.stringify(expected))
        differences.push(`${defaultCountry} ${raw}: ${JSON.stringify(actual)}`);
    }
    expect(differences).toEqual([]);
    expect(accepted).toBeGreaterThan(5_000);
  });
});
