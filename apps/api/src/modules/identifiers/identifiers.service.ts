import {
  cleanText,
  IDENTIFIER_KINDS,
  IdentifierFormatError,
  type IdentifierHolderKind,
  type IdentifierKind,
  normalizeIdentifier,
} from '@khsae/domain';
import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';

import type { Actor } from 'src/common/access/auth-context';
import { AuditService } from 'src/common/audit/audit.service';
import { fieldError } from 'src/common/errors/field-errors';
import { RecordRefsService, refKey } from 'src/common/records/record-refs.service';
import { notFound, RecordWriter } from 'src/common/records/record-writer';
import { Database, type Tx } from 'src/database/database';
import type {
  AttachIdentifierDto,
  IdentifierResponseDto,
  SearchIdentifiersQueryDto,
  SharedIdentifierDto,
} from 'src/modules/identifiers/dto/identifier.dto';
import type { IdentifierEntity } from 'src/modules/identifiers/identifier.entity';
import { toIdentifier, toSharedIdentifier } from 'src/modules/identifiers/identifier.mapper';
import {
  type Attached,
  type Holder,
  IdentifiersRepository,
} from 'src/modules/identifiers/identifiers.repository';
import { VictimsService } from 'src/modules/victims/victims.service';
import type { RecordRefDto } from 'src/common/records/record-ref.dto';

/**
 * Phone numbers, handles, accounts, wallets and document numbers, normalised so that one value is
 * one row: every record holding it is matched through identifier_holders.
 *
 * An identifier held by a victim is the victim's contact data. Attaching it to or detaching it from
 * a victim needs `victim_identity:write`. A victim holder is shown, by its code only, to callers who
 * may read that victim's identity (VictimsService's need-to-know rule); to anyone else it does not
 * exist, and nothing in an answer (holders, how or when the value was first written) depends on it.
 * Every answer that shows a victim holder is audited as a read of that victim's contact.
 */
@Injectable()
export class IdentifiersService {
  constructor(
    private readonly audit: AuditService,
    private readonly database: Database,
    private readonly identifiers: IdentifiersRepository,
    private readonly refs: RecordRefsService,
    private readonly victims: VictimsService,
    private readonly writer: RecordWriter,
  ) {}

  async attach(actor: Actor, dto: AttachIdentifierDto): Promise<IdentifierResponseDto> {
    await this.assertMayWrite(actor, dto.holderKind);
    const normalized = this.normalize(dto.kind, dto.value);
    const holder: Holder = { kind: dto.holderKind, id: dto.holderId };
    return this.database.transaction(async (tx) => {
      // The holder's row is held: two writers on one record rebuild its search keys one after the other.
      const held = await this.refs.lock(tx, holder.kind, holder.id);
      if (!held || held.archived) throw fieldError('holderId', `no such active ${holder.kind}`);
      const identifier = await this.identifiers.upsert(tx, {
        kind: dto.kind,
        ...normalized,
        createdBy: actor.auth.user.id,
      });
      // A new attachment, or an archived one brought back; an active one is left as it is.
      const change = await this.identifiers.attach(tx, identifier.id, holder, actor.auth.user.id);
      if (change) {
        await this.writer.note(
          tx,
          actor,
          {
            action: 'create',
            resourceType: 'identifier',
            resourceIds: [identifier.id, holder.id],
            fieldGroups: holder.kind === 'victim' ? ['contact'] : [],
            details: {
              kind: dto.kind,
              holderKind: holder.kind,
              newIdentifier: identifier.inserted,
              reattached: !change.inserted,
            },
          },
          await this.searchKeys(tx, holder),
        );
      }
      const entity = await this.identifiers.find(tx, identifier.id);
      // The caller wrote the value: it is answered even if they may see none of its holders.
      const [answer] = entity ? await this.present(tx, actor, [entity], true) : [];
      if (!answer) throw notFound('identifier');
      return answer;
    });
  }

  async detach(actor: Actor, id: string, holder: Holder): Promise<void> {
    await this.assertMayWrite(actor, holder.kind);
    await this.database.transaction(async (tx) => {
      const identifier = await this.identifiers.find(tx, id);
      if (!identifier) throw notFound('identifier');
      const held = await this.refs.lock(tx, holder.kind, holder.id);
      const detached = await this.identifiers.detach(tx, id, holder);
      if (!held || !detached) {
        throw new NotFoundException(`This identifier is not attached to this ${holder.kind}.`);
      }
      await this.writer.note(
        tx,
        actor,
        {
          action: 'archive',
          resourceType: 'identifier',
          resourceIds: [id, holder.id],
          fieldGroups: holder.kind === 'victim' ? ['contact'] : [],
          details: { kind: identifier.kind, holderKind: holder.kind },
        },
        await this.searchKeys(tx, holder),
      );
    });
  }

  async get(actor: Actor, id: string): Promise<IdentifierResponseDto> {
    const tx = this.database.pool;
    const identifier = await this.identifiers.find(tx, id);
    // One answer for "no such identifier" and "not yours to see": existence does not leak.
    const [answer] = identifier ? await this.present(tx, actor, [identifier]) : [];
    if (!answer) throw notFound('identifier');
    return answer;
  }

