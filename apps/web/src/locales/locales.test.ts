import { describe, expect, it } from '@jest/globals';

import { en } from './en';
import { km } from './km';

function flatten(tree: object, prefix = ''): Map<string, unknown> {
  const entries = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') {
      for (const [nested, leaf] of flatten(value as object, path)) entries.set(nested, leaf);
    } else {
      entries.set(path, value);
    }
  }
  return entries;
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  const enEntries = flatten(en);
  const kmEntries = flatten(km);

  it('has exactly the same keys in English and Khmer', () => {
    expect([...kmEntries.keys()].sort()).toEqual([...enEntries.keys()].sort());
  });

  it('has a non-empty string for every key', () => {
    for (const [key, value] of [...enEntries, ...kmEntries]) {
      expect({ key, ok: typeof value === 'string' && value.trim().length > 0 }).toEqual({
        key,
        ok: true,
      });
    }
  });

  it('uses the same interpolation placeholders in both languages', () => {
    for (const [key, value] of enEntries) {
      expect({ key, placeholders: placeholders(String(kmEntries.get(key))) }).toEqual({
        key,
        placeholders: placeholders(String(value)),
      });
    }
  });

  it('writes the navigation and role names in Khmer script', () => {
    const khmer = /[\u1780-\u17FF]/;
    for (const [key, value] of kmEntries) {
      if (key.startsWith('nav.') || key.startsWith('roles.'))
        expect({ key, khmer: khmer.test(String(value)) }).toEqual({ key, khmer: true });
    }
  });
});
