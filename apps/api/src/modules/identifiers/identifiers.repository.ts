import type { IdentifierHolderKind, IdentifierKind } from '@khsae/domain';
import { Injectable } from '@nestjs/common';

import type { Tx } from 'src/database/database';
import { likePattern } from 'src/database/paging';
import { IdentifierEntity } from 'src/modules/identifiers/identifier.entity';

export type Holder = { kind: IdentifierHolderKind; id: string };
/** A record holding an identifier, and since when. */
export type Attached = Holder & { attachedAt: Date };

/** The SQL of identifiers and of the records holding them (identifier_holders). */
@Injectable()
export class IdentifiersRepository {
  /**
   * The identifier of a normalised value, created if it is new; concurrent writers meet on the
   * (kind, value) constraint and get the same row.
   */
  async upsert(
    tx: Tx,
    identifier: { kind: IdentifierKind; value: string; display: string; createdBy: string },
  ): Promise<{ id: string; inserted: boolean }> {
    const [row] = await tx.query<{ id: string; inserted: boolean }[]>(
      `INSERT INTO identifiers (kind, value, display, created_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (kind, value) DO UPDATE SET kind = EXCLUDED.kind
       RETURNING id, (xmax = 0) AS inserted`,
      [identifier.kind, identifier.value, identifier.display, identifier.createdBy],
    );
    if (!row) throw new Error('the identifier upsert returned no row');
    return row;
  }

  /**
   * Attaches an identifier to a record: a new attachment, or an archived one brought back (`inserted`
   * false). Null when it is attached already.
   */
  async attach(
    tx: Tx,
    identifierId: string,
    holder: Holder,
    createdBy: string,
  ): Promise<{ inserted: boolean } | null> {
    const [row] = await tx.query<{ inserted: boolean }[]>(
      `INSERT INTO identifier_holders (identifier_id, holder_kind, holder_id, created_by)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (identifier_id, holder_kind, holder_id) DO UPDATE SET archived_at = NULL
         WHERE identifier_holders.archived_at IS NOT NULL
       RETURNING (xmax = 0) AS inserted`,
      [identifierId, holder.kind, holder.id, createdBy],
    );
    return row ?? null;
  }

  /** Detaches softly; false when it was not attached. */
  async detach(tx: Tx, identifierId: string, holder: Holder): Promise<boolean> {
    const rows = await tx.query<unknown[]>(
      `WITH detached AS (
         UPDATE identifier_holders SET archived_at = now()
          WHERE identifier_id = $1 AND holder_kind = $2 AND holder_id = $3 AND archived_at IS NULL
         RETURNING 1
       ) SELECT 1 FROM detached`,
      [identifierId, holder.kind, holder.id],
    );
    return rows.length === 1;
  }

  async find(tx: Tx, id: string): Promise<IdentifierEntity | null> {
    return tx.findOne(IdentifierEntity, { where: { id } });
  }

  /** A record's identifiers, by kind and value. */
  async heldBy(tx: Tx, holder: Holder): Promise<IdentifierEntity[]> {
    return tx
      .createQueryBuilder(IdentifierEntity, 'i')
      .innerJoin(
        'identifier_holders',
        'h',
        'h.identifier_id = i.id AND h.holder_id = :holderId AND h.holder_kind = :holderKind AND h.archived_at IS NULL',
        { holderId: holder.id, holderKind: holder.kind },
      )
      .orderBy('i.kind')
      .addOrderBy('i.value')
      .getMany();
  }

  /** The identifiers of these exact (kind, normalised value) pairs. */
  async withValues(
    tx: Tx,
    pairs: { kind: IdentifierKind; value: string }[],
  ): Promise<IdentifierEntity[]> {
    if (!pairs.length) return [];
    return tx
      .createQueryBuilder(IdentifierEntity, 'i')
      .where(
        `(i.kind, i.value) IN (SELECT x.k::identifier_kind, x.v FROM unnest(CAST(:kinds AS text[]), CAST(:values AS text[])) AS x(k, v))`,
        { kinds: pairs.map((e) => e.kind), values: pairs.map((e) => e.value) },
      )
      .getMany();
  }

  /** Identifiers whose value contains `fragment`, shortest first. */
  async containing(
    tx: Tx,
    fragment: string,
    kind: IdentifierKind | undefined,
    limit: number,
  ): Promise<IdentifierEntity[]> {
    const qb = tx
      .createQueryBuilder(IdentifierEntity, 'i')
      .where('i.value ILIKE :like', { like: likePattern(fragment) })
      .orderBy('length(i.value)')
      .addOrderBy('i.value')
      .limit(limit);
    if (kind) qb.andWhere('i.kind = :kind', { kind });
    return qb.getMany();
  }

  /** The active holders of each identifier, in the order they were attached. */
  async holdersOf(tx: Tx, identifierIds: string[]): Promise<Map<string, Attached[]>> {
    const holders = new Map<string, Attached[]>();
    if (!identifierIds.length) return holders;
    const rows = await tx.query<
      {
        identifier_id: string;
        holder_kind: IdentifierHolderKind;
        holder_id: string;
        created_at: Date;
      }[]
    >(
      `SELECT identifier_id, holder_kind, holder_id, created_at FROM identifier_holders
        WHERE identifier_id = ANY($1::uuid[]) AND archived_at IS NULL
        ORDER BY created_at, holder_id`,
      [identifierIds],
    );
    for (const r of rows) {
      holders.set(r.identifier_id, [
        ...(holders.get(r.identifier_id) ?? []),
        { kind: r.holder_kind, id: r.holder_id, attachedAt: r.created_at },
      ]);
    }
    return holders;
  }

  /** How a record's active identifiers are written, in the order they were attached. */
  async displaysOf(tx: Tx, holder: Holder): Promise<string[]> {
    const rows = await tx.query<{ display: string }[]>(
      `SELECT i.display FROM identifier_holders h JOIN identifiers i ON i.id = h.identifier_id
        WHERE h.holder_id = $1 AND h.holder_kind = $2 AND h.archived_at IS NULL
        ORDER BY h.created_at`,
      [holder.id, holder.kind],
    );
    return rows.map((r) => r.display);
  }
}
