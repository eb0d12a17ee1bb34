import { searchKey } from '@khsae/domain';
import { Injectable } from '@nestjs/common';
import type { ObjectLiteral } from 'typeorm';

import type { RecordKindSpec } from 'src/common/records/record-kinds';
import { RecordRows } from 'src/common/records/record-rows.repository';
import { type RawRow, RecordsRepository } from 'src/common/records/records.repository';
import type { Tx } from 'src/database/database';
import { likePattern, pageOf, type PageRows, sortSpec } from 'src/database/paging';
import { hydrate } from 'src/database/statements';
import { type PlaceRef, PlacesService } from 'src/modules/places/places.service';
import type { ListVictimsQueryDto } from 'src/modules/victims/dto/victim.dto';
import { VictimIdentityEntity } from 'src/modules/victims/victim-identity.entity';
import { VictimEntity } from 'src/modules/victims/victim.entity';

/** Elsewhere a victim is known by the pseudonymous code alone. */
export const VICTIM_KIND: RecordKindSpec = {
  kind: 'victim',
  table: 'victims',
  label: 'code',
  sublabel: 'NULL',
  category: 'status::text',
};

/** An SQL condition on a victim id column, with its named parameters: who may read identities. */
export type IdentityScope = { sql: string; params: ObjectLiteral };

export type VictimRow = VictimEntity & { homePlace: PlaceRef | null };

const SORTS = {
  code: 'v.code',
  status: 'v.status',
  recruitedOn: 'v.recruited_on',
  createdAt: 'v.created_at',
  updatedAt: 'v.updated_at',
} as const;

/** Identity columns as the request names them; only these are ever written. */
const IDENTITY_COLUMNS = {
  fullNameKm: 'full_name_km',
  fullNameLatin: 'full_name_latin',
  dateOfBirth: 'date_of_birth',
  phone: 'phone',
  contactNotes: 'contact_notes',
  idNumbers: 'id_numbers',
} as const;

export type IdentityValues = Partial<Pick<VictimIdentityEntity, keyof typeof IDENTITY_COLUMNS>>;

@Injectable()
export class VictimsRepository extends RecordRows<VictimEntity, VictimRow> {
  constructor(
    records: RecordsRepository,
    private readonly places: PlacesService,
  ) {
    super(records, VictimEntity, 'victims');
  }

  protected extra(): string {
    return `${this.places.refSql('p0.home_place_id')} AS home_place`;
  }

  protected rowOf(victim: VictimEntity, raw: RawRow): VictimRow {
    return Object.assign(victim, { homePlace: (raw['home_place'] as PlaceRef | null) ?? null });
  }

