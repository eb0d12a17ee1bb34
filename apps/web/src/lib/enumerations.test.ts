import { describe, expect, it } from '@jest/globals';

import { en } from '@/locales/en';
import { km } from '@/locales/km';

import { createI18n } from './i18n';
import {
  ENUMERATIONS,
  enumLabel,
  enumOptions,
  isEnumValue,
  type EnumerationName,
} from './enumerations';

const NAMES = Object.keys(ENUMERATIONS) as EnumerationName[];
const KHMER = /[\u1780-\u17FF]/;

describe('enumeration labels', () => {
  it('covers every vocabulary the brief names', () => {
    expect(NAMES).toEqual(
      expect.arrayContaining([
        'brokerRole',
        'legalStatus',
        'victimStatus',
        'exploitationType',
        'linkType',
        'confidence',
        'linkSource',
        'identifierKind',
        'compoundStatus',
        'scamType',
        'compoundIndicator',
        'travelMode',
        'ageBand',
        'sex',
        'recruitmentChannel',
      ]),
    );
  });

  it.each(NAMES)('has exactly one English label per %s value, and no stray ones', (name) => {
    const labels = en.enums[name] as Record<string, string>;
    expect(Object.keys(labels).sort()).toEqual([...ENUMERATIONS[name]].sort());
    for (const value of ENUMERATIONS[name]) expect(labels[value]?.trim()).toBeTruthy();
  });

  it.each(NAMES)('has a Khmer label in Khmer script for every %s value', (name) => {
    const labels = km.enums[name] as Record<string, string>;
    expect(Object.keys(labels).sort()).toEqual([...ENUMERATIONS[name]].sort());
    for (const value of ENUMERATIONS[name]) {
      expect({ value, khmer: KHMER.test(labels[value] ?? '') }).toEqual({ value, khmer: true });
    }
  });

  it('gives options in the vocabulary’s order, in the UI language', () => {
    const t = createI18n('km').t;
    expect(enumOptions(t, 'confidence').map((o) => o.value)).toEqual([
      'confirmed',
      'probable',
      'possible',
      'unverified',
    ]);
    expect(enumLabel(t, 'legalStatus', 'at_large')).toBe(km.enums.legalStatus.at_large);
    expect(enumLabel(createI18n('en').t, 'travelMode', 'boat')).toBe('Boat');
  });

  it('narrows free text to a value of the vocabulary', () => {
    expect(isEnumValue('brokerRole', 'transporter')).toBe(true);
    expect(isEnumValue('brokerRole', 'transport')).toBe(false);
    expect(isEnumValue('brokerRole', null)).toBe(false);
  });
});
