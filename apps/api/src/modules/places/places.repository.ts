import { searchKey } from '@khsae/domain';
import { Injectable } from '@nestjs/common';

import type { RecordKindSpec } from 'src/common/records/record-kinds';
import type { RecordStore } from 'src/common/records/record-writer';
import { RecordsRepository } from 'src/common/records/records.repository';
import type { Tx } from 'src/database/database';
import { likePattern, pageOf, type PageRows, sortSpec } from 'src/database/paging';
import { hydrate, runParts, type SqlPart } from 'src/database/statements';
import type { ListPlacesQueryDto } from 'src/modules/places/dto/place.dto';
import type { StoredUnit } from 'src/modules/places/gazetteer';
import { PlaceEntity } from 'src/modules/places/place.entity';

export const PLACE_KIND: RecordKindSpec = {
  kind: 'place',
  table: 'places',
  label: 'name_latin',
  sublabel: 'path_latin',
  category: 'kind::text',
  code: 'code',
};

/** What a user sets on a new place; its paths come from its parent. */
export type NewPlace = Pick<
  PlaceEntity,
  | 'kind'
  | 'nameLatin'
  | 'nameKm'
  | 'countryCode'
  | 'parentId'
  | 'code'
  | 'lat'
  | 'lng'
  | 'createdBy'
>;

/** One gazetteer unit as the import writes it, with its paths and coordinates worked out. */
export type AdminUnitRow = {
  kind: string;
  code: string;
  parentCode: string | null;
  nameKm: string | null;
  nameLatin: string;
  nameAlt: string | null;
  pathLatin: string;
  pathKm: string;
  lat: number | null;
  lng: number | null;
};

export type CountryRow = { code: string; nameLatin: string; nameKm: string | null };

const SORTS = { nameLatin: 'p.name_latin', code: 'p.code', kind: 'p.kind' } as const;

/** The SQL of places, the gazetteer and the places users add. */
@Injectable()
export class PlacesRepository implements RecordStore<PlaceEntity, NewPlace> {
  constructor(private readonly records: RecordsRepository) {}

  /** SQL: the place a column refers to, as one JSON value (a PlaceRef), or NULL. */
  refSql(column: string): string {
    return `(SELECT json_build_object('id', p.id, 'kind', p.kind, 'code', p.code, 'nameKm', p.name_km,
              'nameLatin', p.name_latin, 'pathLatin', p.path_latin, 'pathKm', p.path_km,
              'countryCode', p.country_code, 'archived', p.archived_at IS NOT NULL)
               FROM places p WHERE p.id = ${column})`;
  }

  /** SQL: whether a column refers to the place named by the parameter `:${param}` or a place inside it. */
  withinSql(column: string, param: string): string {
    return `${column} IN (WITH RECURSIVE d AS (
      SELECT id FROM places WHERE id = :${param}
      UNION ALL SELECT p.id FROM places p JOIN d ON p.parent_id = d.id
    ) SELECT id FROM d)`;
  }

  /** Archived places are left out unless asked for, and then listed with the active ones. */
  list(tx: Tx, query: ListPlacesQueryDto): Promise<PageRows<PlaceEntity>> {
    const qb = tx.createQueryBuilder(PlaceEntity, 'p');
    if (!query.archived) qb.andWhere('p.archived_at IS NULL');
    if (query.kind) qb.andWhere('p.kind = :kind', { kind: query.kind });
    if (query.parentId) qb.andWhere('p.parent_id = :parentId', { parentId: query.parentId });
    if (query.countryCode) qb.andWhere('p.country_code = :cc', { cc: query.countryCode });
    const key = query.q ? searchKey(query.q) : '';
    if (key) {
      // Matches any of the place's names through the trigram-indexed search keys.
      qb.andWhere(
        `p.id IN (SELECT s.record_id FROM search_entries s WHERE s.record_kind = 'place' AND s.key LIKE :like)`,
        { like: likePattern(key) },
      );
      // Shorter names first: "Ou" finds the village "Ou" before "Ou Thum".
      qb.orderBy('length(p.name_latin)', 'ASC').addOrderBy('p.name_latin', 'ASC');
    } else {
      const { column, direction } = sortSpec(SORTS, query.sort, 'nameLatin', query.order);
      qb.orderBy(column, direction, 'NULLS LAST');
    }
    qb.addOrderBy('p.id');
    return pageOf(tx, qb, { skip: (query.page - 1) * query.pageSize, take: query.pageSize });
  }

  async find(tx: Tx, id: string): Promise<PlaceEntity | null> {
    const [raw] = await tx.query<Record<string, unknown>[]>(`SELECT * FROM places WHERE id = $1`, [
      id,
    ]);
    return raw ? hydrate(tx, PlaceEntity, raw) : null;
  }

  /** A new place, its paths in both scripts led by its own name and followed by its parent's. */
  async insert(tx: Tx, p: NewPlace, also: SqlPart[] = []): Promise<PlaceEntity> {
    const row: SqlPart = {
      sql: `INSERT INTO places (kind, name_latin, name_km, country_code, parent_id, code, lat, lng, created_by,
                                path_latin, path_km)
            SELECT $1::place_kind, $2::text, $3::text, $4, $5::uuid, $6, $7, $8, $9,
                   $2::text || coalesce(', ' || parent.path_latin, ''),
                   CASE WHEN $3::text <> '' THEN $3::text || coalesce(' ' || parent.path_km, '') END
              FROM (SELECT 1) AS one LEFT JOIN places parent ON parent.id = $5::uuid
            RETURNING *`,
      params: [
        p.kind,
        p.nameLatin,
        p.nameKm,
        p.countryCode,
        p.parentId,
        p.code,
        p.lat,
        p.lng,
        p.createdBy,
      ],
    };
    const [raw] = await runParts(tx, [row, ...also], { sql: 'SELECT * FROM p0', params: [] });
    return hydrate(tx, PlaceEntity, raw!);
  }

