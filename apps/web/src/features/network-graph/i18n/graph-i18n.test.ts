import { describe, expect, it } from '@jest/globals';
import { createInstance } from 'i18next';

import { graphEn } from './graph-en';
import { GRAPH_NAMESPACE, registerGraphTranslations } from './graph-i18n';
import { graphKm } from './graph-km';

function flatten(tree: object, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') {
      for (const [k, v] of flatten(value as object, path)) entries.set(k, v);
    } else {
      entries.set(path, String(value));
    }
  }
  return entries;
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('graph translations', () => {
  const en = flatten(graphEn);
  const km = flatten(graphKm);

  it('should have exactly the same keys in English and Khmer', () => {
    expect([...km.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('should have a non-empty string for every key', () => {
    for (const [key, value] of [...en, ...km])
      expect({ key, ok: value.trim().length > 0 }).toEqual({ key, ok: true });
  });

  it('should use the same placeholders in both languages', () => {
    for (const [key, value] of en) {
      expect({ key, placeholders: placeholders(km.get(key) ?? '') }).toEqual({
        key,
        placeholders: placeholders(value),
      });
    }
  });

  it('should write Khmer in Khmer script, except names and file names', () => {
    const khmer = /[\u1780-\u17FF]/;
    const latinOnly = new Set(['export.fileName', 'details.between', 'path.hop']);
    for (const [key, value] of km) {
      if (!latinOnly.has(key))
        expect({ key, khmer: khmer.test(value) }).toEqual({ key, khmer: true });
    }
  });

  it('should register the namespace once on an i18next instance', () => {
    const i18n = createInstance();
    void i18n.init({
      lng: 'km',
      fallbackLng: 'en',
      resources: {},
      initAsync: false,
      showSupportNotice: false,
    });
    registerGraphTranslations(i18n);
    registerGraphTranslations(i18n);
    // The app's i18next types know only the default namespace; read this one untyped.
    const translate = (lng: string, key: string, options?: object) =>
      i18n.t(key as never, { lng, ns: GRAPH_NAMESPACE, ...options } as never) as unknown as string;
    expect(translate('km', 'tabs.network')).toBe('បណ្តាញ');
    expect(translate('en', 'path.found', { count: 2, hops: 3 })).toBe('2 shortest paths of 3 hops');
  });
});
