import { describe, expect, it } from '@jest/globals';

import { COUNTRIES, COUNTRY_CODES, countryNameOf, isCountryCode } from './countries';

const WITHDRAWN = ['DD', 'SU', 'YU', 'CS', 'UK', 'BU', 'RH', 'DY', 'VD', 'YD', 'AN'];
const NOT_COUNTRIES = ['EU', 'UN', 'XK', 'ZZ', 'EZ', 'QO', 'AC', 'IC'];

describe('the ISO 3166-1 country list', () => {
  it('holds the 249 current countries once each, sorted by code', () => {
    expect(COUNTRIES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    expect([...COUNTRY_CODES].sort()).toEqual(COUNTRY_CODES);
    for (const code of ['KH', 'TH', 'MM', 'LA', 'VN', 'GB', 'DE', 'RS', 'CW', 'SS', 'AQ'])
      expect(isCountryCode(code)).toBe(true);
  });

  it('leaves out withdrawn codes and regions that are not countries', () => {
    for (const code of [...WITHDRAWN, ...NOT_COUNTRIES]) expect(isCountryCode(code)).toBe(false);
  });

  it('names every country in English and in Khmer script', () => {
    for (const c of COUNTRIES) {
      expect(c.en).toMatch(/^\p{L}[\p{L}\p{M} .,&'’()-]*$/u);
      expect(c.km).toMatch(/[\u1780-\u17FF]/);
    }
    expect(countryNameOf('kh', 'en')).toBe('Cambodia');
    expect(countryNameOf('KH', 'km')).toBe('កម្ពុជា');
    expect(countryNameOf('SU', 'en')).toBeNull();
  });
});
