import { searchKey, type TravelMode } from '@khsae/domain';
import { Injectable } from '@nestjs/common';

import type { RecordKindSpec } from 'src/common/records/record-kinds';
import type { RecordStore } from 'src/common/records/record-writer';
import { type RawRow, RecordsRepository } from 'src/common/records/records.repository';
import type { Tx } from 'src/database/database';
import { likePattern, pageOf, type PageRows, sortSpec } from 'src/database/paging';
import { hydrate, type SqlPart } from 'src/database/statements';
import { type PlaceRef, PlacesService } from 'src/modules/places/places.service';
import type { ListRoutesQueryDto } from 'src/modules/routes/dto/route.dto';
import { RouteEntity } from 'src/modules/routes/route.entity';

export const ROUTE_KIND: RecordKindSpec = {
  kind: 'route',
  table: 'routes',
  label: 'name',
  sublabel: 'ref_code',
  category: 'NULL',
  code: 'ref_code',
};

/** A leg as it is written: its position is its index in the route's list. */
export type LegInput = {
  fromPlaceId: string;
  toPlaceId: string;
  mode: TravelMode;
  departedOn: string | null;
  arrivedOn: string | null;
  brokerId: string | null;
  notes: string | null;
};

/** What a route's write sets: its columns, and its legs as a whole list. */
export type RouteValues = Partial<RouteEntity> & { legs?: LegInput[] };

/** A leg as the route's statements return it, with its places. */
export type LegRow = Omit<LegInput, 'fromPlaceId' | 'toPlaceId'> & {
  id: string;
  position: number;
  fromPlace: PlaceRef;
  toPlace: PlaceRef;
};

/** A route as its statements return it: the row, its places, and its legs in order. */
export type RouteRow = RouteEntity & {
  originPlace: PlaceRef;
  destinationPlace: PlaceRef | null;
  legs: LegRow[];
};

const SORTS = {
  refCode: 'r.ref_code',
  name: 'r.name',
  firstSeen: 'r.first_seen',
  lastSeen: 'r.last_seen',
  createdAt: 'r.created_at',
  updatedAt: 'r.updated_at',
} as const;

/**
 * Routes and their legs. The legs belong to the route: they are written in the route's own
 * statement, so a route and its legs change together or not at all.
 */
@Injectable()
export class RoutesRepository implements RecordStore<RouteRow, RouteValues> {
  constructor(
    private readonly records: RecordsRepository,
    private readonly places: PlacesService,
  ) {}

  /** SQL: the legs of the route `route` (an alias), read from `legs` (the table or a statement's part). */
  private legsSql(route: string, legs: string): string {
    return `(SELECT coalesce(json_agg(json_build_object(
               'id', g.id, 'position', g.position, 'mode', g.mode,
               'fromPlace', ${this.places.refSql('g.from_place_id')},
               'toPlace', ${this.places.refSql('g.to_place_id')},
               'departedOn', g.departed_on, 'arrivedOn', g.arrived_on,
               'brokerId', g.broker_id, 'notes', g.notes) ORDER BY g.position), '[]')
               FROM ${legs} g WHERE g.route_id = ${route}.id)`;
  }

  /** SQL: what a route's answer needs, of the row aliased `route`, its legs read from `legs`. */
  private selectSql(route: string, legs = 'route_legs'): string {
    return `${route}.*, ${this.places.refSql(`${route}.origin_place_id`)} AS origin_place,
            ${this.places.refSql(`${route}.destination_place_id`)} AS destination_place,
            ${this.legsSql(route, legs)} AS legs`;
  }

  /** The route with what its statement returned beside the row. */
  private row(route: RouteEntity, raw: RawRow): RouteRow {
    return Object.assign(route, {
      originPlace: raw['origin_place'] as PlaceRef,
      destinationPlace: (raw['destination_place'] as PlaceRef | null) ?? null,
      legs: raw['legs'] as LegRow[],
    });
  }