  /** A record's identifiers, each with the other records sharing it. */
  async forHolder(actor: Actor, holder: Holder): Promise<SharedIdentifierDto[]> {
    const tx = this.database.pool;
    const own = await this.refs.resolve(tx, [holder]);
    if (!own.has(refKey(holder.kind, holder.id))) throw notFound(holder.kind);
    // A victim's identifiers are its contact data, whoever else holds them.
    if (
      holder.kind === 'victim' &&
      !(await this.victims.canReadIdentity(actor.auth, holder.id, tx))
    )
      return [];
    const answers = await this.present(tx, actor, await this.identifiers.heldBy(tx, holder));
    return answers.map((answer) =>
      toSharedIdentifier(
        answer,
        answer.holders.filter((h) => !(h.kind === holder.kind && h.id === holder.id)),
      ),
    );
  }

  /** Identifiers whose value is the query normalised for some kind, then those containing it. */
  async search(actor: Actor, query: SearchIdentifiersQueryDto): Promise<IdentifierResponseDto[]> {
    const q = query.q;
    const tx = this.database.pool;
    const kinds = query.kind ? [query.kind] : [...IDENTIFIER_KINDS];
    const exact = kinds.flatMap((kind) => {
      try {
        return [{ kind, value: normalizeIdentifier(kind, q).value }];
      } catch (err) {
        if (err instanceof IdentifierFormatError) return [];
        throw err;
      }
    });
    const found = await this.identifiers.withValues(tx, exact);
    // Part of a value: "345 678" finds +85512345678. Separators and the leading + or @ are ignored.
    const fragment = cleanText(q).replace(/[\s\-./()@+]+/g, '');
    if (fragment.length >= 3) {
      found.push(...(await this.identifiers.containing(tx, fragment, query.kind, query.limit * 4)));
    }
    const unique = [...new Map(found.map((i) => [i.id, i])).values()];
    const answers = await this.present(tx, actor, unique.slice(0, query.limit * 4));
    return answers.slice(0, query.limit);
  }

  /**
   * Identifiers with the active holders the caller may see, labelled, leaving out those of which
   * they may see none, and auditing the read of any victim's contact among those answered.
   */
  private async present(
    tx: Tx,
    actor: Actor,
    identifiers: IdentifierEntity[],
    wroteIt = false,
  ): Promise<IdentifierResponseDto[]> {
    if (!identifiers.length) return [];
    const holders = await this.identifiers.holdersOf(
      tx,
      identifiers.map((i) => i.id),
    );
    const victimIds = [...holders.values()].flatMap((hs) =>
      hs.filter((h) => h.kind === 'victim').map((h) => h.id),
    );
    const readable = await this.victims.readableIdentities(actor.auth, [...new Set(victimIds)], tx);
    const visible = identifiers.flatMap((identifier) => {
      const all = holders.get(identifier.id) ?? [];
      const shown = all.filter((h) => h.kind !== 'victim' || readable.has(h.id));
      return shown.length || wroteIt
        ? [{ identifier, shown, hidden: shown.length < all.length }]
        : [];
    });
    const victims = [
      ...new Set(
        visible.flatMap((v) => v.shown.filter((h) => h.kind === 'victim').map((h) => h.id)),
      ),
    ];
    if (victims.length) {
      // Written before the answer leaves: if the audit row cannot be written, nothing is shown.
      await this.writer.note(tx, actor, {
        action: 'read_sensitive',
        resourceType: 'victim',
        resourceIds: victims,
        fieldGroups: ['contact'],
        details: {
          via: 'identifiers',
          identifierIds: visible
            .filter((v) => v.shown.some((h) => h.kind === 'victim'))
            .map((v) => v.identifier.id),
        },
      });
    }
    const refs = await this.refs.resolve(
      tx,
      visible.flatMap((v) => v.shown),
    );
    return visible.map(({ identifier, shown, hidden }) =>
      toIdentifier(
        hidden ? this.withoutHidden(identifier, shown) : identifier,
        shown.flatMap((h): RecordRefDto[] => {
          const ref = refs.get(refKey(h.kind, h.id));
          return ref ? [ref] : [];
        }),
      ),
    );
  }

  /**
   * An identifier as if only the holders shown held it: written in its canonical form and dated from
   * the first of them, so that how and when a hidden holder's record wrote it does not show.
   */
  private withoutHidden(identifier: IdentifierEntity, shown: Attached[]): IdentifierEntity {
    const first = Math.min(...shown.map((h) => h.attachedAt.getTime()));
    return {
      ...identifier,
      display: normalizeIdentifier(identifier.kind, identifier.value).display,
      createdAt: Number.isFinite(first) ? new Date(first) : new Date(),
    };
  }

  /** Attaching to or detaching from a victim writes the victim's contact data. */
  private async assertMayWrite(actor: Actor, holderKind: IdentifierHolderKind): Promise<void> {
    if (holderKind !== 'victim' || actor.auth.permissions.includes('victim_identity:write')) return;
    await this.audit.recordAlone({
      action: 'access_denied',
      outcome: 'denied',
      origin: actor.origin,
      actor: actor.auth.user,
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
      if (err instanceof IdentifierFormatError) throw fieldError('value', err.message);
      throw err;
    }
  }

  /** The holder's identifiers as search keys: a victim's only for those who read identities. */
  private async searchKeys(tx: Tx, holder: Holder) {
    const displays = await this.identifiers.displaysOf(tx, holder);
    const restricted = holder.kind === 'victim';
    return {
      kind: holder.kind,
      id: holder.id,
      // An empty entry names the source, so that detaching the last identifier removes its key too.
      entries: [null, ...displays].map((text) => ({
        field: 'identifier' as const,
        source: 'identifiers',
        text,
        restricted,
      })),
    };
  }
}
