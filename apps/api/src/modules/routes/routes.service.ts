import { type Page, searchKey } from '@khsae/domain';
import { BadRequestException, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';

import type { AuthContext, RequestOrigin } from 'src/common/access/auth-context';
import { AuditService } from 'src/common/audit/audit.service';
import { RecordArchiveService } from 'src/common/registry/record-archive.service';
import {
  likePattern,
  notFound,
  sortSpec,
  staleVersion,
  updateWithVersion,
} from 'src/common/registry/registry-writes';
import { pageWindow } from 'src/common/http/page.dto';
import { PlacesService } from 'src/modules/places/places.service';
import {
  type CreateRouteDto,
  type ListRoutesQueryDto,
  type RouteLegInputDto,
  type RouteResponseDto,
  type UpdateRouteDto,
  validateLegs,
} from 'src/modules/routes/dto/route.dto';
import { RouteLegEntity } from 'src/modules/routes/route-leg.entity';
import { RouteEntity } from 'src/modules/routes/route.entity';
import { type RouteRefs, routeSearchEntries, toRoute } from 'src/modules/routes/route.mapper';
import { SearchIndexService } from 'src/modules/search/search-index.service';

const SORTS = {
  refCode: 'r.ref_code',
  name: 'r.name',
  firstSeen: 'r.first_seen',
  lastSeen: 'r.last_seen',
  createdAt: 'r.created_at',
  updatedAt: 'r.updated_at',
} as const;

type Problem = { field: string; problem: string };

/** The route's fields after a create or an update, as the rules see them. */
type RouteState = {
  destinationCompoundId: string | null;
  destinationPlaceId: string | null;
  moneyAdvanced: number | string | null;
  currency: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
};

/** A referenced record's id and the field that named it. */
type Ref = { field: string; id: string };
/** References the request sets. */
type Wanted = { places: Ref[]; brokers: Ref[]; compounds: Ref[] };

/** A 400 that names every field with a problem, as the validation pipe does. */
function badFields(problems: Problem[]): BadRequestException {
  const fields = [...new Set(problems.map((p) => p.field))].map((field) => ({
    field,
    problems: problems.filter((p) => p.field === field).map((p) => p.problem),
  }));
  return new BadRequestException({
    message: fields.map((f) => `${f.field}: ${f.problems.join(', ')}`).join('; '),
    fields,
  });
}

/** Rules that need no database: one destination, dates in order, money with its currency, a chain of legs. */
function shapeProblems(
  state: RouteState,
  legs: RouteLegInputDto[] | undefined,
  sent: (field: keyof RouteState) => boolean = () => true,
): Problem[] {
  const problems: Problem[] = [];
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

/** The references a request sets: only those it sends, so an untouched field is never re-judged. */
function wantedRefs(
  dto: Partial<
    Pick<CreateRouteDto, 'originPlaceId' | 'destinationCompoundId' | 'destinationPlaceId'>
  >,
  legs: RouteLegInputDto[] | undefined,
): Wanted {
  const wanted: Wanted = { places: [], brokers: [], compounds: [] };
  if (dto.originPlaceId) wanted.places.push({ field: 'originPlaceId', id: dto.originPlaceId });
  if (dto.destinationPlaceId) {
    wanted.places.push({ field: 'destinationPlaceId', id: dto.destinationPlaceId });
  }
  if (dto.destinationCompoundId) {
    wanted.compounds.push({ field: 'destinationCompoundId', id: dto.destinationCompoundId });
  }
  legs?.forEach((leg, i) => {
    wanted.places.push({ field: `legs[${i}].fromPlaceId`, id: leg.fromPlaceId });
    wanted.places.push({ field: `legs[${i}].toPlaceId`, id: leg.toPlaceId });
    if (leg.brokerId) wanted.brokers.push({ field: `legs[${i}].brokerId`, id: leg.brokerId });
  });
  return wanted;
}

/**
 * Recruitment routes: an ordered chain of legs from an origin place through transit points to a
 * destination compound or place. The legs belong to the route: they are written with it, replaced
 * as a whole list, and versioned with it.
 */
@Injectable()
export class RoutesService {
  constructor(
    private readonly archiver: RecordArchiveService,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly places: PlacesService,
    private readonly searchIndex: SearchIndexService,
  ) {}

  async list(query: ListRoutesQueryDto): Promise<Page<RouteResponseDto>> {
    const qb = this.dataSource.getRepository(RouteEntity).createQueryBuilder('r');
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
    const { skip, take } = pageWindow(query);
    const [rows, total] = await qb.offset(skip).limit(take).getManyAndCount();
    return {
      items: await this.present(this.dataSource.manager, rows),
      page: query.page,
      pageSize: query.pageSize,
      total,
    };
  }

  async get(id: string): Promise<RouteResponseDto> {
    return this.load(this.dataSource.manager, id);
  }

  async create(
    auth: AuthContext,
    dto: CreateRouteDto,
    origin: RequestOrigin,
  ): Promise<RouteResponseDto> {
    const legs = validateLegs(dto.legs ?? []);
    const state: RouteState = {
      destinationCompoundId: dto.destinationCompoundId ?? null,
      destinationPlaceId: dto.destinationPlaceId ?? null,
      moneyAdvanced: dto.moneyAdvanced ?? null,
      currency: dto.currency ?? null,
      firstSeen: dto.firstSeen ?? null,
      lastSeen: dto.lastSeen ?? null,
    };
    const problems = shapeProblems(state, legs);
    if (problems.length) throw badFields(problems);
    return this.dataSource.transaction(async (em) => {
      await this.assertReferences(em, wantedRefs(dto, legs));
      const { identifiers } = await em.insert(RouteEntity, {
        name: dto.name,
        originPlaceId: dto.originPlaceId,
        destinationCompoundId: state.destinationCompoundId,
        destinationPlaceId: state.destinationPlaceId,
        lureJob: dto.lureJob || null,
        lureChannel: dto.lureChannel ?? null,
        moneyAdvanced: state.moneyAdvanced === null ? null : String(state.moneyAdvanced),
        currency: state.currency,
        firstSeen: state.firstSeen,
        lastSeen: state.lastSeen,
        notes: dto.notes || null,
        createdBy: auth.user.id,
      });
      const id = String(identifiers[0]?.['id']);
      await this.writeLegs(em, id, legs);
      const route = await this.findOrFail(em, id);
      await this.searchIndex.replace(em, 'route', id, routeSearchEntries(route));
      await this.audit.record(em, {
        action: 'create',
        outcome: 'success',
        origin,
        actor: auth.user,
        resourceType: 'route',
        resourceIds: [id],
        details: { legs: legs.length },
      });
      return this.load(em, id);
    });
  }

  async update(
    auth: AuthContext,
    id: string,
    dto: UpdateRouteDto,
    origin: RequestOrigin,
  ): Promise<RouteResponseDto> {
    const legs = dto.legs ? validateLegs(dto.legs) : undefined;
    return this.dataSource.transaction(async (em) => {
      const before = await this.findOrFail(em, id);
      if (before.archivedAt) throw notFound('active route');
      // Judged against the route as read; if it changed meanwhile, the version check answers 409.
      const merged = <K extends keyof RouteState>(key: K): RouteState[K] =>
        (dto[key] === undefined ? before[key] : dto[key]) as RouteState[K];
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
        (field) => dto[field] !== undefined,
      );
      if (problems.length) throw badFields(problems);
      // A leg the web app sends back unchanged may keep a place or broker archived since.
      const kept = new Set(
        (await em.find(RouteLegEntity, { where: { routeId: id } })).flatMap((l) => [
          l.fromPlaceId,
          l.toPlaceId,
          ...(l.brokerId ? [l.brokerId] : []),
        ]),
      );
      const wanted = wantedRefs(dto, legs);
      await this.assertReferences(em, {
        ...wanted,
        places: wanted.places.filter((r) => !r.field.startsWith('legs[') || !kept.has(r.id)),
        brokers: wanted.brokers.filter((r) => !kept.has(r.id)),
      });
      // The version check comes first: a stale request touches no leg.
      const changed = await updateWithVersion(em, 'routes', id, dto.version, {
        name: dto.name,
        origin_place_id: dto.originPlaceId,
        destination_compound_id: dto.destinationCompoundId,
        destination_place_id: dto.destinationPlaceId,
        lure_job: dto.lureJob === undefined ? undefined : dto.lureJob || null,
        lure_channel: dto.lureChannel,
        money_advanced: dto.moneyAdvanced,
        currency: dto.currency,
        first_seen: dto.firstSeen,
        last_seen: dto.lastSeen,
        notes: dto.notes === undefined ? undefined : dto.notes || null,
      });
      if (!changed) throw staleVersion('route', await this.load(em, id));
      if (legs) {
        await em.delete(RouteLegEntity, { routeId: id });
        await this.writeLegs(em, id, legs);
      }
      const after = await this.findOrFail(em, id);
      await this.searchIndex.replace(em, 'route', id, routeSearchEntries(after));
      await this.audit.record(em, {
        action: 'update',
        outcome: 'success',
        origin,
        actor: auth.user,
        resourceType: 'route',
        resourceIds: [id],
        details: {
          changed: Object.keys(dto).filter((k) => k !== 'version'),
          ...(legs ? { legs: legs.length } : {}),
        },
      });
      return this.load(em, id);
    });
  }

  /** Archiving is the only deletion: soft, audited, reversible by a supervisor. */
  async setArchived(
    auth: AuthContext,
    id: string,
    archived: boolean,
    origin: RequestOrigin,
  ): Promise<RouteResponseDto> {
    return this.dataSource.transaction(async (em) => {
      await this.findOrFail(em, id);
      await this.archiver.apply(em, {
        table: 'routes',
        resource: 'route',
        id,
        archived,
        auth,
        origin,
      });
      return this.load(em, id);
    });
  }

  /** A 400 naming every field whose place, broker or compound is missing or archived. */
  private async assertReferences(em: EntityManager, wanted: Wanted): Promise<void> {
    const problems: Problem[] = [];
    // Table names come from this code, never from the request.
    const check = async (table: 'places' | 'brokers' | 'compounds', refs: Ref[], what: string) => {
      const ids = [...new Set(refs.map((r) => r.id))];
      if (!ids.length) return;
      const rows = await em.query<{ id: string }[]>(
        `SELECT id FROM ${table} WHERE id = ANY($1::uuid[]) AND archived_at IS NULL`,
        [ids],
      );
      const found = new Set(rows.map((r) => r.id));
      for (const ref of refs) {
        if (!found.has(ref.id)) problems.push({ field: ref.field, problem: `no such ${what}` });
      }
    };
    await check('places', wanted.places, 'place');
    await check('brokers', wanted.brokers, 'broker');
    await check('compounds', wanted.compounds, 'compound');
    if (problems.length) throw badFields(problems);
  }

  private async writeLegs(em: EntityManager, routeId: string, legs: RouteLegInputDto[]) {
    if (!legs.length) return;
    await em.insert(
      RouteLegEntity,
      legs.map((leg, position) => ({
        routeId,
        position,
        fromPlaceId: leg.fromPlaceId,
        toPlaceId: leg.toPlaceId,
        mode: leg.mode,
        departedOn: leg.departedOn ?? null,
        arrivedOn: leg.arrivedOn ?? null,
        brokerId: leg.brokerId ?? null,
        notes: leg.notes || null,
      })),
    );
  }

  /** Routes with their legs in order, the places with their parents, brokers and compounds labelled. */
  private async present(em: EntityManager, routes: RouteEntity[]): Promise<RouteResponseDto[]> {
    if (!routes.length) return [];
    const legs = await em.find(RouteLegEntity, {
      where: { routeId: In(routes.map((r) => r.id)) },
      order: { position: 'ASC' },
    });
    const brokerIds = [...new Set(legs.flatMap((l) => (l.brokerId ? [l.brokerId] : [])))];
    const compoundIds = [
      ...new Set(routes.flatMap((r) => (r.destinationCompoundId ? [r.destinationCompoundId] : []))),
    ];
    const refs: RouteRefs = {
      places: await this.places.summaries(em, [
        ...routes.flatMap((r) => [r.originPlaceId, r.destinationPlaceId]),
        ...legs.flatMap((l) => [l.fromPlaceId, l.toPlaceId]),
      ]),
      brokers: new Map(),
      compounds: new Map(),
    };
    if (brokerIds.length) {
      const rows = await em.query<
        {
          id: string;
          ref_code: string;
          name_latin: string | null;
          name_km: string | null;
          aliases: string[];
        }[]
      >(
        `SELECT id, ref_code, name_latin, name_km, aliases FROM brokers WHERE id = ANY($1::uuid[])`,
        [brokerIds],
      );
      for (const b of rows) {
        const label = b.name_latin ?? b.name_km ?? b.aliases[0] ?? b.ref_code;
        refs.brokers.set(b.id, { id: b.id, refCode: b.ref_code, label });
      }
    }
    if (compoundIds.length) {
      const rows = await em.query<{ id: string; ref_code: string; name: string }[]>(
        `SELECT id, ref_code, name FROM compounds WHERE id = ANY($1::uuid[])`,
        [compoundIds],
      );
      for (const c of rows)
        refs.compounds.set(c.id, { id: c.id, refCode: c.ref_code, name: c.name });
    }
    return routes.map((r) =>
      toRoute(
        r,
        legs.filter((l) => l.routeId === r.id),
        refs,
      ),
    );
  }

  private async load(em: EntityManager, id: string): Promise<RouteResponseDto> {
    const [route] = await this.present(em, [await this.findOrFail(em, id)]);
    if (!route) throw notFound('route');
    return route;
  }

  private async findOrFail(em: EntityManager, id: string): Promise<RouteEntity> {
    const route = await em.findOne(RouteEntity, { where: { id } });
    if (!route) throw notFound('route');
    return route;
  }
}
