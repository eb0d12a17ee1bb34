import { searchKey } from '@khsae/domain';
import { Injectable } from '@nestjs/common';

import type { RecordKindSpec } from 'src/common/records/record-kinds';
import { RecordRows } from 'src/common/records/record-rows.repository';
import { type RawRow, RecordsRepository } from 'src/common/records/records.repository';
import type { Tx } from 'src/database/database';
import { likePattern, pageOf, type PageRows, sortSpec } from 'src/database/paging';
import { CompoundEntity } from 'src/modules/compounds/compound.entity';
import type { ListCompoundsQueryDto } from 'src/modules/compounds/dto/compound.dto';
import { type PlaceRef, PlacesService } from 'src/modules/places/places.service';

export const COMPOUND_KIND: RecordKindSpec = {
  kind: 'compound',
  table: 'compounds',
  label: 'name',
  sublabel: "ref_code || ' · ' || country_code",
  category: 'status::text',
  code: 'ref_code',
};

/** A compound as its statements return it: the row and the place it is in. */
export type CompoundRow = CompoundEntity & { place: PlaceRef | null };

const SORTS = {
  refCode: 'c.ref_code',
  name: 'c.name',
  status: 'c.status',
  countryCode: 'c.country_code',
  createdAt: 'c.created_at',
  updatedAt: 'c.updated_at',
} as const;

@Injectable()
export class CompoundsRepository extends RecordRows<CompoundEntity, CompoundRow> {
  constructor(
    records: RecordsRepository,
    private readonly places: PlacesService,
  ) {
    super(records, CompoundEntity, 'compounds');
  }

  protected extra(): string {
    return `${this.places.refSql('p0.place_id')} AS place`;
  }

  protected rowOf(compound: CompoundEntity, raw: RawRow): CompoundRow {
    return Object.assign(compound, { place: (raw['place'] as PlaceRef | null) ?? null });
  }

  async list(tx: Tx, query: ListCompoundsQueryDto): Promise<PageRows<CompoundRow>> {
    const qb = tx.createQueryBuilder(CompoundEntity, 'c');
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
    qb.addSelect(this.places.refSql('c.place_id'), 'place');
    const page = await pageOf(tx, qb, {
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    return {
      ...page,
      entities: page.entities.map((c, i) =>
        Object.assign(c, { place: (page.raw[i]?.['place'] as PlaceRef) ?? null }),
      ),
    };
  }
}
