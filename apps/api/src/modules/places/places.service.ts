import { type Page, type PlaceSummary, searchKey } from '@khsae/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { AuthContext, RequestOrigin } from 'src/common/access/auth-context';
import { AuditService } from 'src/common/audit/audit.service';
import { RecordArchiveService } from 'src/common/registry/record-archive.service';
import { sqlStateOf } from 'src/common/errors/database-errors';
import {
  badField,
  likePattern,
  notFound,
  sortSpec,
  staleVersion,
  updateWithVersion,
} from 'src/common/registry/registry-writes';
import { pageWindow } from 'src/common/http/page.dto';
import type {
  CreatePlaceDto,
  ListPlacesQueryDto,
  PlaceResponseDto,
  UpdatePlaceDto,
} from 'src/modules/places/dto/place.dto';
import { PlaceEntity } from 'src/modules/places/place.entity';
import { toPlace, toPlaceSummary } from 'src/modules/places/place.mapper';
import { type PlaceRef, PlacesRepository } from 'src/modules/places/places.repository';
import { fieldError } from 'src/common/errors/field-errors';
import { type SearchEntryInput, SearchIndexService } from 'src/modules/search/search-index.service';

const SORTS = { nameLatin: 'p.name_latin', code: 'p.code', kind: 'p.kind' } as const;

export function placeSearchEntries(
  p: Pick<PlaceEntity, 'nameLatin' | 'nameKm' | 'nameAlt' | 'code'>,
): SearchEntryInput[] {
  return [
    { field: 'name', text: p.nameLatin },
    { field: 'name', text: p.nameKm },
    { field: 'alias', text: p.nameAlt },
    { field: 'code', text: p.code },
  ];
}

@Injectable()
export class PlacesService {
  constructor(
    private readonly archiver: RecordArchiveService,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly searchIndex: SearchIndexService,
    private readonly placesSql: PlacesRepository,
  ) {}

  async list(query: ListPlacesQueryDto): Promise<Page<PlaceResponseDto>> {
    const qb = this.dataSource.getRepository(PlaceEntity).createQueryBuilder('p');
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
    const { skip, take } = pageWindow(query);
    const [rows, total] = await qb.offset(skip).limit(take).getManyAndCount();
    return { items: rows.map(toPlace), page: query.page, pageSize: query.pageSize, total };
  }

  async get(id: string): Promise<PlaceResponseDto> {
    return toPlace(await this.findOrFail(this.dataSource.manager, id));
  }

  /** SQL for another module's statement: the place a column refers to, as a PlaceRef (JSON) or NULL. */
  refSql(column: string): string {
    return this.placesSql.refSql(column);
  }

  /** SQL for another module's filter: the column refers to the place `:param` or a place inside it. */
  withinSql(column: string, param: string): string {
    return this.placesSql.withinSql(column, param);
  }

  /**
   * The summary of a place a statement returned with `refSql`. When the request set the reference
   * (`field`), the place must exist and not be archived: a 400 naming the field otherwise.
   */
  summaryOf(ref: PlaceRef | null, field?: string): PlaceSummary | null {
    if (field && (!ref || ref.archived)) throw fieldError(field, 'no such place');
    if (!ref) return null;
    const { archived: _archived, ...summary } = ref;
    return summary;
  }

  /** Place summaries by id, for other modules' responses. */
  async summaries(
    em: EntityManager,
    ids: (string | null | undefined)[],
  ): Promise<Map<string, PlaceSummary>> {
    const wanted = [...new Set(ids.filter((id): id is string => !!id))];
    if (!wanted.length) return new Map();
    const rows = await em
      .getRepository(PlaceEntity)
      .createQueryBuilder('p')
      .where('p.id IN (:...ids)', { ids: wanted })
      .getMany();
    return new Map(rows.map((p) => [p.id, toPlaceSummary(p)]));
  }

  /** A 400 naming `field` unless the place exists and is not archived. */
  async assertUsable(
    em: EntityManager,
    id: string | null | undefined,
    field: string,
  ): Promise<void> {
    if (!id) return;
    const rows = await em.query<unknown[]>(
      `SELECT 1 FROM places WHERE id = $1 AND archived_at IS NULL`,
      [id],
    );
    if (!rows.length) throw badField(field, 'no such place');
  }

  async create(
    auth: AuthContext,
    dto: CreatePlaceDto,
    origin: RequestOrigin,
  ): Promise<PlaceResponseDto> {
    try {
      return await this.dataSource.transaction(async (em) => {
        const parent = dto.parentId
          ? await em.findOne(PlaceEntity, { where: { id: dto.parentId } })
          : null;
        if (dto.parentId && !parent) throw badField('parentId', 'no such place');
        const { identifiers } = await em.insert(PlaceEntity, {
          kind: dto.kind,
          nameLatin: dto.nameLatin,
          nameKm: dto.nameKm ?? null,
          countryCode: dto.countryCode,
          parentId: dto.parentId ?? null,
          code: dto.code ?? null,
          lat: dto.lat ?? null,
          lng: dto.lng ?? null,
          pathLatin: parent ? `${dto.nameLatin}, ${parent.pathLatin}` : dto.nameLatin,
          pathKm: dto.nameKm
            ? parent?.pathKm
              ? `${dto.nameKm} ${parent.pathKm}`
              : dto.nameKm
            : null,
          createdBy: auth.user.id,
        });
        const id = String(identifiers[0]?.['id']);
        const place = await this.findOrFail(em, id);
        await this.searchIndex.replace(em, 'place', id, placeSearchEntries(place));
        await this.audit.record(em, {
          action: 'create',
          outcome: 'success',
          origin,
          actor: auth.user,
          resourceType: 'place',
          resourceIds: [id],
        });
        return toPlace(place);
      });
    } catch (err) {
      if (sqlStateOf(err) === '23505') throw badField('code', 'another place has this code');
      throw err;
    }
  }

  async update(
    auth: AuthContext,
    id: string,
    dto: UpdatePlaceDto,
    origin: RequestOrigin,
  ): Promise<PlaceResponseDto> {
    return this.dataSource.transaction(async (em) => {
      const before = await this.findOrFail(em, id);
      const changed = await updateWithVersion(em, 'places', id, dto.version, {
        name_latin: dto.nameLatin,
        name_km: dto.nameKm,
        lat: dto.lat,
        lng: dto.lng,
      });
      if (!changed)
        throw before.archivedAt ? notFound('place') : staleVersion('place', toPlace(before));
      const after = await this.findOrFail(em, id);
      await this.searchIndex.replace(em, 'place', id, placeSearchEntries(after));
      await this.audit.record(em, {
        action: 'update',
        outcome: 'success',
        origin,
        actor: auth.user,
        resourceType: 'place',
        resourceIds: [id],
        details: { changed: Object.keys(dto).filter((k) => k !== 'version') },
      });
      return toPlace(after);
    });
  }

  async archive(
    auth: AuthContext,
    id: string,
    origin: RequestOrigin,
    archived: boolean,
  ): Promise<PlaceResponseDto> {
    return this.dataSource.transaction(async (em) => {
      await this.findOrFail(em, id);
      await this.archiver.apply(em, {
        table: 'places',
        resource: 'place',
        id,
        archived,
        auth,
        origin,
      });
      return toPlace(await this.findOrFail(em, id));
    });
  }

  private async findOrFail(em: EntityManager, id: string): Promise<PlaceEntity> {
    const place = await em.findOne(PlaceEntity, { where: { id } });
    if (!place) throw notFound('place');
    return place;
  }
}
