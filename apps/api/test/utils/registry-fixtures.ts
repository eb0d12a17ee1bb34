import { expect } from '@jest/globals';
import type { DataSource } from 'typeorm';

import { importCountries, importGazetteer, type GazetteerRow } from 'src/modules/places/gazetteer';

import type { Agent } from './test-app';

/** A well-formed id that no record has. */
export const RANDOM_ID = '5f0c7a52-3c1d-4e55-9d0e-6a4f1a2b3c4d';

/** A village of the commune Banteay Neang (010201), without coordinates. */
function village(code: string, nameKm: string, nameLatin: string): GazetteerRow {
  return {
    code,
    level: 'village',
    parentCode: '010201',
    nameKm,
    nameLatin,
    nameAlt: null,
    unitEn: 'Village',
    unitKm: 'ភូមិ',
    unitLatin: 'Phum',
    lat: null,
    lng: null,
  };
}

/** A synthetic slice of the gazetteer: one province, district, commune and two villages. */
export const TEST_GAZETTEER: GazetteerRow[] = [
  {
    code: '01',
    level: 'province',
    parentCode: null,
    nameKm: 'បន្ទាយមានជ័យ',
    nameLatin: 'Banteay Meanchey',
    nameAlt: 'Bântéay Méanchoăy',
    unitEn: 'Province',
    unitKm: 'ខេត្ត',
    unitLatin: 'Khaet',
    lat: 13.8,
    lng: 102.9,
  },
  {
    code: '0102',
    level: 'district',
    parentCode: '01',
    nameKm: 'មង្គលបូរី',
    nameLatin: 'Mongkol Borey',
    nameAlt: null,
    unitEn: 'District',
    unitKm: 'ស្រុក',
    unitLatin: 'Srok',
    lat: 13.5,
    lng: 103.0,
  },
  {
    code: '010201',
    level: 'commune',
    parentCode: '0102',
    nameKm: 'បន្ទាយនាង',
    nameLatin: 'Banteay Neang',
    nameAlt: 'Bântéay Néang',
    unitEn: 'Commune',
    unitKm: 'ឃុំ',
    unitLatin: 'Khum',
    lat: 13.51,
    lng: 103.01,
  },
  village('01020101', 'អូរធំ', 'Ou Thum'),
  village('01020102', 'ភ្នំ', 'Phnum'),
];

/** Loads the synthetic gazetteer slice and the countries; answers place ids by code. */
export async function seedPlaces(dataSource: DataSource): Promise<Record<string, string>> {
  await importCountries(dataSource);
  await importGazetteer(dataSource, TEST_GAZETTEER);
  const rows = await dataSource.query<{ id: string; code: string }[]>(
    `SELECT id, code FROM places WHERE code IS NOT NULL`,
  );
  return Object.fromEntries(rows.map((r) => [r.code, r.id]));
}

/** A broker recorded through the API. */
export async function createBroker(
  agent: Agent,
  nameLatin: string,
  role = 'local_recruiter',
): Promise<{ id: string; refCode: string }> {
  const res = await agent.post('/api/brokers').send({ nameLatin, role });
  expect(res.status).toBe(201);
  return res.body;
}

/** A compound in Cambodia written straight to its table. */
export async function insertCompound(
  dataSource: DataSource,
  name: string,
): Promise<{ id: string; ref_code: string }> {
  const [row] = await dataSource.query<{ id: string; ref_code: string }[]>(
    `INSERT INTO compounds (name, country_code) VALUES ($1, 'KH') RETURNING id, ref_code`,
    [name],
  );
  return row!;
}

/** A female victim written straight to its table, with no identity. */
export async function insertVictim(dataSource: DataSource): Promise<{ id: string; code: string }> {
  const [row] = await dataSource.query<{ id: string; code: string }[]>(
    `INSERT INTO victims (sex) VALUES ('female') RETURNING id, code`,
  );
  return row!;
}
