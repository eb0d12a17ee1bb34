import { Injectable } from '@nestjs/common';

import type { Actor } from 'src/common/access/auth-context';
import { type FieldProblem, fieldErrors } from 'src/common/errors/field-errors';
import { pageResponse } from 'src/common/http/page.dto';
import { refKey, RecordRefsService } from 'src/common/records/record-refs.service';
import { notFound, RecordWriter, type RecordType } from 'src/common/records/record-writer';
import { Database, type Tx } from 'src/database/database';
import { PlacesService } from 'src/modules/places/places.service';
import type {
  CreateRouteDto,
  ListRoutesQueryDto,
  RouteLegInputDto,
  RoutePageResponseDto,
  RouteResponseDto,
  UpdateRouteDto,
} from 'src/modules/routes/dto/route.dto';
import type { RouteEntity } from 'src/modules/routes/route.entity';
import { type RouteRefs, routeRefs, toRoute } from 'src/modules/routes/route.mapper';
import {
  type LegInput,
  type RouteRow,
  RoutesRepository,
  type RouteValues,
} from 'src/modules/routes/routes.repository';

/** The route's fields after a create or an update, as the rules see them. */
type RouteState = {
  destinationCompoundId: string | null;
  destinationPlaceId: string | null;
  moneyAdvanced: number | string | null;
  currency: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
};

/** A record the request refers to, and the field that named it. */
type Ref = { field: string; kind: 'place' | 'broker' | 'compound'; id: string };

/** Rules that need no database: one destination, dates in order, money with its currency, a chain of legs. */
function shapeProblems(
  state: RouteState,
  legs: RouteLegInputDto[] | undefined,
  sent: (field: keyof RouteState) => boolean = () => true,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  // Of two fields that disagree, the one the request changed is named; the later one if both.
  const blame = (first: keyof RouteState, second: keyof RouteState) =>
    sent(first) && !sent(second) ? first : second;
  if (state.destinationCompoundId && state.destinationPlaceId) {
    problems.push({
      field: blame('destinationCompoundId', 'destinationPlaceId'),
      problem: 'give a destination compound or a destination place, not both',
    });
  }
  if (state.firstSeen && state.lastSeen && state.firstSeen > state.lastSeen) {
    const field = blame('firstSeen', 'lastSeen');
    problems.push({
      field,
      problem: field === 'lastSeen' ? 'must not be before firstSeen' : 'must not be after lastSeen',
    });
  }
  if (state.moneyAdvanced !== null && !state.currency) {
    problems.push({ field: 'currency', problem: 'give the currency of moneyAdvanced' });
  }
  legs?.forEach((leg, i) => {
    if (leg.fromPlaceId === leg.toPlaceId) {
      problems.push({ field: `legs[${i}].toPlaceId`, problem: 'must differ from fromPlaceId' });
    }
    const previous = i > 0 ? legs[i - 1] : undefined;
    if (previous && leg.fromPlaceId !== previous.toPlaceId) {
      problems.push({
        field: `legs[${i}].fromPlaceId`,
        problem: `must be where legs[${i - 1}] ended (its toPlaceId)`,
      });
    }
    if (leg.departedOn && leg.arrivedOn && leg.departedOn > leg.arrivedOn) {
      problems.push({ field: `legs[${i}].arrivedOn`, problem: 'must not be before departedOn' });
    }
  });
  return problems;
}

/** The records a request refers to: only those it sends, so an untouched field is never re-judged. */
function wantedRefs(dto: Partial<CreateRouteDto>, legs: RouteLegInputDto[] | undefined): Ref[] {
  const refs: Ref[] = [];
  if (dto.originPlaceId)
    refs.push({ field: 'originPlaceId', kind: 'place', id: dto.originPlaceId });
  if (dto.destinationPlaceId) {
    refs.push({ field: 'destinationPlaceId', kind: 'place', id: dto.destinationPlaceId });
  }
  if (dto.destinationCompoundId) {
    refs.push({ field: 'destinationCompoundId', kind: 'compound', id: dto.destinationCompoundId });
  }
  legs?.forEach((leg, i) => {
    refs.push({ field: `legs[${i}].fromPlaceId`, kind: 'place', id: leg.fromPlaceId });
    refs.push({ field: `legs[${i}].toPlaceId`, kind: 'place', id: leg.toPlaceId });
    if (leg.brokerId) refs.push({ field: `legs[${i}].brokerId`, kind: 'broker', id: leg.brokerId });
  });
  return refs;
}

/** The columns a request sets: blank text is no text, money travels as text (numeric). */
function columns(dto: Partial<CreateRouteDto>): Partial<RouteEntity> {
  const { lureJob, notes, moneyAdvanced, legs: _legs, ...rest } = dto;
  return {
    ...rest,
    lureJob: lureJob === undefined ? undefined : lureJob || null,
    notes: notes === undefined ? undefined : notes || null,
    moneyAdvanced:
      moneyAdvanced === undefined
        ? undefined
        : moneyAdvanced === null
          ? null
          : String(moneyAdvanced),
  };
}

function legInput(leg: RouteLegInputDto): LegInput {
  return {
    fromPlaceId: leg.fromPlaceId,
    toPlaceId: leg.toPlaceId,
    mode: leg.mode,
    departedOn: leg.departedOn ?? null,
    arrivedOn: leg.arrivedOn ?? null,
    brokerId: leg.brokerId ?? null,
    notes: leg.notes || null,
  };
}

