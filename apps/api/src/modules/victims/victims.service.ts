import { cleanText, IdentifierFormatError, normalizeIdentifier, searchKey } from '@khsae/domain';
import { Injectable } from '@nestjs/common';

import type { Actor, AuthContext } from 'src/common/access/auth-context';
import { AuditService } from 'src/common/audit/audit.service';
import { fieldError } from 'src/common/errors/field-errors';
import { pageResponse } from 'src/common/http/page.dto';
import {
  notFound,
  RecordWriter,
  type RecordType,
  staleVersion,
} from 'src/common/records/record-writer';
import { Database, type Tx } from 'src/database/database';
import { PlacesService } from 'src/modules/places/places.service';
import type {
  CreateVictimDto,
  ListVictimsQueryDto,
  PutVictimIdentityDto,
  UpdateVictimDto,
  VictimIdentityResponseDto,
  VictimPageResponseDto,
  VictimResponseDto,
} from 'src/modules/victims/dto/victim.dto';
import {
  identitySearchEntries,
  toVictim,
  toVictimIdentity,
} from 'src/modules/victims/victim.mapper';
import type { VictimEntity } from 'src/modules/victims/victim.entity';
import {
  type IdentityScope,
  type IdentityValues,
  type VictimRow,
  VictimsRepository,
} from 'src/modules/victims/victims.repository';

/** What a read of the identity exposes, for the audit trail (never the values). */
const IDENTITY_FIELD_GROUPS = ['identity', 'contact'];

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
    if (err instanceof IdentifierFormatError)
      throw fieldError('phone', 'is not a possible phone number');
    throw err;
  }
}

/** A list without repeats; null (cleared) is the empty list. */
function distinct<T>(values: T[] | null | undefined): T[] | undefined {
  return values === undefined ? undefined : [...new Set(values ?? [])];
}

/**
 * Victims: a pseudonymous record everyone with victims:read may see, and an identity (name, birth,
 * contact, documents) that only those with need-to-know read, every read audited.
 */
@Injectable()
export class VictimsService {
  private readonly record: RecordType<VictimRow, Partial<VictimEntity>>;

  constructor(
    private readonly audit: AuditService,
    private readonly database: Database,
    private readonly places: PlacesService,
    private readonly victims: VictimsRepository,
    private readonly writer: RecordWriter,
  ) {
    this.record = {
      name: 'victim',
      table: 'victims',
      store: this.victims,
      // The current record is the pseudonymous one: a conflict never carries identity fields.
      present: (tx, row, actor) => this.present(tx, actor.auth, row),
      search: { kind: 'victim', fields: {}, code: { column: 'code', property: 'code' } },
      references: ({ homePlaceId }) =>
        homePlaceId ? [{ field: 'homePlaceId', kind: 'place', id: homePlaceId }] : [],
    };
  }

  // --- Need-to-know: the one rule for victim identities ---------------------------------------

  /**
   * Who may read a victim's identity (name, birth date, contact, ID numbers), as an SQL condition on
   * victim ids. This is the only place that decides it: the identity endpoints, `canReadIdentity` on
   * every record, the name search of the list, and (through canReadIdentity) other modules.
   *
   * Today it needs only the caller's permissions: supervisors and victim support hold
   * `victim_identity:read`. The cases issue widens it to "members of a case the victim is linked
   * to", a condition on the victim id column with the caller's user id as a parameter.
   */
  private identityScope(auth: AuthContext): IdentityScope {
    return {
      sql: auth.permissions.includes('victim_identity:read') ? 'TRUE' : 'FALSE',
      params: {},
    };
  }

  /** Whether the caller may read this victim's identity. False for a victim that does not exist. */
  async canReadIdentity(auth: AuthContext, victimId: string, tx: Tx = this.database.pool) {
    return (await this.readableIdentities(auth, [victimId], tx)).has(victimId);
  }

  /** The victims among `victimIds` whose identity (contact data included) the caller may read. */
  readableIdentities(
    auth: AuthContext,
    victimIds: string[],
    tx: Tx = this.database.pool,
  ): Promise<Set<string>> {
    return this.victims.within(tx, victimIds, this.identityScope(auth));
  }

  // --- The pseudonymous record ----------------------------------------------------------------

  async list(actor: Actor, query: ListVictimsQueryDto): Promise<VictimPageResponseDto> {
    if (query.recruitedFrom && query.recruitedTo && query.recruitedFrom > query.recruitedTo) {
      throw fieldError('recruitedTo', 'must not be before recruitedFrom');
    }
    const scope = this.identityScope(actor.auth);
    return this.database.transaction(async (tx) => {
      const rows = await this.victims.list(tx, query, scope);
      const ids = rows.entities.map((v) => v.id);
      const key = query.q ? searchKey(query.q) : '';
      // Finding a victim by name ties the name to the code: an identity read, audited with the ids.
      const byName = key ? await this.victims.foundByName(tx, ids, key, scope) : [];
      if (byName.length) {
        await this.writer.note(tx, actor, {
          action: 'read_sensitive',
          resourceType: 'victim',
          resourceIds: byName,
          fieldGroups: ['identity'],
          details: { via: 'list' },
        });
      }
      const readable = await this.victims.within(tx, ids, scope);
      return pageResponse(query, rows, (v) => this.toResponse(v, readable.has(v.id)));
    });
  }

  async get(actor: Actor, id: string): Promise<VictimResponseDto> {
    const victim = await this.victims.find(this.database.pool, id);
    if (!victim) throw notFound('victim');
    return this.present(this.database.pool, actor.auth, victim);
  }

