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

  // WCAG 2.5.3 (Label in Name): a button showing `edit` and named by `editLabel` (or `editWith`) must
  // keep the shown words whole in its name, or a voice user saying what they see cannot press it.
  it('keeps a button’s visible words whole in the longer name it is given, in both languages', () => {
    const words = (text: string) =>
      text
        .replace(/\{\{\s*\w+\s*\}\}/g, ' ')
        .toLowerCase()
        .split(/[\s.,:;!?។៖“”"'()]+/)
        .filter(Boolean);
    const contains = (name: string[], shown: string[]) =>
      name.some((_, start) => shown.every((word, i) => name[start + i] === word));
    const broken: string[] = [];
    for (const entries of [enEntries, kmEntries]) {
      for (const [key, shown] of entries) {
        for (const twin of [`${key}Label`, `${key}With`]) {
          const name = entries.get(twin);
          if (typeof name === 'string' && !contains(words(name), words(String(shown))))
            broken.push(`${twin} "${name}" does not keep "${String(shown)}"`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('writes the navigation and role names in Khmer script', () => {
    const khmer = /[\u1780-\u17FF]/;
    for (const [key, value] of kmEntries) {
      if (key.startsWith('nav.') || key.startsWith('roles.'))
        expect({ key, khmer: khmer.test(String(value)) }).toEqual({ key, khmer: true });
    }
  });
});
