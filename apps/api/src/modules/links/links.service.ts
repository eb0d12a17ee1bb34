import type { RecordRef } from '@khsae/domain';
import { Injectable } from '@nestjs/common';

import type { Actor } from 'src/common/access/auth-context';
import { type FieldProblem, fieldErrors } from 'src/common/errors/field-errors';
import { pageResponse } from 'src/common/http/page.dto';
import {
  type RecordDescription,
  refKey,
  RecordRefsService,
} from 'src/common/records/record-refs.service';
import { notFound, RecordWriter, type RecordType } from 'src/common/records/record-writer';
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

/**
 * Typed, dated, sourced edges between any two records. Every link says who recorded it and when;
 * archiving is the only deletion. A link joins two different records, and its dates are in order:
 * the table's constraints say so.
 */
@Injectable()
export class LinksService {
  private readonly record: RecordType<LinkRow> = {
    name: 'link',
    table: 'links',
    find: (tx, id) => this.links.find(tx, id),
    present: (tx, row) => this.present(tx, row),
    // Its audit rows name both ends, so that a record's trail shows the links made to it.
    resourceIds: (l) => [l.id, l.fromId, l.toId],
  };

  constructor(
    private readonly links: LinksRepository,
    private readonly database: Database,
    private readonly refs: RecordRefsService,
    private readonly writer: RecordWriter,
  ) {}

  async list(query: ListLinksQueryDto): Promise<LinkPageResponseDto> {
    const rows = await this.links.list(this.database.pool, query);
    const refs = await this.refs.resolve(this.database.pool, linkEnds(rows.entities));
    return pageResponse(query, rows, (l) => toLink(l, refs));
  }

  async get(id: string): Promise<LinkResponseDto> {
    const link = await this.links.find(this.database.pool, id);
    if (!link) throw notFound('link');
    return this.present(this.database.pool, link);
  }

  async create(actor: Actor, dto: CreateLinkDto): Promise<LinkResponseDto> {
    const ends = linkEnds([dto]);
    let refs = new Map<string, RecordDescription>();
    const link = await this.writer.create(
      actor,
      this.record,
      async (tx) => {
        refs = await this.refs.describe(tx, ends);
        const problems: FieldProblem[] = (['fromId', 'toId'] as const).flatMap((field, i) => {
          const end = ends[i]!;
          const ref = refs.get(refKey(end.kind, end.id));
          return ref && !ref.archived ? [] : [{ field, problem: `no such active ${end.kind}` }];
        });
        if (problems.length) throw fieldErrors(problems);
        return this.links.insert(tx, { ...columns(dto), createdBy: actor.auth.user.id });
      },
      { details: { type: dto.type, fromKind: dto.fromKind, toKind: dto.toKind } },
    );
    return toLink(link, refs);
  }

  async update(actor: Actor, id: string, dto: UpdateLinkDto): Promise<LinkResponseDto> {
    const { version, ...changes } = dto;
    let refs = new Map<string, RecordRef>();
    const link = await this.writer.update(actor, this.record, id, dto, async (tx) => {
      const row = await this.links.update(tx, id, version, columns(changes));
      if (row) refs = await this.refs.resolve(tx, linkEnds([row]));
      return row;
    });
    return toLink(link, refs);
  }

  async setArchived(actor: Actor, id: string, archived: boolean): Promise<LinkResponseDto> {
    const link = await this.writer.setArchived(actor, this.record, id, archived);
    return this.present(this.database.pool, link);
  }

  private async present(tx: Tx, link: LinkRow): Promise<LinkResponseDto> {
    return toLink(link, await this.refs.resolve(tx, linkEnds([link])));
  }
}
