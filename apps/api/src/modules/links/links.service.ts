import type { Page, RecordKind } from '@khsae/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';

import type { AuthContext, RequestOrigin } from 'src/common/access/auth-context';
import { AuditService } from 'src/common/audit/audit.service';
import { RecordArchiveService } from 'src/common/registry/record-archive.service';
import { RecordRefsService } from 'src/common/registry/record-refs.service';
import {
  badField,
  notFound,
  sortSpec,
  staleVersion,
  updateWithVersion,
} from 'src/common/registry/registry-writes';
import { pageWindow } from 'src/common/http/page.dto';
import type {
  CreateLinkDto,
  LinkResponseDto,
  ListLinksQueryDto,
  UpdateLinkDto,
} from 'src/modules/links/dto/link.dto';
import { LinkEntity } from 'src/modules/links/link.entity';
import { linkEnds, toLink } from 'src/modules/links/link.mapper';

const SORTS = {
  createdAt: 'l.created_at',
  startedOn: 'l.started_on',
  type: 'l.type',
  confidence: 'l.confidence',
} as const;

function assertDateOrder(startedOn: string | null, endedOn: string | null): void {
  if (startedOn && endedOn && startedOn > endedOn) {
    throw badField('endedOn', 'must not be before startedOn');
  }
}

/**
 * Typed, dated, sourced edges between any two registry records. Every link says who recorded it
 * and when; archiving is the only deletion. Lists by record use the partial indexes on from_id and
 * to_id (active links only), which the graph workbench builds on.
 */
@Injectable()
export class LinksService {
  constructor(
    private readonly archiver: RecordArchiveService,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly refs: RecordRefsService,
  ) {}

  async list(query: ListLinksQueryDto): Promise<Page<LinkResponseDto>> {
    const qb = this.dataSource.getRepository(LinkEntity).createQueryBuilder('l');
    qb.where(query.archived ? 'l.archived_at IS NOT NULL' : 'l.archived_at IS NULL');
    // An OR of two indexed equalities: a BitmapOr of idx_links_from_id and idx_links_to_id.
    if (query.recordId) {
      qb.andWhere('(l.from_id = :recordId OR l.to_id = :recordId)', { recordId: query.recordId });
    }
    if (query.type) qb.andWhere('l.type = :type', { type: query.type });
    if (query.confidence) {
      qb.andWhere('l.confidence = :confidence', { confidence: query.confidence });
    }
    if (query.source) qb.andWhere('l.source = :source', { source: query.source });
    // Newest first unless the caller asks for another order.
    const order = query.order ?? (query.sort ? undefined : 'desc');
    const { column, direction } = sortSpec(SORTS, query.sort, 'createdAt', order);
    qb.orderBy(column, direction, 'NULLS LAST').addOrderBy('l.id');
    const { skip, take } = pageWindow(query);
    const total = await qb.getCount();
    const items = await this.withNames(this.dataSource.manager, qb.offset(skip).limit(take));
    return { items, page: query.page, pageSize: query.pageSize, total };
  }

  async get(id: string): Promise<LinkResponseDto> {
    return this.load(this.dataSource.manager, id);
  }

  async create(
    auth: AuthContext,
    dto: CreateLinkDto,
    origin: RequestOrigin,
  ): Promise<LinkResponseDto> {
    if (dto.fromId === dto.toId) throw badField('toId', 'a link joins two different records');
    assertDateOrder(dto.startedOn ?? null, dto.endedOn ?? null);
    return this.dataSource.transaction(async (em) => {
      await this.assertEnd(em, 'fromId', dto.fromKind, dto.fromId);
      await this.assertEnd(em, 'toId', dto.toKind, dto.toId);
      const { identifiers } = await em.insert(LinkEntity, {
        fromKind: dto.fromKind,
        fromId: dto.fromId,
        toKind: dto.toKind,
        toId: dto.toId,
        type: dto.type,
        startedOn: dto.startedOn ?? null,
        endedOn: dto.endedOn ?? null,
        evidence: dto.evidence || null,
        source: dto.source,
        sourceRef: dto.sourceRef || null,
        ...(dto.confidence ? { confidence: dto.confidence } : {}),
        createdBy: auth.user.id,
      });
      const id = String(identifiers[0]?.['id']);
      await this.audit.record(em, {
        action: 'create',
        outcome: 'success',
        origin,
        actor: auth.user,
        resourceType: 'link',
        resourceIds: [id, dto.fromId, dto.toId],
        details: { type: dto.type, fromKind: dto.fromKind, toKind: dto.toKind },
      });
      return this.load(em, id);
    });
  }

