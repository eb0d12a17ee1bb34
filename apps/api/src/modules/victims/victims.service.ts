import {
  cleanText,
  IdentifierFormatError,
  normalizeIdentifier,
  type Page,
  searchKey,
} from '@khsae/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type ObjectLiteral } from 'typeorm';

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
import { PlacesService } from 'src/modules/places/places.service';
import { SearchIndexService } from 'src/modules/search/search-index.service';
import type {
  CreateVictimDto,
  ListVictimsQueryDto,
  PutVictimIdentityDto,
  UpdateVictimDto,
  VictimIdentityResponseDto,
  VictimResponseDto,
} from 'src/modules/victims/dto/victim.dto';
import { VictimIdentityEntity } from 'src/modules/victims/victim-identity.entity';
import { VictimEntity } from 'src/modules/victims/victim.entity';
import {
  identitySearchEntries,
  toVictim,
  toVictimIdentity,
  victimSearchEntries,
} from 'src/modules/victims/victim.mapper';

const SORTS = {
  code: 'v.code',
  status: 'v.status',
  recruitedOn: 'v.recruited_on',
  createdAt: 'v.created_at',
  updatedAt: 'v.updated_at',
} as const;

/** What a read of the identity exposes, for the audit trail (never the values). */
const IDENTITY_FIELD_GROUPS = ['identity', 'contact'];

/** An SQL condition on a victim id column, with its named parameters. */
type Scope = { sql: string; params: ObjectLiteral };

/** Thrown inside the identity write's transaction to roll it back and answer 409 afterwards. */
class IdentityConflict extends Error {}

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

/** A name as stored and matched: NFC, zero-width characters removed, spaces collapsed; blank clears it. */
function cleanName(value: string | null | undefined): string | null | undefined {
  return typeof value === 'string' ? cleanText(value) || null : value;
}

/** Phones are stored in E.164 so that the same number written two ways is one number. */
function e164(raw: string | null | undefined): string | null | undefined {
  if (typeof raw !== 'string' || cleanText(raw) === '') return raw === undefined ? raw : null;
  try {
    return normalizeIdentifier('phone', raw).value;
  } catch (err) {
    if (err instanceof IdentifierFormatError) {
      throw badField('phone', 'is not a possible phone number');
    }
    throw err;
  }
}

@Injectable()
export class VictimsService {
  constructor(
    private readonly archiver: RecordArchiveService,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly places: PlacesService,
    private readonly searchIndex: SearchIndexService,
  ) {}

  // --- Need-to-know: the one rule for victim identities ---------------------------------------

  /**
   * Who may read a victim's identity (name, birth date, contact, ID numbers), as a condition on a
   * victim id column. This is the only place that decides it: the identity endpoints, `canReadIdentity`
   * on every record and the name search of the list all go through it.
   *
   * Today: roles holding `victim_identity:read` (supervisor, victim support). Investigators read none
   * yet; the cases issue adds "investigators of a case the victim is linked to" here, as a subquery on
   * `victimId` with the caller's user id as a parameter.
   */
  private identityScope(auth: AuthContext, _victimId: string): Scope {
    if (auth.permissions.includes('victim_identity:read')) return { sql: 'TRUE', params: {} };
    return { sql: 'FALSE', params: {} };
  }

  /** Whether the caller may read this victim's identity. False for a victim that does not exist. */
  async canReadIdentity(
    auth: AuthContext,
    victimId: string,
    em: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    return (await this.identityReadable(em, auth, [victimId])).has(victimId);
  }

  /** The victims among `victimIds` whose identity the caller may read. */
  private async identityReadable(
    em: EntityManager,
    auth: AuthContext,
    victimIds: string[],
  ): Promise<Set<string>> {
    if (!victimIds.length) return new Set();
    const scope = this.identityScope(auth, 'v.id');
    const rows = await em
      .createQueryBuilder(VictimEntity, 'v')
      .select('v.id', 'id')
      .where('v.id IN (:...victimIds)', { victimIds })
      .andWhere(`(${scope.sql})`, scope.params)
      .getRawMany<{ id: string }>();
    return new Set(rows.map((r) => r.id));
  }

  // --- The pseudonymous record ----------------------------------------------------------------

