import { type Page, searchKey } from '@khsae/domain';
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
import { pageWindow } from 'src/common/validation/page-query.dto';
import { BrokerEntity } from 'src/modules/brokers/broker.entity';
import { brokerSearchEntries, toBroker } from 'src/modules/brokers/broker.mapper';
import type {
  BrokerResponseDto,
  CreateBrokerDto,
  ListBrokersQueryDto,
  UpdateBrokerDto,
} from 'src/modules/brokers/dto/broker.dto';
import { PlacesService } from 'src/modules/places/places.service';
import { SearchIndexService } from 'src/modules/search/search-index.service';

const SORTS = {
  refCode: 'b.ref_code',
  nameLatin: 'b.name_latin',
  nameKm: 'b.name_km',
  legalStatus: 'b.legal_status',
  role: 'b.role',
  createdAt: 'b.created_at',
  updatedAt: 'b.updated_at',
} as const;

/** Places inside a place (itself included), for "brokers from this province". */
export const PLACE_AND_DESCENDANTS = `WITH RECURSIVE d AS (
  SELECT id FROM places WHERE id = :placeId
  UNION ALL SELECT p.id FROM places p JOIN d ON p.parent_id = d.id
) SELECT id FROM d`;

@Injectable()
export class BrokersService {
  constructor(
    private readonly archiver: RecordArchiveService,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly places: PlacesService,
    private readonly searchIndex: SearchIndexService,
  ) {}

  async list(query: ListBrokersQueryDto): Promise<Page<BrokerResponseDto>> {
    const qb = this.dataSource.getRepository(BrokerEntity).createQueryBuilder('b');
    qb.where(query.archived ? 'b.archived_at IS NOT NULL' : 'b.archived_at IS NULL');
    if (query.role) qb.andWhere('b.role = :role', { role: query.role });
    if (query.legalStatus)
      qb.andWhere('b.legal_status = :legalStatus', { legalStatus: query.legalStatus });
    if (query.homePlaceId)
      qb.andWhere(`b.home_place_id IN (${PLACE_AND_DESCENDANTS})`, { placeId: query.homePlaceId });
    const key = query.q ? searchKey(query.q) : '';
    if (key) {
      qb.andWhere(
        `b.id IN (SELECT s.record_id FROM search_entries s WHERE s.record_kind = 'broker' AND s.key LIKE :like)`,
        {
          like: likePattern(key),
        },
      );
    }
    const { column, direction } = sortSpec(SORTS, query.sort, 'refCode', query.order);
    qb.orderBy(column, direction, 'NULLS LAST').addOrderBy('b.id');
    const { skip, take } = pageWindow(query);
    const [rows, total] = await qb.offset(skip).limit(take).getManyAndCount();
    const places = await this.places.summaries(
      this.dataSource.manager,
      rows.map((b) => b.homePlaceId),
    );
    return {
      items: rows.map((b) => toBroker(b, places)),
      page: query.page,
      pageSize: query.pageSize,
      total,
    };
  }

  async get(id: string): Promise<BrokerResponseDto> {
    return this.load(this.dataSource.manager, id);
  }

  async create(
    auth: AuthContext,
    dto: CreateBrokerDto,
    origin: RequestOrigin,
  ): Promise<BrokerResponseDto> {
    if (!dto.nameKm && !dto.nameLatin && !dto.aliases?.length) {
      throw badField('nameLatin', 'give a name in Khmer or Latin script, or an alias');
    }
    return this.dataSource.transaction(async (em) => {
      await this.places.assertUsable(em, dto.homePlaceId, 'homePlaceId');
      const { identifiers } = await em.insert(BrokerEntity, { ...dto, createdBy: auth.user.id });
      const id = String(identifiers[0]?.['id']);
      const broker = await this.findOrFail(em, id);
      await this.searchIndex.replace(em, 'broker', id, brokerSearchEntries(broker));
      await this.audit.record(em, {
        action: 'create',
        outcome: 'success',
        origin,
        actor: auth.user,
        resourceType: 'broker',
        resourceIds: [id],
      });
      return this.load(em, id);
    });
  }

  async update(
    auth: AuthContext,
    id: string,
    dto: UpdateBrokerDto,
    origin: RequestOrigin,
  ): Promise<BrokerResponseDto> {
    return this.dataSource.transaction(async (em) => {
      const before = await this.findOrFail(em, id);
      if (before.archivedAt) throw notFound('active broker');
      await this.places.assertUsable(em, dto.homePlaceId, 'homePlaceId');
      const changed = await updateWithVersion(em, 'brokers', id, dto.version, {
        name_km: dto.nameKm,
        name_latin: dto.nameLatin,
        aliases: dto.aliases,
        sex: dto.sex,
        birth_year: dto.birthYear,
        nationality: dto.nationality,
        home_place_id: dto.homePlaceId,
        role: dto.role,
        legal_status: dto.legalStatus,
        notes: dto.notes,
      });
      if (!changed) throw staleVersion('broker', await this.load(em, id));
      const after = await this.findOrFail(em, id);
      if (!after.nameKm && !after.nameLatin && !after.aliases.length) {
        throw badField('nameLatin', 'a broker needs a name in Khmer or Latin script, or an alias');
      }
      await this.searchIndex.replace(em, 'broker', id, brokerSearchEntries(after));
      await this.audit.record(em, {
        action: 'update',
        outcome: 'success',
        origin,
        actor: auth.user,
        resourceType: 'broker',
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
  ): Promise<BrokerResponseDto> {
    return this.dataSource.transaction(async (em) => {
      await this.findOrFail(em, id);
      await this.archiver.apply(em, {
        table: 'brokers',
        resource: 'broker',
        id,
        archived,
        auth,
        origin,
      });
      return this.load(em, id);
    });
  }

  private async load(em: EntityManager, id: string): Promise<BrokerResponseDto> {
    const broker = await this.findOrFail(em, id);
    return toBroker(broker, await this.places.summaries(em, [broker.homePlaceId]));
  }

  private async findOrFail(em: EntityManager, id: string): Promise<BrokerEntity> {
    const broker = await em.findOne(BrokerEntity, { where: { id } });
    if (!broker) throw notFound('broker');
    return broker;
  }
}
