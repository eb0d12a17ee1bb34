import type { PlaceSummary } from '@khsae/domain';
import { Injectable } from '@nestjs/common';

import type { RecordKindSpec } from 'src/common/records/record-kinds';

export const PLACE_KIND: RecordKindSpec = {
  kind: 'place',
  table: 'places',
  label: 'name_latin',
  sublabel: 'path_latin',
  category: 'kind::text',
};

/** A place another record refers to, as its statement returns it: the summary and whether it is archived. */
export type PlaceRef = PlaceSummary & { archived: boolean };

/** The SQL of places, the gazetteer and the places users add. */
@Injectable()
export class PlacesRepository {
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
}