  async update(
    auth: AuthContext,
    id: string,
    dto: UpdateLinkDto,
    origin: RequestOrigin,
  ): Promise<LinkResponseDto> {
    return this.dataSource.transaction(async (em) => {
      const before = await this.findOrFail(em, id);
      if (before.archivedAt) throw notFound('active link');
      // Checked against the record as read; if it changed meanwhile, the version check answers 409.
      assertDateOrder(
        dto.startedOn === undefined ? before.startedOn : dto.startedOn,
        dto.endedOn === undefined ? before.endedOn : dto.endedOn,
      );
      const changed = await updateWithVersion(em, 'links', id, dto.version, {
        type: dto.type,
        started_on: dto.startedOn,
        ended_on: dto.endedOn,
        evidence: dto.evidence === undefined ? undefined : dto.evidence || null,
        source: dto.source,
        source_ref: dto.sourceRef === undefined ? undefined : dto.sourceRef || null,
        confidence: dto.confidence,
      });
      if (!changed) throw staleVersion('link', await this.load(em, id));
      await this.audit.record(em, {
        action: 'update',
        outcome: 'success',
        origin,
        actor: auth.user,
        resourceType: 'link',
        resourceIds: [id, before.fromId, before.toId],
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
  ): Promise<LinkResponseDto> {
    return this.dataSource.transaction(async (em) => {
      await this.findOrFail(em, id);
      await this.archiver.apply(em, {
        table: 'links',
        resource: 'link',
        id,
        archived,
        auth,
        origin,
      });
      return this.load(em, id);
    });
  }

  /** A 400 naming the end unless its record exists and is not archived. */
  private async assertEnd(
    em: EntityManager,
    field: 'fromId' | 'toId',
    kind: RecordKind,
    id: string,
  ): Promise<void> {
    if (!(await this.refs.isActive(em, kind, id))) throw badField(field, `no such active ${kind}`);
  }

  /** The links of a query with both ends labelled and the recorder's name, in the query's order. */
  private async withNames(
    em: EntityManager,
    qb: SelectQueryBuilder<LinkEntity>,
  ): Promise<LinkResponseDto[]> {
    const { entities, raw } = await qb
      .leftJoin('users', 'u', 'u.id = l.created_by')
      .addSelect('u.display_name', 'created_by_name')
      .getRawAndEntities<{ l_id: string; created_by_name: string | null }>();
    const names = new Map(raw.map((r) => [r.l_id, r.created_by_name]));
    const refs = await this.refs.resolve(em, linkEnds(entities));
    return entities.map((l) => toLink(l, refs, names.get(l.id) ?? null));
  }

  private async load(em: EntityManager, id: string): Promise<LinkResponseDto> {
    await this.findOrFail(em, id);
    const [link] = await this.withNames(
      em,
      em.getRepository(LinkEntity).createQueryBuilder('l').where('l.id = :id', { id }),
    );
    if (!link) throw notFound('link');
    return link;
  }

  private async findOrFail(em: EntityManager, id: string): Promise<LinkEntity> {
    const link = await em.findOne(LinkEntity, { where: { id } });
    if (!link) throw notFound('link');
    return link;
  }
}
