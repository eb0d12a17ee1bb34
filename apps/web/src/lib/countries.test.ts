import { describe, expect, it } from '@jest/globals';

import { countryName, countryOptions, REGIONAL_COUNTRIES } from './countries';

const WITHDRAWN = ['DD', 'SU', 'YU', 'CS', 'UK', 'BU', 'RH', 'DY', 'VD', 'YD', 'AN'];

describe('the country picker', () => {
  it('offers the 249 current ISO 3166-1 countries, the region first, and no withdrawn code', () => {
    for (const language of ['en', 'km'] as const) {
      const options = countryOptions(language);
      const codes = options.map((o) => o.value);
      expect(codes).toHaveLength(249);
      expect(codes.slice(0, REGIONAL_COUNTRIES.length)).toEqual([...REGIONAL_COUNTRIES]);
      for (const code of WITHDRAWN) expect(codes).not.toContain(code);
      // One entry per name: a withdrawn code would repeat its successor's name.
      expect(new Set(options.map((o) => o.label)).size).toBe(249);
    }
  });

  it('names every country in Khmer script in Khmer', () => {
    for (const option of countryOptions('km')) expect(option.label).toMatch(/^[\u1780-\u17FF]/);
    expect(countryName('DE', 'km')).toBe('អាល្លឺម៉ង់');
    expect(countryName('DE', 'en')).toBe('Germany');
    expect(countryName('SU', 'en')).toBe('SU');
  });
});
