import { cleanText, type Page, searchKey } from '@khsae/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { AuthContext, RequestOrigin } from 'src/common/access/auth-context';
import { AuditService } from 'src/common/audit/audit.service';
import { RecordArchiveService } from 'src/common/registry/record-archive.service';
import {
  badField,
  likePattern,
  notFound,
  sortSpec,
  staleVersion,
  updateWithVersion,
} from 'src/common/registry/registry-writes';
import { pageWindow } from 'src/common/http/page.dto';
import { CompoundEntity } from 'src/modules/compounds/compound.entity';
import { compoundSearchEntries, toCompound } from 'src/modules/compounds/compound.mapper';
import type {
  CompoundResponseDto,
  CreateCompoundDto,
  ListCompoundsQueryDto,
  UpdateCompoundDto,
} from 'src/modules/compounds/dto/compound.dto';
import { PlacesService } from 'src/modules/places/places.service';
import { SearchIndexService } from 'src/modules/search/search-index.service';

const SORTS = {
  refCode: 'c.ref_code',
  name: 'c.name',
  status: 'c.status',
  countryCode: 'c.country_code',
  createdAt: 'c.created_at',
  updatedAt: 'c.updated_at',
} as const;

/** Optional fields may be sent as null to clear them, except these, which always have a value. */
function refuseNull<T extends object>(dto: T, fields: (keyof T & string)[]): void {
  for (const field of fields) {
    if (dto[field] === null) throw badField(field, 'must have a value');
  }
}

/** A list without repeats; null (cleared) is the empty list. */
function distinct<T>(values: T[] | null | undefined): T[] | undefined {
  return values === undefined ? undefined : [...new Set(values ?? [])];
}

/** A name as stored and matched: NFC, zero-width characters removed, spaces collapsed. */
function requiredName(field: string, value: string): string;
function requiredName(field: string, value: string | undefined): string | undefined;
function requiredName(field: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const cleaned = cleanText(value);
  if (!cleaned) throw badField(field, 'must not be empty');
  return cleaned;
}

/** An optional name: cleaned like a required one; blank clears it. */
function optionalName(value: string | null | undefined): string | null | undefined {
  return typeof value === 'string' ? cleanText(value) || null : value;
}

function cleanNames(values: string[] | null | undefined): string[] | undefined {
  return distinct(values?.map((v) => cleanText(v)).filter((v) => v !== ''));
}

function assertCoordinatePair(lat: number | null, lng: number | null): void {
  if ((lat === null) !== (lng === null)) {
    throw badField(lat === null ? 'lat' : 'lng', 'give both lat and lng, or neither');
  }
}

@Injectable()
export class CompoundsService {
  constructor(
    private readonly archiver: RecordArchiveService,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly places: PlacesService,
    private readonly searchIndex: SearchIndexService,
  ) {}

  async list(query: ListCompoundsQueryDto): Promise<Page<CompoundResponseDto>> {
    const qb = this.dataSource.getRepository(CompoundEntity).createQueryBuilder('c');
    qb.where(query.archived ? 'c.archived_at IS NOT NULL' : 'c.archived_at IS NULL');
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    if (query.countryCode) {
      qb.andWhere('c.country_code = :countryCode', { countryCode: query.countryCode });
    }
    if (query.scamType) qb.andWhere(':scamType = ANY(c.scam_types)', { scamType: query.scamType });
    const key = query.q ? searchKey(query.q) : '';
    if (key) {
      qb.andWhere(
        `c.id IN (SELECT s.record_id FROM search_entries s WHERE s.record_kind = 'compound' AND s.key LIKE :like)`,
        { like: likePattern(key) },
      );
    }
    const { column, direction } = sortSpec(SORTS, query.sort, 'refCode', query.order);
    qb.orderBy(column, direction, 'NULLS LAST').addOrderBy('c.id');
    const { skip, take } = pageWindow(query);
    const [rows, total] = await qb.offset(skip).limit(take).getManyAndCount();
    const places = await this.places.summaries(
      this.dataSource.manager,
      rows.map((c) => c.placeId),
    );
    return {
      items: rows.map((c) => toCompound(c, places)),
      page: query.page,
      pageSize: query.pageSize,
      total,
    };
  }

