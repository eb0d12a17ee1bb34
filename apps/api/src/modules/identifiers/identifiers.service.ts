import {
  cleanText,
  IDENTIFIER_KINDS,
  IdentifierFormatError,
  type IdentifierHolderKind,
  type IdentifierKind,
  normalizeIdentifier,
  type RecordRef,
} from '@khsae/domain';
import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { AuthContext, RequestOrigin } from 'src/common/access/auth-context';
import { AuditService } from 'src/common/audit/audit.service';
import { RecordRefsService, refKey } from 'src/common/registry/record-refs.service';
import { badField, likePattern, notFound } from 'src/common/registry/registry-writes';
import type {
  AttachIdentifierDto,
  IdentifierResponseDto,
  SearchIdentifiersQueryDto,
  SharedIdentifierDto,
} from 'src/modules/identifiers/dto/identifier.dto';
import { IdentifierEntity } from 'src/modules/identifiers/identifier.entity';
import { toIdentifier, toSharedIdentifier } from 'src/modules/identifiers/identifier.mapper';
import { SearchIndexService } from 'src/modules/search/search-index.service';

type Holder = { kind: IdentifierHolderKind; id: string };

// Table names come from this map, never from the request.
const HOLDER_TABLES: Record<IdentifierHolderKind, string> = {
  broker: 'brokers',
  victim: 'victims',
  compound: 'compounds',
};

/**
 * Phone numbers, handles, accounts, wallets and document numbers, normalised so that one value is
 * one row: every record holding it is matched through identifier_holders.
 *
 * An identifier held by a victim is the victim's contact data. Attaching it to or detaching it from
 * a victim needs `victim_identity:write`. A caller without `victim_identity:read` never receives an
 * identifier whose only holders are victims, and sees victim holders by their code only. Every
 * answer that includes an identifier a victim holds is audited as a read of that victim's contact.
 */