  async list(tx: Tx, query: ListRoutesQueryDto): Promise<PageRows<RouteRow>> {
    const qb = tx.createQueryBuilder(RouteEntity, 'r');
    qb.where(query.archived ? 'r.archived_at IS NOT NULL' : 'r.archived_at IS NULL');
    if (query.originPlaceId) {
      qb.andWhere(this.places.withinSql('r.origin_place_id', 'placeId'), {
        placeId: query.originPlaceId,
      });
    }
    if (query.destinationCompoundId) {
      qb.andWhere('r.destination_compound_id = :destinationCompoundId', {
        destinationCompoundId: query.destinationCompoundId,
      });
    }
    if (query.brokerId) {
      qb.andWhere('r.id IN (SELECT g.route_id FROM route_legs g WHERE g.broker_id = :brokerId)', {
        brokerId: query.brokerId,
      });
    }
    if (query.lureChannel) {
      qb.andWhere('r.lure_channel = :lureChannel', { lureChannel: query.lureChannel });
    }
    const key = query.q ? searchKey(query.q) : '';
    if (key) {
      qb.andWhere(
        `r.id IN (SELECT s.record_id FROM search_entries s WHERE s.record_kind = 'route' AND s.key LIKE :like)`,
        { like: likePattern(key) },
      );
    }
    const { column, direction } = sortSpec(SORTS, query.sort, 'refCode', query.order);
    qb.orderBy(column, direction, 'NULLS LAST').addOrderBy('r.id');
    qb.addSelect(this.places.refSql('r.origin_place_id'), 'origin_place')
      .addSelect(this.places.refSql('r.destination_place_id'), 'destination_place')
      .addSelect(this.legsSql('r', 'route_legs'), 'legs');
    const page = await pageOf(tx, qb, {
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    return { ...page, entities: page.entities.map((route, i) => this.row(route, page.raw[i]!)) };
  }

  async find(tx: Tx, id: string): Promise<RouteRow | null> {
    const [raw] = await tx.query<RawRow[]>(
      `SELECT ${this.selectSql('r')} FROM routes r WHERE r.id = $1`,
      [id],
    );
    return raw ? this.row(hydrate(tx, RouteEntity, raw), raw) : null;
  }

  /** A route and its legs, and `also`, in one statement. */
  async insert(tx: Tx, values: RouteValues, also: SqlPart[] = []): Promise<RouteRow> {
    const { legs = [], ...columns } = values;
    const raw = await this.records.insert(tx, RouteEntity, columns, this.selectSql('p0', 'p1'), [
      this.insertLegs(legs, []),
      ...also,
    ]);
    return this.row(hydrate(tx, RouteEntity, raw), raw);
  }

  /**
   * The optimistic update of a route; `legs`, when given, replace its legs in the same statement
   * (only if the version matched). Null when nothing matched.
   */
  async update(
    tx: Tx,
    id: string,
    version: number,
    values: Partial<RouteValues>,
    also: SqlPart[] = [],
  ): Promise<RouteRow | null> {
    const { legs, ...columns } = values;
    const raw = legs
      ? await this.records.update(
          tx,
          RouteEntity,
          id,
          version,
          columns,
          this.selectSql('p0', 'p2'),
          [
            {
              sql: 'DELETE FROM route_legs g USING p0 WHERE g.route_id = p0.id RETURNING g.id',
              params: [],
            },
            // Reading p1 makes the old legs go before the new ones come, so positions never clash.
            this.insertLegs(legs, ['(SELECT count(*) FROM p1) >= 0']),
            ...also,
          ],
        )
      : await this.records.update(
          tx,
          RouteEntity,
          id,
          version,
          columns,
          this.selectSql('p0'),
          also,
        );
    return raw ? this.row(hydrate(tx, RouteEntity, raw), raw) : null;
  }

  private insertLegs(legs: LegInput[], conditions: string[]): SqlPart {
    return {
      sql: `INSERT INTO route_legs (route_id, position, from_place_id, to_place_id, mode, departed_on,
                                    arrived_on, broker_id, notes)
            SELECT p0.id, x.position, x.from_place_id, x.to_place_id, x.mode::travel_mode, x.departed_on,
                   x.arrived_on, x.broker_id, x.notes
              FROM p0, unnest($1::int[], $2::uuid[], $3::uuid[], $4::text[], $5::date[], $6::date[],
                              $7::uuid[], $8::text[])
                   AS x(position, from_place_id, to_place_id, mode, departed_on, arrived_on, broker_id, notes)
             ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
            RETURNING *`,
      params: [
        legs.map((_, i) => i),
        legs.map((l) => l.fromPlaceId),
        legs.map((l) => l.toPlaceId),
        legs.map((l) => l.mode),
        legs.map((l) => l.departedOn),
        legs.map((l) => l.arrivedOn),
        legs.map((l) => l.brokerId),
        legs.map((l) => l.notes),
      ],
    };
  }
}
