import type { DataSource } from 'typeorm';

import { importCountries, importGazetteer, type GazetteerRow } from 'src/modules/places/gazetteer';

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
  {
    code: '01020101',
    level: 'village',
    parentCode: '010201',
    nameKm: 'អូរធំ',
    nameLatin: 'Ou Thum',
    nameAlt: null,
    unitEn: 'Village',
    unitKm: 'ភូមិ',
    unitLatin: 'Phum',
    lat: null,
    lng: null,
  },
  {
    code: '01020102',
    level: 'village',
    parentCode: '010201',
    nameKm: 'ភ្នំ',
    nameLatin: 'Phnum',
    nameAlt: null,
    unitEn: 'Village',
    unitKm: 'ភូមិ',
    unitLatin: 'Phum',
    lat: null,
    lng: null,
  },
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