  async get(id: string): Promise<CompoundResponseDto> {
    return this.load(this.dataSource.manager, id);
  }

  async create(
    auth: AuthContext,
    dto: CreateCompoundDto,
    origin: RequestOrigin,
  ): Promise<CompoundResponseDto> {
    refuseNull(dto, ['status']);
    assertCoordinatePair(dto.lat ?? null, dto.lng ?? null);
    return this.dataSource.transaction(async (em) => {
      await this.places.assertUsable(em, dto.placeId, 'placeId');
      const { identifiers } = await em.insert(CompoundEntity, {
        name: requiredName('name', dto.name),
        aliases: cleanNames(dto.aliases) ?? [],
        countryCode: dto.countryCode,
        placeId: dto.placeId ?? null,
        address: dto.address ?? null,
        lat: dto.lat ?? null,
        lng: dto.lng ?? null,
        operator: optionalName(dto.operator) ?? null,
        scamTypes: distinct(dto.scamTypes) ?? [],
        ...(dto.status ? { status: dto.status } : {}),
        indicators: distinct(dto.indicators) ?? [],
        notes: dto.notes ?? null,
        createdBy: auth.user.id,
      });
      const id = String(identifiers[0]?.['id']);
      const compound = await this.findOrFail(em, id);
      await this.searchIndex.replace(em, 'compound', id, compoundSearchEntries(compound));
      await this.audit.record(em, {
        action: 'create',
        outcome: 'success',
        origin,
        actor: auth.user,
        resourceType: 'compound',
        resourceIds: [id],
      });
      return this.load(em, id);
    });
  }

  async update(
    auth: AuthContext,
    id: string,
    dto: UpdateCompoundDto,
    origin: RequestOrigin,
  ): Promise<CompoundResponseDto> {
    refuseNull(dto, ['name', 'countryCode', 'status']);
    return this.dataSource.transaction(async (em) => {
      const before = await this.findOrFail(em, id);
      if (before.archivedAt) throw notFound('active compound');
      await this.places.assertUsable(em, dto.placeId, 'placeId');
      const changed = await updateWithVersion(em, 'compounds', id, dto.version, {
        name: requiredName('name', dto.name),
        aliases: cleanNames(dto.aliases),
        country_code: dto.countryCode,
        place_id: dto.placeId,
        address: dto.address,
        lat: dto.lat,
        lng: dto.lng,
        operator: optionalName(dto.operator),
        scam_types: distinct(dto.scamTypes),
        status: dto.status,
        indicators: distinct(dto.indicators),
        notes: dto.notes,
      });
      if (!changed) throw staleVersion('compound', await this.load(em, id));
      const after = await this.findOrFail(em, id);
      assertCoordinatePair(after.lat, after.lng);
      await this.searchIndex.replace(em, 'compound', id, compoundSearchEntries(after));
      await this.audit.record(em, {
        action: 'update',
        outcome: 'success',
        origin,
        actor: auth.user,
        resourceType: 'compound',
        resourceIds: [id],
        details: { changed: Object.keys(dto).filter((k) => k !== 'version') },
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
  ): Promise<CompoundResponseDto> {
    return this.dataSource.transaction(async (em) => {
      await this.findOrFail(em, id);
      await this.archiver.apply(em, {
        table: 'compounds',
        resource: 'compound',
        id,
        archived,
        auth,
        origin,
      });
      return this.load(em, id);
    });
  }

  private async load(em: EntityManager, id: string): Promise<CompoundResponseDto> {
    const compound = await this.findOrFail(em, id);
    return toCompound(compound, await this.places.summaries(em, [compound.placeId]));
  }

  private async findOrFail(em: EntityManager, id: string): Promise<CompoundEntity> {
    const compound = await em.findOne(CompoundEntity, { where: { id } });
    if (!compound) throw notFound('compound');
    return compound;
  }
}