  async create(actor: Actor, dto: CreateVictimDto): Promise<VictimResponseDto> {
    const victim = await this.writer.create(actor, this.record, {
      ...dto,
      meansOfControl: distinct(dto.meansOfControl),
      createdBy: actor.auth.user.id,
    });
    return this.present(this.database.pool, actor.auth, victim);
  }

  async update(actor: Actor, id: string, dto: UpdateVictimDto): Promise<VictimResponseDto> {
    const { version, ...changes } = dto;
    const victim = await this.writer.update(actor, this.record, id, version, {
      ...changes,
      meansOfControl: distinct(changes.meansOfControl),
    });
    return this.present(this.database.pool, actor.auth, victim);
  }

  async setArchived(actor: Actor, id: string, archived: boolean): Promise<VictimResponseDto> {
    const victim = await this.writer.setArchived(actor, this.record, id, archived);
    return this.present(this.database.pool, actor.auth, victim);
  }

  // --- The identity -----------------------------------------------------------------------------

  /**
   * The identity, for a caller with need-to-know; the read is audited in the same transaction, so if
   * the audit row cannot be written nothing is returned (503).
   */
  async getIdentity(actor: Actor, id: string): Promise<VictimIdentityResponseDto> {
    const read = await this.database.transaction(async (tx) => {
      if (!(await this.canReadIdentity(actor.auth, id, tx))) return null;
      const identity = await this.victims.findIdentity(tx, id);
      if (!identity) throw notFound('victim identity');
      await this.writer.note(tx, actor, this.identityRead(id));
      return toVictimIdentity(identity);
    });
    return read ?? this.refuseIdentity(actor, id);
  }

  /**
   * Creates or changes the identity in one upsert. Fields left out stay as they are; null clears one.
   * Send the version you read when an identity exists; a stale one (or none when one exists) answers
   * 409 with the current identity.
   */
  async putIdentity(
    actor: Actor,
    id: string,
    dto: PutVictimIdentityDto,
  ): Promise<VictimIdentityResponseDto> {
    const values: IdentityValues = {
      fullNameKm: cleanName(dto.fullNameKm),
      fullNameLatin: cleanName(dto.fullNameLatin),
      dateOfBirth: dto.dateOfBirth,
      phone: e164(dto.phone),
      contactNotes: dto.contactNotes,
      idNumbers: distinct(dto.idNumbers?.map((n) => cleanText(n)).filter((n) => n !== '')),
    };
    const changed = Object.keys(dto).filter((k) => k !== 'version');
    const written = await this.database.transaction(async (tx) => {
      if (!(await this.canReadIdentity(actor.auth, id, tx))) return 'refused' as const;
      const victim = await this.victims.find(tx, id);
      if (!victim || victim.archivedAt) throw notFound('active victim');
      const upserted = await this.victims.upsertIdentity(
        tx,
        id,
        dto.version,
        values,
        actor.auth.user.id,
      );
      if (!upserted) return 'stale' as const;
      if (upserted.created && dto.version !== undefined) {
        throw fieldError('version', 'this victim has no identity yet: leave version out');
      }
      await this.writer.note(
        tx,
        actor,
        {
          action: 'update',
          resourceType: 'victim',
          resourceIds: [id],
          fieldGroups: ['identity'],
          details: { identity: upserted.created ? 'created' : 'changed', changed },
        },
        { kind: 'victim', id, entries: identitySearchEntries(upserted.identity) },
      );
      return toVictimIdentity(upserted.identity);
    });
    if (written === 'refused') return this.refuseIdentity(actor, id);
    if (written === 'stale') throw await this.identityConflict(actor, id);
    return written;
  }

  private identityRead(id: string, details?: Record<string, unknown>) {
    return {
      action: 'read_sensitive' as const,
      resourceType: 'victim',
      resourceIds: [id],
      fieldGroups: IDENTITY_FIELD_GROUPS,
      details,
    };
  }

  /**
   * The answer to a caller without need-to-know: 404, the same as for a victim that does not exist,
   * so that whether an identity exists does not leak. A refusal about a real victim is audited.
   */
  private async refuseIdentity(actor: Actor, id: string): Promise<never> {
    if (await this.victims.exists(this.database.pool, id)) {
      await this.audit.recordAlone({
        action: 'access_denied',
        outcome: 'denied',
        origin: actor.origin,
        actor: actor.auth.user,
        reason: 'no_need_to_know',
        resourceType: 'victim',
        resourceIds: [id],
        fieldGroups: IDENTITY_FIELD_GROUPS,
      });
    }
    throw notFound('victim identity');
  }

  /** 409 with the current identity; showing it is a read, audited like any other. */
  private async identityConflict(actor: Actor, id: string) {
    const current = await this.database.transaction(async (tx) => {
      const identity = await this.victims.findIdentity(tx, id);
      if (!identity) return null;
      await this.writer.note(tx, actor, this.identityRead(id, { via: 'conflict' }));
      return toVictimIdentity(identity);
    });
    return staleVersion('victim identity', current);
  }

  private async present(tx: Tx, auth: AuthContext, row: VictimRow): Promise<VictimResponseDto> {
    return this.toResponse(row, await this.canReadIdentity(auth, row.id, tx));
  }

  private toResponse(row: VictimRow, canReadIdentity: boolean): VictimResponseDto {
    return toVictim(row, this.places.summaryOf(row.homePlace), canReadIdentity);
  }
}
