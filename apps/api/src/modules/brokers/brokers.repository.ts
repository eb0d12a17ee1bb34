import { searchKey } from '@khsae/domain';
import { Injectable } from '@nestjs/common';

import type { RecordKindSpec } from 'src/common/records/record-kinds';
import { RecordRows } from 'src/common/records/record-rows.repository';
import { type RawRow, RecordsRepository } from 'src/common/records/records.repository';
import type { Tx } from 'src/database/database';
import { likePattern, pageOfRows, type PageRows, sortSpec } from 'src/database/paging';
import { BrokerEntity } from 'src/modules/brokers/broker.entity';
import type { ListBrokersQueryDto } from 'src/modules/brokers/dto/broker.dto';
import { type PlaceRef, PlacesService } from 'src/modules/places/places.service';

export const BROKER_KIND: RecordKindSpec = {
  kind: 'broker',
  table: 'brokers',
  label: 'coalesce(name_latin, name_km, aliases[1], ref_code)',
  sublabel: "ref_code || coalesce(' · ' || name_km, '')",
  category: 'role::text',
  code: 'ref_code',
};

/** A broker as its statements return it: the row and its home place. */
export type BrokerRow = BrokerEntity & { homePlace: PlaceRef | null };

const SORTS = {
  refCode: 'b.ref_code',
  nameLatin: 'b.name_latin',
  nameKm: 'b.name_km',
  legalStatus: 'b.legal_status',
  role: 'b.role',
  createdAt: 'b.created_at',
  updatedAt: 'b.updated_at',
} as const;

@Injectable()
export class BrokersRepository extends RecordRows<BrokerEntity, BrokerRow> {
  constructor(
    records: RecordsRepository,
    private readonly places: PlacesService,
  ) {
    super(records, BrokerEntity, 'brokers');
  }

  protected extra(): string {
    return `${this.places.refSql('p0.home_place_id')} AS home_place`;
  }

  protected rowOf(broker: BrokerEntity, raw: RawRow): BrokerRow {
    return Object.assign(broker, { homePlace: (raw['home_place'] as PlaceRef | null) ?? null });
  }

  /** One statement a page (two beyond the exact count's cap); the home place read for the page's rows only. */
  async list(tx: Tx, query: ListBrokersQueryDto): Promise<PageRows<BrokerRow>> {
    const where = [query.archived ? 'b.archived_at IS NOT NULL' : 'b.archived_at IS NULL'];
    const params: Record<string, unknown> = {};
    if (query.role) {
      where.push('b.role = :role');
      params['role'] = query.role;
    }
    if (query.legalStatus) {
      where.push('b.legal_status = :legalStatus');
      params['legalStatus'] = query.legalStatus;
    }
    if (query.homePlaceId) {
      where.push(this.places.withinSql('b.home_place_id', 'placeId'));
      params['placeId'] = query.homePlaceId;
    }
    const key = query.q ? searchKey(query.q) : '';
    if (key) {
      where.push(
        `b.id IN (SELECT s.record_id FROM search_entries s WHERE s.record_kind = 'broker' AND s.key LIKE :like)`,
      );
      params['like'] = likePattern(key);
    }
    const { column, direction } = sortSpec(SORTS, query.sort, 'refCode', query.order);
    const page = await pageOfRows(
      tx,
      {
        from: 'brokers b',
        alias: 'b',
        where,
        params,
        orderBy: `${column} ${direction} NULLS LAST, b.id`,
        late: { home_place: this.places.refSql('b.home_place_id') },
      },
      { skip: (query.page - 1) * query.pageSize, take: query.pageSize },
    );
    return { ...page, raw: page.rows, entities: page.rows.map((raw) => this.row(tx, raw)) };
  }
}
