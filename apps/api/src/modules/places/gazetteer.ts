import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

import { ADMIN_PLACE_KINDS, cleanText, COUNTRIES } from '@khsae/domain';

import type { Tx } from 'src/database/database';
import {
  type AdminUnitRow,
  clearPlaceSearchEntries,
  insertPlaceSearchEntries,
  upsertAdminUnits,
  upsertCountries,
} from 'src/modules/places/places.repository';

/** One row of ../shared/data/gazetteer/cambodia_admin_flat.csv (NCDD gazetteer via pumi). */
export type GazetteerRow = {
  code: string;
  level: (typeof ADMIN_PLACE_KINDS)[number];
  parentCode: string | null;
  nameKm: string;
  nameLatin: string;
  nameAlt: string | null;
  unitEn: string;
  unitKm: string;
  unitLatin: string;
  lat: number | null;
  lng: number | null;
};

const COLUMNS = [
  'code',
  'level',
  'parent_code',
  'name_km',
  'name_latin',
  'name_ungegn',
  'unit_en',
  'unit_km',
  'unit_latin',
  'lat',
  'long',
  'iso3166_2',
];

/** RFC 4180 CSV: quoted fields, doubled quotes inside them. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}

export function parseGazetteer(text: string): GazetteerRow[] {
  const [header, ...body] = parseCsv(text.replace(/^\uFEFF/, ''));
  if (!header || COLUMNS.some((c, i) => header[i] !== c)) {
    throw new Error(`not the gazetteer CSV: expected the columns ${COLUMNS.join(',')}`);
  }
  const num = (v: string | undefined) =>
    v && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : null;
  return body.map((r, i) => {
    const level = r[1] as GazetteerRow['level'];
    if (!(ADMIN_PLACE_KINDS as readonly string[]).includes(level))
      throw new Error(`line ${i + 2}: unknown level "${r[1]}"`);
    return {
      code: r[0]!,
      level,
      parentCode: r[2] || null,
      nameKm: cleanText(r[3] ?? ''),
      nameLatin: cleanText(r[4] ?? ''),
      nameAlt: r[5] ? cleanText(r[5]) : null,
      unitEn: r[6] ?? '',
      unitKm: cleanText(r[7] ?? ''),
      unitLatin: r[8] ?? '',
      lat: num(r[9]),
      lng: num(r[10]),
    };
  });
}

/** Which gazetteer file a set of rows came from: its name, date and SHA-256 of its uncompressed text. */
export type GazetteerSource = { fileName: string; fileDate: string | null; sha256: string };

/** The CSV's text from its bytes, gzip-compressed (as shipped) or plain. */
export function gazetteerText(bytes: Buffer): string {
  const plain = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  return plain.toString('utf8');
}

/** The SHA-256 of the CSV's text without a byte-order mark or surrounding blank space: the same for the .csv, its .csv.gz and its upload. */
export function gazetteerHash(text: string): string {
  return createHash('sha256')
    .update(text.replace(/^\uFEFF/, '').trim(), 'utf8')
    .digest('hex');
}

/** Reads and parses a gazetteer file (.csv or .csv.gz), with where it came from. */
export async function readGazetteerFile(
  file: string,
): Promise<{ rows: GazetteerRow[]; source: GazetteerSource }> {
  const [bytes, info] = await Promise.all([readFile(file), stat(file)]);
  const text = gazetteerText(bytes);
  return {
    rows: parseGazetteer(text),
    source: {
      fileName: path.basename(file),
      fileDate: info.mtime.toISOString(),
      sha256: gazetteerHash(text),
    },
  };
}

/** How a unit reads inside a path: "Phum Ou Thum", "Banteay Neang commune", "Mongkol Borey", "Banteay Meanchey". */
export function unitLabel(
  row: Pick<GazetteerRow, 'level' | 'nameLatin' | 'unitEn' | 'unitLatin'>,
): string {
  if (row.level === 'village') return `${row.unitLatin} ${row.nameLatin}`;
  if (row.level === 'commune') return `${row.nameLatin} ${row.unitEn.toLowerCase()}`;
  return row.nameLatin;
}

const LEVEL_ORDER = { province: 0, district: 1, commune: 2, village: 3 } as const;
const CHUNK = 2_000;

/** What the import needs of the database: a transaction (a DataSource, or the API's Database). */
type Transactions = { transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> };

/**
 * Upserts the gazetteer by official code (running it twice changes nothing), parents before children,
 * with each unit's path in both scripts and its search keys. Villages take their commune's coordinates.
 */
export async function importGazetteer(
  database: Transactions,
  rows: GazetteerRow[],
): Promise<{ upserted: number }> {
  return database.transaction((tx) => writeGazetteer(tx, rows));
}