  /** A page of victims; a name search matches names only within `names` (need-to-know). */
  async list(
    tx: Tx,
    query: ListVictimsQueryDto,
    names: IdentityScope,
  ): Promise<PageRows<VictimRow>> {
    const qb = tx.createQueryBuilder(VictimEntity, 'v');
    qb.where(query.archived ? 'v.archived_at IS NOT NULL' : 'v.archived_at IS NULL');
    if (query.status) qb.andWhere('v.status = :status', { status: query.status });
    if (query.sex) qb.andWhere('v.sex = :sex', { sex: query.sex });
    if (query.ageBand) qb.andWhere('v.age_band = :ageBand', { ageBand: query.ageBand });
    if (query.exploitationType) {
      qb.andWhere('v.exploitation_type = :exploitationType', {
        exploitationType: query.exploitationType,
      });
    }
    if (query.homePlaceId) {
      qb.andWhere(this.places.withinSql('v.home_place_id', 'placeId'), {
        placeId: query.homePlaceId,
      });
    }
    if (query.recruitedFrom) {
      qb.andWhere('v.recruited_on >= :recruitedFrom', { recruitedFrom: query.recruitedFrom });
    }
    if (query.recruitedTo) {
      qb.andWhere('v.recruited_on <= :recruitedTo', { recruitedTo: query.recruitedTo });
    }
    const key = query.q ? searchKey(query.q) : '';
    if (key) {
      qb.andWhere(
        `v.id IN (SELECT s.record_id FROM search_entries s
                   WHERE s.record_kind = 'victim' AND s.key LIKE :like
                     AND (NOT s.restricted OR (${names.sql})))`,
        { like: likePattern(key), ...names.params },
      );
    }
    const { column, direction } = sortSpec(SORTS, query.sort, 'code', query.order);
    qb.orderBy(column, direction, 'NULLS LAST').addOrderBy('v.id');
    qb.addSelect(this.places.refSql('v.home_place_id'), 'home_place');
    const page = await pageOf(tx, qb, {
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    return {
      ...page,
      entities: page.entities.map((v, i) =>
        Object.assign(v, { homePlace: (page.raw[i]?.['home_place'] as PlaceRef) ?? null }),
      ),
    };
  }

  /** The victims among `ids` within the scope. */
  async within(tx: Tx, ids: string[], scope: IdentityScope): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows = await tx
      .createQueryBuilder(VictimEntity, 'v')
      .select('v.id', 'id')
      .where('v.id IN (:...ids)', { ids })
      .andWhere(`(${scope.sql})`, scope.params)
      .getRawMany<{ id: string }>();
    return new Set(rows.map((r) => r.id));
  }

  /** The victims among `ids` found by a name (restricted key) within the scope. */
  async foundByName(tx: Tx, ids: string[], key: string, scope: IdentityScope): Promise<string[]> {
    if (!ids.length) return [];
    const rows = await tx
      .createQueryBuilder()
      .select('DISTINCT s.record_id', 'id')
      .from('search_entries', 's')
      .where('s.record_id IN (:...ids)', { ids })
      .andWhere('s.restricted AND s.key LIKE :like', { like: likePattern(key) })
      .andWhere(`(${scope.sql})`, scope.params)
      .getRawMany<{ id: string }>();
    return rows.map((r) => r.id);
  }

  async exists(tx: Tx, id: string): Promise<boolean> {
    const rows = await tx.query<unknown[]>(`SELECT 1 FROM victims WHERE id = $1`, [id]);
    return rows.length > 0;
  }

  async findIdentity(tx: Tx, victimId: string): Promise<VictimIdentityEntity | null> {
    return tx.findOne(VictimIdentityEntity, { where: { victimId } });
  }

  /**
   * Creates the identity, or changes it if the caller read the current version: one upsert. Null when
   * an identity exists and `version` is not its version (left out or stale): the caller answers 409.
   */
  async upsertIdentity(
    tx: Tx,
    victimId: string,
    version: number | undefined,
    values: IdentityValues,
    actorId: string,
  ): Promise<{ identity: VictimIdentityEntity; created: boolean } | null> {
    const entries = Object.entries(values).filter(([, value]) => value !== undefined) as [
      keyof typeof IDENTITY_COLUMNS,
      unknown,
    ][];
    const columns = entries.map(([field]) => IDENTITY_COLUMNS[field]);
    const params: unknown[] = [victimId, actorId, version ?? null, ...entries.map(([, v]) => v)];
    const placeholders = entries.map((_, i) => `$${i + 4}`);
    const sets = columns.map((column) => `${column} = EXCLUDED.${column}`);
    const rows = await tx.query<(Record<string, unknown> & { created: boolean })[]>(
      `INSERT INTO victim_identities AS i (victim_id, updated_by${columns.map((c) => `, ${c}`).join('')})
       VALUES ($1, $2${placeholders.map((p) => `, ${p}`).join('')})
       ON CONFLICT (victim_id) DO UPDATE
          SET ${[...sets, 'version = i.version + 1', 'updated_at = now()', 'updated_by = EXCLUDED.updated_by'].join(', ')}
        WHERE i.version = $3::integer
       RETURNING i.*, (xmax = 0) AS created`,
      params,
    );
    const [raw] = rows;
    return raw ? { identity: hydrate(tx, VictimIdentityEntity, raw), created: raw.created } : null;
  }
}