/**
 * Recruitment routes: an ordered chain of legs from an origin place through transit points to a
 * destination compound or place. The legs belong to the route: they are written with it, replaced
 * as a whole list, and versioned with it.
 */
@Injectable()
export class RoutesService {
  private readonly record: RecordType<RouteRow, RouteValues>;

  constructor(
    private readonly routes: RoutesRepository,
    private readonly database: Database,
    private readonly places: PlacesService,
    private readonly refs: RecordRefsService,
    private readonly writer: RecordWriter,
  ) {
    this.record = {
      name: 'route',
      table: 'routes',
      store: this.routes,
      present: async (tx, row) => this.present(row, await this.refs.describe(tx, routeRefs([row]))),
      search: {
        kind: 'route',
        fields: { name: 'name' },
        code: { column: 'ref_code', property: 'refCode' },
      },
    };
  }

  async list(_actor: Actor, query: ListRoutesQueryDto): Promise<RoutePageResponseDto> {
    const rows = await this.routes.list(this.database.pool, query);
    const refs = await this.refs.describe(this.database.pool, routeRefs(rows.entities));
    return pageResponse(query, rows, (r) => this.present(r, refs));
  }

  async get(_actor: Actor, id: string): Promise<RouteResponseDto> {
    const route = await this.routes.find(this.database.pool, id);
    if (!route) throw notFound('route');
    return this.present(route, await this.refs.describe(this.database.pool, routeRefs([route])));
  }

  async create(actor: Actor, dto: CreateRouteDto): Promise<RouteResponseDto> {
    const legs = dto.legs ?? [];
    const problems = shapeProblems(
      {
        destinationCompoundId: dto.destinationCompoundId ?? null,
        destinationPlaceId: dto.destinationPlaceId ?? null,
        moneyAdvanced: dto.moneyAdvanced ?? null,
        currency: dto.currency ?? null,
        firstSeen: dto.firstSeen ?? null,
        lastSeen: dto.lastSeen ?? null,
      },
      legs,
    );
    if (problems.length) throw fieldErrors(problems);
    let refs: RouteRefs = new Map();
    const values = { ...columns(dto), legs: legs.map(legInput), createdBy: actor.auth.user.id };
    const route = await this.writer.create(actor, this.record, values, {
      details: { legs: legs.length },
      prepare: async (tx) => {
        refs = await this.checked(tx, wantedRefs(dto, legs), []);
      },
    });
    return this.present(route, refs);
  }

  async update(actor: Actor, id: string, dto: UpdateRouteDto): Promise<RouteResponseDto> {
    const { version, legs, ...changes } = dto;
    let refs: RouteRefs = new Map();
    const values = { ...columns(changes), legs: legs?.map(legInput) };
    const route = await this.writer.update(actor, this.record, id, version, values, {
      details: legs ? { legs: legs.length } : {},
      prepare: async (tx) => {
        const before = await this.routes.find(tx, id);
        // Nothing to judge: the update then answers 404, or 409 on a stale version.
        if (!before || before.archivedAt) return;
        // Judged against the route as read; if it changed meanwhile, the version check answers 409.
        const merged = <K extends keyof RouteState>(key: K): RouteState[K] =>
          (changes[key] === undefined ? before[key] : changes[key]) as RouteState[K];
        const problems = shapeProblems(
          {
            destinationCompoundId: merged('destinationCompoundId'),
            destinationPlaceId: merged('destinationPlaceId'),
            moneyAdvanced: merged('moneyAdvanced'),
            currency: merged('currency'),
            firstSeen: merged('firstSeen'),
            lastSeen: merged('lastSeen'),
          },
          legs,
          (field) => changes[field] !== undefined,
        );
        if (problems.length) throw fieldErrors(problems);
        // A leg the web app sends back unchanged may keep a place or broker archived since.
        const kept = new Set(
          before.legs.flatMap((l) => [l.fromPlace.id, l.toPlace.id, l.brokerId ?? '']),
        );
        const wanted = wantedRefs(changes, legs).filter(
          (r) => !r.field.startsWith('legs[') || !kept.has(r.id),
        );
        const shown = routeRefs([
          {
            destinationCompoundId: merged('destinationCompoundId'),
            legs: legs?.map(legInput) ?? before.legs,
          },
        ]);
        refs = await this.checked(tx, wanted, shown);
      },
    });
    return this.present(route, refs);
  }

  async setArchived(actor: Actor, id: string, archived: boolean): Promise<RouteResponseDto> {
    const route = await this.writer.setArchived(actor, this.record, id, archived);
    return this.present(route, await this.refs.describe(this.database.pool, routeRefs([route])));
  }

  /**
   * The records a request refers to must exist and be in use: a 400 naming every field that is not.
   * Answers them with those the answer will show, described in one statement.
   */
  private async checked(
    tx: Tx,
    wanted: Ref[],
    shown: { kind: Ref['kind']; id: string }[],
  ): Promise<RouteRefs> {
    const refs = await this.refs.describe(tx, [...wanted, ...shown]);
    const problems = wanted
      .filter((r) => !refs.get(refKey(r.kind, r.id)) || refs.get(refKey(r.kind, r.id))?.archived)
      .map((r) => ({ field: r.field, problem: `no such ${r.kind}` }));
    if (problems.length) throw fieldErrors(problems);
    return refs;
  }

  private present(row: RouteRow, refs: RouteRefs): RouteResponseDto {
    return toRoute(row, refs, (ref) => this.places.summaryOf(ref));
  }
}
