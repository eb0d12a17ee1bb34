import type { RecordKind } from '@khsae/domain';
import { Injectable } from '@nestjs/common';

import type { Actor } from 'src/common/access/auth-context';
import { pageResponse } from 'src/common/http/page.dto';
import { RecordRefsService } from 'src/common/records/record-refs.service';
import {
  notFound,
  type RecordType,
  RecordWriter,
  type Reference,
} from 'src/common/records/record-writer';
import { Database, type Tx } from 'src/database/database';
import type {
  CreateLinkDto,
  LinkPageResponseDto,
  LinkResponseDto,
  ListLinksQueryDto,
  UpdateLinkDto,
} from 'src/modules/links/dto/link.dto';
import type { LinkEntity } from 'src/modules/links/link.entity';
import { linkEnds, toLink } from 'src/modules/links/link.mapper';
import { type LinkRow, LinksRepository } from 'src/modules/links/links.repository';

/** The columns a request sets: blank text is no text. */
function columns(dto: Partial<CreateLinkDto>): Partial<LinkEntity> {
  const blank = (text: string | null | undefined) =>
    text === undefined ? undefined : text || null;
  return { ...dto, evidence: blank(dto.evidence), sourceRef: blank(dto.sourceRef) };
}

/** An end of a link: a record that must exist and be in use. */
const end = (field: string, kind: RecordKind, id: string): Reference => ({
  field,
  kind,
  id,
  problem: `no such active ${kind}`,
});

/**
 * Typed, dated, sourced edges between any two records. Every link says who recorded it and when;
 * archiving is the only deletion. A link joins two different records, and its dates are in order:
 * the table's constraints say so.
 */
@Injectable()
export class LinksService {
  private readonly record: RecordType<LinkRow, Partial<LinkEntity>>;

  constructor(
    private readonly links: LinksRepository,
    private readonly database: Database,
    private readonly refs: RecordRefsService,
    private readonly writer: RecordWriter,
  ) {
    this.record = {
      name: 'link',
      table: 'links',
      store: this.links,
      present: (tx, row) => this.present(tx, row),
      references: (l) =>
        l.fromKind && l.fromId && l.toKind && l.toId
          ? [end('fromId', l.fromKind, l.fromId), end('toId', l.toKind, l.toId)]
          : [],
      // Its audit rows name both ends, so that a record's trail shows the links made to it.
      auditIds: 'ARRAY[p0.id, p0.from_id, p0.to_id]',
    };
  }

  async list(_actor: Actor, query: ListLinksQueryDto): Promise<LinkPageResponseDto> {
    const rows = await this.links.list(this.database.pool, query);
    const refs = await this.refs.resolve(this.database.pool, linkEnds(rows.entities));
    return pageResponse(query, rows, (l) => toLink(l, refs));
  }

  async get(_actor: Actor, id: string): Promise<LinkResponseDto> {
    const link = await this.links.find(this.database.pool, id);
    if (!link) throw notFound('link');
    return this.present(this.database.pool, link);
  }

  async create(actor: Actor, dto: CreateLinkDto): Promise<LinkResponseDto> {
    const link = await this.writer.create(
      actor,
      this.record,
      { ...columns(dto), createdBy: actor.auth.user.id },
      { details: { type: dto.type, fromKind: dto.fromKind, toKind: dto.toKind } },
    );
    return this.present(this.database.pool, link);
  }

  async update(actor: Actor, id: string, dto: UpdateLinkDto): Promise<LinkResponseDto> {
    const { version, ...changes } = dto;
    const link = await this.writer.update(actor, this.record, id, version, columns(changes));
    return this.present(this.database.pool, link);
  }

  async setArchived(actor: Actor, id: string, archived: boolean): Promise<LinkResponseDto> {
    const link = await this.writer.setArchived(actor, this.record, id, archived);
    return this.present(this.database.pool, link);
  }

  private async present(tx: Tx, link: LinkRow): Promise<LinkResponseDto> {
    return toLink(link, await this.refs.resolve(tx, linkEnds([link])));
  }
}
