import { Injectable } from '@nestjs/common';

import type { RecordStore } from 'src/common/records/record-writer';
import { type RawRow, RecordsRepository } from 'src/common/records/records.repository';
import type { Tx } from 'src/database/database';
import { pageOf, type PageRows, sortSpec } from 'src/database/paging';
import { hydrate, type SqlPart } from 'src/database/statements';
import type { ListLinksQueryDto } from 'src/modules/links/dto/link.dto';
import { LinkEntity } from 'src/modules/links/link.entity';

/** A link as its statements return it: the row and the name of who recorded it. */
export type LinkRow = LinkEntity & { createdByName: string | null };

const SORTS = {
  createdAt: 'l.created_at',
  startedOn: 'l.started_on',
  type: 'l.type',
  confidence: 'l.confidence',
} as const;

/**
 * Links between records. Lists by record use the partial indexes on from_id and to_id (active
 * links only), which the graph builds on.
 */
@Injectable()
export class LinksRepository implements RecordStore<LinkRow, Partial<LinkEntity>> {
  constructor(private readonly records: RecordsRepository) {}

  /** SQL: the display name of who recorded the link aliased `link`. */
  private recorderSql(link: string): string {
    return `(SELECT u.display_name FROM users u WHERE u.id = ${link}.created_by)`;
  }

  private row(link: LinkEntity, raw: RawRow): LinkRow {
    return Object.assign(link, {
      createdByName: (raw['created_by_name'] as string | null) ?? null,
    });
  }

  async list(tx: Tx, query: ListLinksQueryDto): Promise<PageRows<LinkRow>> {
    const qb = tx.createQueryBuilder(LinkEntity, 'l');
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
    qb.addSelect(this.recorderSql('l'), 'created_by_name');
    const page = await pageOf(tx, qb, {
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    return { ...page, entities: page.entities.map((l, i) => this.row(l, page.raw[i]!)) };
  }

  async find(tx: Tx, id: string): Promise<LinkRow | null> {
    const [raw] = await tx.query<RawRow[]>(
      `SELECT l.*, ${this.recorderSql('l')} AS created_by_name FROM links l WHERE l.id = $1`,
      [id],
    );
    return raw ? this.row(hydrate(tx, LinkEntity, raw), raw) : null;
  }

  async insert(tx: Tx, values: Partial<LinkEntity>, also: SqlPart[] = []): Promise<LinkRow> {
    const returning = `*, ${this.recorderSql('p0')} AS created_by_name`;
    const raw = await this.records.insert(tx, LinkEntity, values, returning, also);
    return this.row(hydrate(tx, LinkEntity, raw), raw);
  }

  async update(
    tx: Tx,
    id: string,
    version: number,
    values: Partial<LinkEntity>,
    also: SqlPart[] = [],
  ): Promise<LinkRow | null> {
    const returning = `*, ${this.recorderSql('p0')} AS created_by_name`;
    const raw = await this.records.update(tx, LinkEntity, id, version, values, returning, also);
    return raw ? this.row(hydrate(tx, LinkEntity, raw), raw) : null;
  }
}
