import { Injectable } from '@nestjs/common';

import { RecordRows } from 'src/common/records/record-rows.repository';
import { type RawRow, RecordsRepository } from 'src/common/records/records.repository';
import type { Tx } from 'src/database/database';
import { pageOf, type PageRows, sortSpec } from 'src/database/paging';
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
export class LinksRepository extends RecordRows<LinkEntity, LinkRow> {
  constructor(records: RecordsRepository) {
    super(records, LinkEntity, 'links');
  }

  protected extra(): string {
    return `${this.recorderSql('p0')} AS created_by_name`;
  }

  protected rowOf(link: LinkEntity, raw: RawRow): LinkRow {
    return Object.assign(link, {
      createdByName: (raw['created_by_name'] as string | null) ?? null,
    });
  }

  /** SQL: the display name of who recorded the link aliased `link`. */
  private recorderSql(link: string): string {
    return `(SELECT u.display_name FROM users u WHERE u.id = ${link}.created_by)`;
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
    return { ...page, entities: page.entities.map((l, i) => this.rowOf(l, page.raw[i]!)) };
  }
}