@Injectable()
export class IdentifiersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly refs: RecordRefsService,
    private readonly searchIndex: SearchIndexService,
  ) {}

  /** `q` finds identifiers by value; `holderKind` with `holderId` lists a record's identifiers. */
  async attach(
    auth: AuthContext,
    dto: AttachIdentifierDto,
    origin: RequestOrigin,
  ): Promise<IdentifierResponseDto> {
    await this.assertMayWrite(auth, dto.holderKind, origin);
    const normalized = this.normalize(dto.kind, dto.value);
    const holder: Holder = { kind: dto.holderKind, id: dto.holderId };
    return this.dataSource.transaction(async (em) => {
      const archived = await this.lockHolder(em, holder);
      if (archived !== false) throw badField('holderId', `no such active ${holder.kind}`);
      // One row per (kind, value), whoever enters it first; concurrent writers meet on the constraint.
      const [identifier] = await em.query<{ id: string; inserted: boolean }[]>(
        `INSERT INTO identifiers (kind, value, display, created_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (kind, value) DO UPDATE SET kind = EXCLUDED.kind
         RETURNING id, (xmax = 0) AS inserted`,
        [dto.kind, normalized.value, normalized.display, auth.user.id],
      );
      if (!identifier) throw new Error('the identifier upsert returned no row');
      // A new attachment, or an archived one brought back; an active one is left as it is.
      const attached = await em.query<{ inserted: boolean }[]>(
        `INSERT INTO identifier_holders (identifier_id, holder_kind, holder_id, created_by)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (identifier_id, holder_kind, holder_id) DO UPDATE SET archived_at = NULL
           WHERE identifier_holders.archived_at IS NOT NULL
         RETURNING (xmax = 0) AS inserted`,
        [identifier.id, holder.kind, holder.id, auth.user.id],
      );
      const [change] = attached;
      if (change) {
        await this.refreshSearch(em, holder, false);
        await this.audit.record(em, {
          action: 'create',
          outcome: 'success',
          origin,
          actor: auth.user,
          resourceType: 'identifier',
          resourceIds: [identifier.id, holder.id],
          fieldGroups: holder.kind === 'victim' ? ['contact'] : [],
          details: {
            kind: dto.kind,
            holderKind: holder.kind,
            newIdentifier: identifier.inserted,
            reattached: !change.inserted,
          },
        });
      }
      const entity = await em.findOneOrFail(IdentifierEntity, { where: { id: identifier.id } });
      // The caller wrote the value: it is answered even if only victims hold it.
      const [answer] = await this.present(em, auth, origin, [entity], true);
      if (!answer) throw notFound('identifier');
      return answer;
    });
  }

  async detach(
    auth: AuthContext,
    id: string,
    holder: Holder,
    origin: RequestOrigin,
  ): Promise<void> {
    await this.assertMayWrite(auth, holder.kind, origin);
    await this.dataSource.transaction(async (em) => {
      const identifier = await em.findOne(IdentifierEntity, { where: { id } });
      if (!identifier) throw notFound('identifier');
      const archived = await this.lockHolder(em, holder);
      const [, affected] = await em.query<[unknown, number]>(
        `UPDATE identifier_holders SET archived_at = now()
          WHERE identifier_id = $1 AND holder_kind = $2 AND holder_id = $3 AND archived_at IS NULL`,
        [id, holder.kind, holder.id],
      );
      if (archived === null || affected !== 1) {
        throw new NotFoundException(`This identifier is not attached to this ${holder.kind}.`);
      }
      await this.refreshSearch(em, holder, archived);
      await this.audit.record(em, {
        action: 'archive',
        outcome: 'success',
        origin,
        actor: auth.user,
        resourceType: 'identifier',
        resourceIds: [id, holder.id],
        fieldGroups: holder.kind === 'victim' ? ['contact'] : [],
        details: { kind: identifier.kind, holderKind: holder.kind },
      });
    });
  }

  async get(auth: AuthContext, id: string, origin: RequestOrigin): Promise<IdentifierResponseDto> {
    const em = this.dataSource.manager;
    const identifier = await em.findOne(IdentifierEntity, { where: { id } });
    // One answer for "no such identifier" and "not yours to see": existence does not leak.
    const [answer] = identifier ? await this.present(em, auth, origin, [identifier]) : [];
    if (!answer) throw notFound('identifier');
    return answer;
  }

  /** A record's identifiers, each with the other records that hold it. */
  /** A record's identifiers, each with the other records sharing it. */
  async forHolder(
    auth: AuthContext,
    holder: Holder,
    origin: RequestOrigin,
  ): Promise<SharedIdentifierDto[]> {
    const em = this.dataSource.manager;
    const own = await this.refs.resolve(em, [holder]);
    if (!own.has(refKey(holder.kind, holder.id))) throw notFound(holder.kind);
    const identifiers = await em
      .getRepository(IdentifierEntity)
      .createQueryBuilder('i')
      .innerJoin(
        'identifier_holders',
        'h',
        'h.identifier_id = i.id AND h.holder_id = :holderId AND h.holder_kind = :holderKind AND h.archived_at IS NULL',
        { holderId: holder.id, holderKind: holder.kind },
      )
      .orderBy('i.kind')
      .addOrderBy('i.value')
      .getMany();
    const answers = await this.present(em, auth, origin, identifiers);
    return answers.map((answer) =>
      toSharedIdentifier(
        answer,
        answer.holders.filter((h) => !(h.kind === holder.kind && h.id === holder.id)),
      ),
    );
  }

  /** Identifiers whose value is the query normalised for some kind, then those containing it. */
  /** Identifiers found by value, written any way. */
  async search(
    auth: AuthContext,
    query: SearchIdentifiersQueryDto,
    origin: RequestOrigin,
  ): Promise<IdentifierResponseDto[]> {
    const q = query.q;
    const em = this.dataSource.manager;
    const kinds = query.kind ? [query.kind] : [...IDENTIFIER_KINDS];
    const exact = kinds.flatMap((kind) => {
      try {
        return [{ kind, value: normalizeIdentifier(kind, q).value }];
      } catch (err) {
        if (err instanceof IdentifierFormatError) return [];
        throw err;
      }
    });
    const found: IdentifierEntity[] = [];
    if (exact.length) {
      found.push(
        ...(await em
          .getRepository(IdentifierEntity)
          .createQueryBuilder('i')
          .where(
            `(i.kind, i.value) IN (SELECT x.k::identifier_kind, x.v FROM unnest(CAST(:kinds AS text[]), CAST(:values AS text[])) AS x(k, v))`,
            { kinds: exact.map((e) => e.kind), values: exact.map((e) => e.value) },
          )
          .getMany()),
      );
    }
    // Part of a value: "345 678" finds +85512345678. Separators and the leading + or @ are ignored.
    const fragment = cleanText(q).replace(/[\s\-./()@+]+/g, '');
    if (fragment.length >= 3) {
      const qb = em
        .getRepository(IdentifierEntity)
        .createQueryBuilder('i')
        .where('i.value ILIKE :like', { like: likePattern(fragment) })
        .orderBy('length(i.value)')
        .addOrderBy('i.value')
        .limit(query.limit * 4);
      if (query.kind) qb.andWhere('i.kind = :kind', { kind: query.kind });
      found.push(...(await qb.getMany()));
    }
    const unique = [...new Map(found.map((i) => [i.id, i])).values()];
    const answers = await this.present(em, auth, origin, unique.slice(0, query.limit * 4));
    return answers.slice(0, query.limit);
  }

  /**
   * Identifiers with their active holders labelled, leaving out those the caller may not see, and
   * auditing the read of any victim's contact among those answered.
   */
  private async present(
    em: EntityManager,
    auth: AuthContext,
    origin: RequestOrigin,
    identifiers: IdentifierEntity[],
    wroteIt = false,
  ): Promise<IdentifierResponseDto[]> {
    if (!identifiers.length) return [];
    const rows = await em.query<
      { identifier_id: string; holder_kind: IdentifierHolderKind; holder_id: string }[]
    >(
      `SELECT identifier_id, holder_kind, holder_id FROM identifier_holders
        WHERE identifier_id = ANY($1::uuid[]) AND archived_at IS NULL
        ORDER BY created_at, holder_id`,
      [identifiers.map((i) => i.id)],
    );
    const holders = new Map<string, Holder[]>();
    for (const r of rows) {
      holders.set(r.identifier_id, [
        ...(holders.get(r.identifier_id) ?? []),
        { kind: r.holder_kind, id: r.holder_id },
      ]);
    }
    const readsContacts = auth.permissions.includes('victim_identity:read');
    const visible = identifiers.filter(
      (i) => wroteIt || readsContacts || (holders.get(i.id) ?? []).some((h) => h.kind !== 'victim'),
    );
    const victims = [
      ...new Set(
        visible.flatMap((i) =>
          (holders.get(i.id) ?? []).filter((h) => h.kind === 'victim').map((h) => h.id),
        ),
      ),
    ];
    if (victims.length) {
      // Written before the answer leaves: if the audit row cannot be written, nothing is shown.
      await this.audit.record(em, {
        action: 'read_sensitive',
        outcome: 'success',
        origin,
        actor: auth.user,
        resourceType: 'victim',
        resourceIds: victims,
        fieldGroups: ['contact'],
        details: { via: 'identifiers', identifierIds: visible.map((i) => i.id) },
      });
    }
    const refs = await this.refs.resolve(
      em,
      visible.flatMap((i) => holders.get(i.id) ?? []),
    );
    return visible.map((i) =>
      toIdentifier(
        i,
        (holders.get(i.id) ?? []).flatMap((h): RecordRef[] => {
          const ref = refs.get(refKey(h.kind, h.id));
          return ref ? [ref] : [];
        }),
      ),
    );
  }

  /** Attaching to or detaching from a victim writes the victim's contact data. */
  private async assertMayWrite(
    auth: AuthContext,
    holderKind: IdentifierHolderKind,
    origin: RequestOrigin,
  ): Promise<void> {
    if (holderKind !== 'victim' || auth.permissions.includes('victim_identity:write')) return;
    await this.audit.recordAlone({
      action: 'access_denied',
      outcome: 'denied',
      origin,
      actor: auth.user,
      reason: 'missing_permission',
      resourceType: 'identifier',
      details: { permission: 'victim_identity:write', holderKind },
    });
    throw new ForbiddenException('Your role does not allow changing a victim’s contact data.');
  }

  private normalize(kind: IdentifierKind, value: string): { value: string; display: string } {
    try {
      return normalizeIdentifier(kind, value);
    } catch (err) {
      if (err instanceof IdentifierFormatError) throw badField('value', err.message);
      throw err;
    }
  }

  /**
   * Locks the holder's row for the rest of the transaction, so that two writers on one record
   * rebuild its identifier search entries one after the other. Answers whether it is archived,
   * or null when there is no such record.
   */
  private async lockHolder(em: EntityManager, holder: Holder): Promise<boolean | null> {
    const [row] = await em.query<{ archived: boolean }[]>(
      `SELECT archived_at IS NOT NULL AS archived FROM ${HOLDER_TABLES[holder.kind]}
        WHERE id = $1 FOR UPDATE`,
      [holder.id],
    );
    return row ? row.archived : null;
  }

  /** The holder's identifiers in the search index: victims' ones only for identity readers. */
  private async refreshSearch(em: EntityManager, holder: Holder, archived: boolean) {
    const rows = await em.query<{ display: string }[]>(
      `SELECT i.display FROM identifier_holders h JOIN identifiers i ON i.id = h.identifier_id
        WHERE h.holder_id = $1 AND h.holder_kind = $2 AND h.archived_at IS NULL
        ORDER BY h.created_at`,
      [holder.id, holder.kind],
    );
    await this.searchIndex.replace(
      em,
      holder.kind,
      holder.id,
      rows.map((r) => ({
        field: 'identifier' as const,
        text: r.display,
        restricted: holder.kind === 'victim',
      })),
      ['identifier'],
    );
    if (archived) await this.searchIndex.setArchived(em, holder.id, true);
  }
}