  async list(
    auth: AuthContext,
    query: ListVictimsQueryDto,
    origin: RequestOrigin,
  ): Promise<Page<VictimResponseDto>> {
    if (query.recruitedFrom && query.recruitedTo && query.recruitedFrom > query.recruitedTo) {
      throw badField('recruitedTo', 'must not be before recruitedFrom');
    }
    return this.dataSource.transaction(async (em) => {
      const qb = em.createQueryBuilder(VictimEntity, 'v');
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
        // The code for everyone; the names (restricted entries) only where the caller has need-to-know.
        const names = this.identityScope(auth, 's.record_id');
        qb.andWhere(
          `v.id IN (SELECT s.record_id FROM search_entries s
                     WHERE s.record_kind = 'victim' AND s.key LIKE :like
                       AND (NOT s.restricted OR (${names.sql})))`,
          { like: likePattern(key), ...names.params },
        );
      }
      const { column, direction } = sortSpec(SORTS, query.sort, 'code', query.order);
      qb.orderBy(column, direction, 'NULLS LAST').addOrderBy('v.id');
      const { skip, take } = pageWindow(query);
      const [rows, total] = await qb.offset(skip).limit(take).getManyAndCount();
      const ids = rows.map((v) => v.id);
      if (key) await this.auditNameMatches(em, auth, origin, ids, key);
      const readable = await this.identityReadable(em, auth, ids);
      const places = await this.places.summaries(
        em,
        rows.map((v) => v.homePlaceId),
      );
      return {
        items: rows.map((v) => toVictim(v, places, readable.has(v.id))),
        page: query.page,
        pageSize: query.pageSize,
        total,
      };
    });
  }

  async get(auth: AuthContext, id: string): Promise<VictimResponseDto> {
    return this.load(this.dataSource.manager, auth, id);
  }

  async create(
    auth: AuthContext,
    dto: CreateVictimDto,
    origin: RequestOrigin,
  ): Promise<VictimResponseDto> {
    refuseNull(dto, ['sex', 'ageBand', 'status', 'consentToShare']);
    return this.dataSource.transaction(async (em) => {
      await this.places.assertUsable(em, dto.homePlaceId, 'homePlaceId');
      // Fields left out take the column defaults; the code is assigned by the database.
      const { identifiers } = await em.insert(VictimEntity, {
        sex: dto.sex,
        ageBand: dto.ageBand,
        nationality: dto.nationality ?? null,
        homePlaceId: dto.homePlaceId ?? null,
        recruitedOn: dto.recruitedOn ?? null,
        jobPromised: dto.jobPromised ?? null,
        recruitmentChannel: dto.recruitmentChannel ?? null,
        exploitationType: dto.exploitationType ?? null,
        meansOfControl: distinct(dto.meansOfControl) ?? [],
        status: dto.status,
        consentToShare: dto.consentToShare,
        notes: dto.notes ?? null,
        createdBy: auth.user.id,
      });
      const id = String(identifiers[0]?.['id']);
      const victim = await this.findOrFail(em, id);
      await this.searchIndex.replace(em, 'victim', id, victimSearchEntries(victim), ['code']);
      await this.audit.record(em, {
        action: 'create',
        outcome: 'success',
        origin,
        actor: auth.user,
        resourceType: 'victim',
        resourceIds: [id],
      });
      return this.load(em, auth, id);
    });
  }

  async update(
    auth: AuthContext,
    id: string,
    dto: UpdateVictimDto,
    origin: RequestOrigin,
  ): Promise<VictimResponseDto> {
    refuseNull(dto, ['sex', 'ageBand', 'status', 'consentToShare']);
    return this.dataSource.transaction(async (em) => {
      const before = await this.findOrFail(em, id);
      if (before.archivedAt) throw notFound('active victim');
      await this.places.assertUsable(em, dto.homePlaceId, 'homePlaceId');
      const changed = await updateWithVersion(em, 'victims', id, dto.version, {
        sex: dto.sex,
        age_band: dto.ageBand,
        nationality: dto.nationality,
        home_place_id: dto.homePlaceId,
        recruited_on: dto.recruitedOn,
        job_promised: dto.jobPromised,
        recruitment_channel: dto.recruitmentChannel,
        exploitation_type: dto.exploitationType,
        means_of_control: distinct(dto.meansOfControl),
        status: dto.status,
        consent_to_share: dto.consentToShare,
        notes: dto.notes,
      });
      // The current record is the pseudonymous one: a conflict never carries identity fields.
      if (!changed) throw staleVersion('victim', await this.load(em, auth, id));
      await this.audit.record(em, {
        action: 'update',
        outcome: 'success',
        origin,
        actor: auth.user,
        resourceType: 'victim',
        resourceIds: [id],
        details: { changed: Object.keys(dto).filter((k) => k !== 'version') },
      });
      return this.load(em, auth, id);
    });
  }

  /** Archiving is the only deletion: soft, audited, reversible by a supervisor. */
  async setArchived(
    auth: AuthContext,
    id: string,
    archived: boolean,
    origin: RequestOrigin,
  ): Promise<VictimResponseDto> {
    return this.dataSource.transaction(async (em) => {
      await this.findOrFail(em, id);
      await this.archiver.apply(em, {
        table: 'victims',
        resource: 'victim',
        id,
        archived,
        auth,
        origin,
      });
      return this.load(em, auth, id);
    });
  }

  // --- The identity -----------------------------------------------------------------------------

  /**
   * The identity, for a caller with need-to-know; the read is audited in the same transaction, so if
   * the audit row cannot be written nothing is returned (503).
   */
  async getIdentity(
    auth: AuthContext,
    id: string,
    origin: RequestOrigin,
  ): Promise<VictimIdentityResponseDto> {
    const read = await this.dataSource.transaction(async (em) => {
      if (!(await this.canReadIdentity(auth, id, em))) return null;
      const identity = await em.findOne(VictimIdentityEntity, { where: { victimId: id } });
      if (!identity) throw notFound('victim identity');
      await this.audit.record(em, {
        action: 'read_sensitive',
        outcome: 'success',
        origin,
        actor: auth.user,
        resourceType: 'victim',
        resourceIds: [id],
        fieldGroups: IDENTITY_FIELD_GROUPS,
      });
      return toVictimIdentity(identity);
    });
    return read ?? this.refuseIdentity(auth, id, origin);
  }

  /**
   * Creates or changes the identity. Fields left out stay as they are; null clears one. Send the
   * version you read when an identity exists; a stale one (or none when one exists) answers 409.
   */
  async putIdentity(
    auth: AuthContext,
    id: string,
    dto: PutVictimIdentityDto,
    origin: RequestOrigin,
  ): Promise<VictimIdentityResponseDto> {
    const columns: Record<string, unknown> = {
      full_name_km: cleanName(dto.fullNameKm),
      full_name_latin: cleanName(dto.fullNameLatin),
      date_of_birth: dto.dateOfBirth,
      phone: e164(dto.phone),
      contact_notes: dto.contactNotes,
      id_numbers: distinct(dto.idNumbers?.map((n) => cleanText(n)).filter((n) => n !== '')),
    };
    const sets = Object.entries(columns).filter(([, value]) => value !== undefined);
    const changed = Object.keys(dto).filter((k) => k !== 'version');
    let written: VictimIdentityResponseDto | null;
    try {
      written = await this.dataSource.transaction(async (em) => {
        if (!(await this.canReadIdentity(auth, id, em))) return null;
        const victim = await this.findOrFail(em, id);
        if (victim.archivedAt) throw notFound('active victim');
        const existing = await em.findOne(VictimIdentityEntity, { where: { victimId: id } });
        if (!existing) {
          if (dto.version !== undefined) {
            throw badField('version', 'this victim has no identity yet: leave version out');
          }
          const params: unknown[] = [id, auth.user.id, ...sets.map(([, value]) => value)];
          const names = sets.map(([column]) => column);
          const inserted = await em.query<unknown[]>(
            `INSERT INTO victim_identities (victim_id, updated_by${names.map((n) => `, ${n}`).join('')})
             VALUES ($1, $2${names.map((_, i) => `, $${i + 3}`).join('')})
             ON CONFLICT (victim_id) DO NOTHING RETURNING victim_id`,
            params,
          );
          // Someone else created it first: their values win until this caller has seen them.
          if (!inserted.length) throw new IdentityConflict();
        } else {
          if (dto.version === undefined) throw new IdentityConflict();
          const params: unknown[] = [id, dto.version, auth.user.id];
          const assignments = sets.map(([column, value]) => `${column} = $${params.push(value)}`);
          const [, affected] = await em.query<[unknown, number]>(
            `UPDATE victim_identities
                SET ${[...assignments, 'version = version + 1', 'updated_at = now()', 'updated_by = $3'].join(', ')}
              WHERE victim_id = $1 AND version = $2`,
            params,
          );
          if (affected !== 1) throw new IdentityConflict();
        }
        const after = await em.findOneOrFail(VictimIdentityEntity, { where: { victimId: id } });
        await this.searchIndex.replace(em, 'victim', id, identitySearchEntries(after), [
          'identity_name',
        ]);
        await this.audit.record(em, {
          action: 'update',
          outcome: 'success',
          origin,
          actor: auth.user,
          resourceType: 'victim',
          resourceIds: [id],
          fieldGroups: ['identity'],
          details: { identity: existing ? 'changed' : 'created', changed },
        });
        return toVictimIdentity(after);
      });
    } catch (err) {
      if (err instanceof IdentityConflict) throw await this.identityConflict(auth, id, origin);
      throw err;
    }
    return written ?? this.refuseIdentity(auth, id, origin);
  }

  /**
   * The answer to a caller without need-to-know: 404, the same as for a victim that does not exist,
   * so that whether an identity exists does not leak. A refusal about a real victim is audited.
   */
  private async refuseIdentity(
    auth: AuthContext,
    id: string,
    origin: RequestOrigin,
  ): Promise<never> {
    const exists = await this.dataSource.query<unknown[]>(`SELECT 1 FROM victims WHERE id = $1`, [
      id,
    ]);
    if (exists.length) {
      await this.audit.recordAlone({
        action: 'access_denied',
        outcome: 'denied',
        origin,
        actor: auth.user,
        reason: 'no_need_to_know',
        resourceType: 'victim',
        resourceIds: [id],
        fieldGroups: IDENTITY_FIELD_GROUPS,
      });
    }
    throw notFound('victim identity');
  }

  /** 409 with the current identity; showing it is a read, audited like any other. */
  private async identityConflict(auth: AuthContext, id: string, origin: RequestOrigin) {
    const current = await this.dataSource.transaction(async (em) => {
      const identity = await em.findOne(VictimIdentityEntity, { where: { victimId: id } });
      if (!identity) return null;
      await this.audit.record(em, {
        action: 'read_sensitive',
        outcome: 'success',
        origin,
        actor: auth.user,
        resourceType: 'victim',
        resourceIds: [id],
        fieldGroups: IDENTITY_FIELD_GROUPS,
        details: { via: 'conflict' },
      });
      return toVictimIdentity(identity);
    });
    return staleVersion('victim identity', current);
  }

  /** Finding a victim by name ties the name to the code: an identity read, audited with the ids found. */
  private async auditNameMatches(
    em: EntityManager,
    auth: AuthContext,
    origin: RequestOrigin,
    ids: string[],
    key: string,
  ): Promise<void> {
    if (!ids.length) return;
    const scope = this.identityScope(auth, 's.record_id');
    const matched = await em
      .createQueryBuilder()
      .select('DISTINCT s.record_id', 'id')
      .from('search_entries', 's')
      .where('s.record_id IN (:...ids)', { ids })
      .andWhere('s.restricted AND s.key LIKE :like', { like: likePattern(key) })
      .andWhere(`(${scope.sql})`, scope.params)
      .getRawMany<{ id: string }>();
    if (!matched.length) return;
    await this.audit.record(em, {
      action: 'read_sensitive',
      outcome: 'success',
      origin,
      actor: auth.user,
      resourceType: 'victim',
      resourceIds: matched.map((r) => r.id),
      fieldGroups: ['identity'],
      details: { via: 'list' },
    });
  }

  private async load(em: EntityManager, auth: AuthContext, id: string): Promise<VictimResponseDto> {
    const victim = await this.findOrFail(em, id);
    const places = await this.places.summaries(em, [victim.homePlaceId]);
    return toVictim(victim, places, await this.canReadIdentity(auth, id, em));
  }

  private async findOrFail(em: EntityManager, id: string): Promise<VictimEntity> {
    const victim = await em.findOne(VictimEntity, { where: { id } });
    if (!victim) throw notFound('victim');
    return victim;
  }
}
