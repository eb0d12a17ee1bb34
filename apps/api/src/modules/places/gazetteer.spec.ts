import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

import {
  gazetteerChanges,
  gazetteerHash,
  gazetteerText,
  type GazetteerRow,
  parseGazetteer,
  type StoredUnit,
} from 'src/modules/places/gazetteer';

const SHIPPED = 'apps/api/data/gazetteer/cambodia_admin_flat.csv.gz';

const row = (code: string, nameLatin: string, nameKm: string): GazetteerRow => ({
  code,
  level: 'village',
  parentCode: code.slice(0, 6),
  nameKm,
  nameLatin,
  nameAlt: null,
  unitEn: 'Village',
  unitKm: 'ភូមិ',
  unitLatin: 'Phum',
  lat: null,
  lng: null,
});
const unit = (code: string, nameLatin: string, nameKm: string, archived = false): StoredUnit => ({
  code,
  kind: 'village',
  nameLatin,
  nameKm,
  archived,
});

describe('the shipped gazetteer', () => {
  it('reads the .csv.gz as its CSV: every unit of Cambodia, the same hash as the plain text', () => {
    const bytes = readFileSync(SHIPPED);
    const text = gazetteerText(bytes);
    expect(text).toBe(gunzipSync(bytes).toString('utf8'));
    const rows = parseGazetteer(text);
    const count = (level: string) => rows.filter((r) => r.level === level).length;
    expect([count('province'), count('district'), count('commune'), count('village')]).toEqual([
      25, 210, 1652, 14578,
    ]);
    expect(gazetteerHash(text)).toBe(gazetteerHash(`\uFEFF${text.trim()}\n\n`));
    // Names are stored clean: no zero-width space survives.
    expect(rows.some((r) => /\u200B/.test(r.nameKm + r.nameLatin))).toBe(false);
  });
});

describe('gazetteerChanges', () => {
  it('finds units added, brought back, renamed in either script and no longer listed, by code', () => {
    const stored = [
      unit('01020101', 'Ou Thum', 'អូរធំ'),
      unit('01020102', 'Phnum', 'ភ្នំ'),
      unit('01020103', 'Kouk', 'គោក'),
      unit('01020104', 'Old', 'ចាស់', true),
    ];
    const rows = [
      row('01020101', 'Ou Thum', 'អូរធំថ្មី'),
      row('01020103', 'Kouk', 'គោក'),
      row('01020104', 'Old', 'ចាស់'),
      row('01020105', 'New', 'ថ្មី'),
    ];
    const changes = gazetteerChanges(stored, rows);
    expect(changes.added.map((c) => c.code)).toEqual(['01020104', '01020105']);
    expect(changes.renamed).toEqual([
      {
        code: '01020101',
        kind: 'village',
        before: { nameLatin: 'Ou Thum', nameKm: 'អូរធំ' },
        after: { nameLatin: 'Ou Thum', nameKm: 'អូរធំថ្មី' },
      },
    ]);
    expect(changes.removed.map((c) => c.code)).toEqual(['01020102']);
    expect(gazetteerChanges(stored.slice(0, 3), rows.slice(0, 2)).removed).toHaveLength(1);
  });
});