/** The import's statements inside the caller's transaction (a re-import adds its audit row to it). */
export async function writeGazetteer(tx: Tx, rows: GazetteerRow[]): Promise<{ upserted: number }> {
  const sorted = [...rows].sort(
    (a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.code.localeCompare(b.code),
  );
  const byCode = new Map(sorted.map((r) => [r.code, r]));
  const pathOf = (row: GazetteerRow, script: 'latin' | 'km'): string => {
    const parts: string[] = [];
    for (
      let r: GazetteerRow | undefined = row;
      r;
      r = r.parentCode ? byCode.get(r.parentCode) : undefined
    ) {
      parts.push(script === 'latin' ? unitLabel(r) : `${r.unitKm}${r.nameKm}`);
    }
    return parts.join(script === 'latin' ? ', ' : ' ');
  };
  const coordsOf = (row: GazetteerRow): [number | null, number | null] => {
    if (row.lat !== null) return [row.lat, row.lng];
    const parent = row.parentCode ? byCode.get(row.parentCode) : undefined;
    return parent ? coordsOf(parent) : [null, null];
  };
  const unitOf = (r: GazetteerRow): AdminUnitRow => {
    const [lat, lng] = coordsOf(r);
    return {
      kind: r.level,
      code: r.code,
      parentCode: r.parentCode,
      nameKm: r.nameKm || null,
      nameLatin: r.nameLatin,
      nameAlt: r.nameAlt,
      pathLatin: pathOf(r, 'latin'),
      pathKm: pathOf(r, 'km'),
      lat,
      lng,
    };
  };

  {
    // Level by level, so that every parent row exists before the statement that joins to it.
    const chunks = ADMIN_PLACE_KINDS.flatMap((level) => {
      const ofLevel = sorted.filter((r) => r.level === level);
      return Array.from({ length: Math.ceil(ofLevel.length / CHUNK) }, (_, i) =>
        ofLevel.slice(i * CHUNK, (i + 1) * CHUNK),
      );
    });
    for (const chunk of chunks) await upsertAdminUnits(tx, chunk.map(unitOf));
    // Rebuild the gazetteer's search keys in one statement per field.
    await clearPlaceSearchEntries(tx, ADMIN_PLACE_KINDS);
    const names = sorted
      .flatMap((r) => [
        [r.code, 'name', 'nameLatin', r.nameLatin],
        [r.code, 'name', 'nameKm', r.nameKm],
        ...(r.nameAlt ? [[r.code, 'alias', 'nameAlt', r.nameAlt]] : []),
        [r.code, 'code', 'code', r.code],
      ])
      .filter(([, , , text]) => !!text) as [string, string, string, string][];
    for (let i = 0; i < names.length; i += CHUNK * 4) {
      await insertPlaceSearchEntries(tx, names.slice(i, i + CHUNK * 4));
    }
  }
  return { upserted: sorted.length };
}

/** A gazetteer unit as the database holds it, to compare a new file with. */
export type StoredUnit = {
  code: string;
  kind: string;
  nameLatin: string;
  nameKm: string | null;
  archived: boolean;
};

/** One unit a re-import changes: its code, level and names before and after. */
export type UnitChange = {
  code: string;
  kind: string;
  before: { nameLatin: string; nameKm: string | null } | null;
  after: { nameLatin: string; nameKm: string | null } | null;
};

export type GazetteerChanges = {
  added: UnitChange[];
  renamed: UnitChange[];
  removed: UnitChange[];
};

/**
 * What importing `rows` would change, by official code: units the file adds (or brings back from the
 * archive), renames (Latin or Khmer name) and no longer lists (archived on import).
 */
export function gazetteerChanges(stored: StoredUnit[], rows: GazetteerRow[]): GazetteerChanges {
  const byCode = new Map(stored.map((u) => [u.code, u]));
  const inFile = new Set(rows.map((r) => r.code));
  const changes: GazetteerChanges = { added: [], renamed: [], removed: [] };
  for (const r of rows) {
    const u = byCode.get(r.code);
    const after = { nameLatin: r.nameLatin, nameKm: r.nameKm || null };
    if (!u || u.archived) changes.added.push({ code: r.code, kind: r.level, before: null, after });
    else if (u.nameLatin !== after.nameLatin || (u.nameKm ?? null) !== after.nameKm)
      changes.renamed.push({
        code: r.code,
        kind: r.level,
        before: { nameLatin: u.nameLatin, nameKm: u.nameKm },
        after,
      });
  }
  for (const u of stored)
    if (!u.archived && !inFile.has(u.code))
      changes.removed.push({
        code: u.code,
        kind: u.kind,
        before: { nameLatin: u.nameLatin, nameKm: u.nameKm },
        after: null,
      });
  return changes;
}

/** The current ISO 3166-1 countries with their English and Khmer names (the shared list). */
export function countryList(): { code: string; nameLatin: string; nameKm: string | null }[] {
  return COUNTRIES.map((c) => ({ code: c.code, nameLatin: c.en, nameKm: c.km }));
}

/** Upserts the countries as places of kind "country" with their ISO code. */
export async function importCountries(database: Transactions): Promise<{ upserted: number }> {
  const countries = countryList();
  await database.transaction(async (tx) => {
    await upsertCountries(tx, countries);
    await clearPlaceSearchEntries(tx, ['country']);
    await insertPlaceSearchEntries(
      tx,
      countries.flatMap((c): [string, string, string, string][] => [
        [c.code, 'name', 'nameLatin', c.nameLatin],
        ...(c.nameKm
          ? [[c.code, 'name', 'nameKm', c.nameKm] as [string, string, string, string]]
          : []),
      ]),
    );
  });
  return { upserted: countries.length };
}