  async update(
    tx: Tx,
    id: string,
    version: number,
    values: Partial<PlaceEntity>,
    also: SqlPart[] = [],
  ): Promise<PlaceEntity | null> {
    const raw = await this.records.update(tx, PlaceEntity, id, version, values, '*', also);
    return raw ? hydrate(tx, PlaceEntity, raw) : null;
  }
}

/**
 * Upserts gazetteer units by official code (running it twice changes nothing). Parents must be
 * written by an earlier call: the statement joins each unit to its parent's row.
 */
export async function upsertAdminUnits(tx: Tx, units: AdminUnitRow[]): Promise<void> {
  await tx.query(
    `INSERT INTO places (kind, code, parent_id, country_code, name_km, name_latin, name_alt, path_latin, path_km, lat, lng)
     SELECT x.kind::place_kind, x.code, parent.id, 'KH', x.name_km, x.name_latin, x.name_alt, x.path_latin, x.path_km, x.lat, x.lng
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                   $9::float8[], $10::float8[])
            AS x(kind, code, parent_code, name_km, name_latin, name_alt, path_latin, path_km, lat, lng)
       LEFT JOIN places parent ON parent.code = x.parent_code
     ON CONFLICT (code) WHERE code IS NOT NULL DO UPDATE SET
       parent_id = EXCLUDED.parent_id, name_km = EXCLUDED.name_km, name_latin = EXCLUDED.name_latin,
       name_alt = EXCLUDED.name_alt, path_latin = EXCLUDED.path_latin, path_km = EXCLUDED.path_km,
       lat = EXCLUDED.lat, lng = EXCLUDED.lng, archived_at = NULL, archived_by = NULL, updated_at = now()`,
    [
      units.map((u) => u.kind),
      units.map((u) => u.code),
      units.map((u) => u.parentCode),
      units.map((u) => u.nameKm),
      units.map((u) => u.nameLatin),
      units.map((u) => u.nameAlt),
      units.map((u) => u.pathLatin),
      units.map((u) => u.pathKm),
      units.map((u) => u.lat),
      units.map((u) => u.lng),
    ],
  );
}

/** The gazetteer's units as stored, archived ones too: what a re-import compares its file with. */
export function storedAdminUnits(tx: Tx): Promise<StoredUnit[]> {
  return tx.query<StoredUnit[]>(
    `SELECT code, kind::text AS kind, name_latin AS "nameLatin", name_km AS "nameKm",
            archived_at IS NOT NULL AS archived
       FROM places WHERE kind IN ('province', 'district', 'commune', 'village') AND code IS NOT NULL`,
  );
}

/** Archives the gazetteer units whose codes a new file no longer lists (records may still refer to them). */
export async function archiveAdminUnits(tx: Tx, codes: string[], by: string | null): Promise<void> {
  await tx.query(
    `UPDATE places SET archived_at = now(), archived_by = $2, updated_at = now(), version = version + 1
      WHERE code = ANY($1::text[]) AND kind IN ('province', 'district', 'commune', 'village')
        AND archived_at IS NULL`,
    [codes, by],
  );
}

/** Removes the search keys of the places of these kinds, before they are written again. */
export async function clearPlaceSearchEntries(tx: Tx, kinds: readonly string[]): Promise<void> {
  await tx.query(
    `DELETE FROM search_entries s USING places p WHERE s.record_id = p.id AND p.kind::text = ANY($1::text[])`,
    [kinds],
  );
}

/** Search keys of places found by their official code (codes are unique): [code, field, source, text] each. */
export async function insertPlaceSearchEntries(
  tx: Tx,
  entries: [code: string, field: string, source: string, text: string][],
): Promise<void> {
  await tx.query(
    `INSERT INTO search_entries (record_kind, record_id, field, source, text, key)
     SELECT 'place', p.id, x.field, x.source, x.text, x.key
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS x(code, field, source, text, key)
       JOIN places p ON p.code = x.code`,
    [
      entries.map((e) => e[0]),
      entries.map((e) => e[1]),
      entries.map((e) => e[2]),
      entries.map((e) => e[3]),
      entries.map((e) => searchKey(e[3])),
    ],
  );
}

/** Upserts the countries as places of kind "country" with their ISO code; archives a country no longer listed. */
export async function upsertCountries(tx: Tx, countries: CountryRow[]): Promise<void> {
  await tx.query(
    `UPDATE places SET archived_at = now(), updated_at = now()
      WHERE kind = 'country' AND created_by IS NULL AND archived_at IS NULL AND code <> ALL($1::text[])`,
    [countries.map((c) => c.code)],
  );
  await tx.query(
    `INSERT INTO places (kind, code, country_code, name_latin, name_km, path_latin, path_km)
     SELECT 'country', x.code, x.code, x.name_latin, x.name_km, x.name_latin, x.name_km
       FROM unnest($1::text[], $2::text[], $3::text[]) AS x(code, name_latin, name_km)
     ON CONFLICT (code) WHERE code IS NOT NULL DO UPDATE SET name_latin = EXCLUDED.name_latin, name_km = EXCLUDED.name_km`,
    [
      countries.map((c) => c.code),
      countries.map((c) => c.nameLatin),
      countries.map((c) => c.nameKm),
    ],
  );
}
