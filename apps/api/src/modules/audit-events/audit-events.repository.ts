import { Injectable } from '@nestjs/common';

import { AuditEventEntity } from 'src/common/audit/audit-event.entity';
import type { Tx } from 'src/database/database';
import { likePattern } from 'src/database/paging';
import type { ListAuditEventsQueryDto } from 'src/modules/audit-events/dto/list-audit-events.query.dto';

/** Reads the audit trail, which the audit service alone writes (append-only). */
@Injectable()
export class AuditEventsRepository {
  async list(
    tx: Tx,
    query: ListAuditEventsQueryDto,
    window: { skip: number; take: number },
  ): Promise<{ entities: AuditEventEntity[]; total: number }> {
    const qb = tx.createQueryBuilder(AuditEventEntity, 'a');
    if (query.action) qb.andWhere('a.action = :action', { action: query.action });
    if (query.outcome) qb.andWhere('a.outcome = :outcome', { outcome: query.outcome });
    if (query.actorUserId)
      qb.andWhere('a.actor_user_id = :actorUserId', { actorUserId: query.actorUserId });
    if (query.actorEmail) {
      qb.andWhere('a.actor_email ILIKE :like', {
        like: likePattern(query.actorEmail.toLowerCase()),
      });
    }
    if (query.resourceType)
      qb.andWhere('a.resource_type = :resourceType', { resourceType: query.resourceType });
    if (query.resourceId)
      qb.andWhere(':resourceId = ANY(a.resource_ids)', { resourceId: query.resourceId });
    if (query.from) qb.andWhere('a.occurred_at >= :from', { from: new Date(query.from) });
    if (query.to) qb.andWhere('a.occurred_at <= :to', { to: new Date(query.to) });
    const order = query.order === 'asc' ? 'ASC' : 'DESC';
    qb.orderBy('a.occurred_at', order).addOrderBy('a.id', order);
    const [entities, total] = await qb.offset(window.skip).limit(window.take).getManyAndCount();
    return { entities, total };
  }

  /** Failed sign-ins since a moment, for an email and from an address. */
  async failedSignIns(
    tx: Tx,
    email: string,
    clientIp: string | null,
    since: Date,
  ): Promise<{ byEmail: number; byIp: number }> {
    const [row] = await tx.query<{ by_email: string; by_ip: string }[]>(
      `SELECT count(*) FILTER (WHERE actor_email = $1) AS by_email,
              count(*) FILTER (WHERE client_ip = $2) AS by_ip
         FROM audit_events
        WHERE action = 'login_failed' AND occurred_at > $3 AND (actor_email = $1 OR client_ip = $2)`,
      [email, clientIp, since],
    );
    return { byEmail: Number(row?.by_email ?? 0), byIp: Number(row?.by_ip ?? 0) };
  }

  /**
   * When the failures since a moment, by an email or from an address, fall below a limit: the moment
   * the limit-th newest of them leaves the window (null when there are fewer).
   */
  async nthNewestFailure(
    tx: Tx,
    by: { email: string } | { clientIp: string },
    nth: number,
    since: Date,
  ): Promise<Date | null> {
    const [column, value] = 'email' in by ? ['actor_email', by.email] : ['client_ip', by.clientIp];
    const [row] = await tx.query<{ occurred_at: Date }[]>(
      `SELECT occurred_at FROM audit_events
        WHERE action = 'login_failed' AND occurred_at > $2 AND ${column} = $1
        ORDER BY occurred_at DESC OFFSET $3 LIMIT 1`,
      [value, since, nth - 1],
    );
    return row?.occurred_at ?? null;
  }

  /** Lifts the request's statement time limit for the rest of this transaction. */
  async allowLongStatement(tx: Tx, timeoutMs: number): Promise<void> {
    await tx.query(`SELECT set_config('statement_timeout', $1, true)`, [String(timeoutMs)]);
  }

  /**
   * Walks the hash chain (see the AppRoleAndAuditChain migration; the first row's predecessor is 32
   * zero bytes) in its order, in one snapshot: the rows checked, the newest link (the head, to anchor
   * elsewhere) and the first row whose link does not hold, with why.
   */
  async verifyChain(tx: Tx): Promise<AuditChainCheck> {
    const [row] = await tx.query<
      { checked: string; head: ChainLinkRow | null; broken: ChainBreakRow | null }[]
    >(
      `WITH c AS (
         SELECT e.id, e.occurred_at, e.chain_no, e.hash,
                e.chain_no IS DISTINCT FROM coalesce(lag(e.chain_no) OVER w, 0) + 1 AS gap,
                e.prev_hash IS DISTINCT FROM coalesce(lag(e.hash) OVER w, decode(repeat('00', 32), 'hex')) AS unlinked,
                e.hash IS DISTINCT FROM audit_event_hash(e.prev_hash, e) AS altered
           FROM audit_events e
         WINDOW w AS (ORDER BY e.chain_no)
       )
       SELECT (SELECT count(*) FROM c) AS checked,
              (SELECT json_build_object('id', id::text, 'occurredAt', occurred_at,
                        'chainNo', chain_no::text, 'hash', encode(hash, 'hex'))
                 FROM c ORDER BY chain_no DESC LIMIT 1) AS head,
              (SELECT json_build_object('id', id::text, 'occurredAt', occurred_at,
                        'chainNo', chain_no::text,
                        'problem', CASE WHEN gap THEN 'missing_before'
                                        WHEN unlinked THEN 'previous_hash_differs'
                                        ELSE 'content_changed' END)
                 FROM c WHERE gap OR unlinked OR altered ORDER BY chain_no LIMIT 1) AS broken`,
    );
    return {
      checked: Number(row?.checked ?? 0),
      head: row?.head ?? null,
      broken: row?.broken ?? null,
    };
  }
}

type ChainLinkRow = { id: string; occurredAt: string; chainNo: string; hash: string };
type ChainBreakRow = {
  id: string;
  occurredAt: string;
  chainNo: string;
  problem: AuditChainProblem;
};

/** Why a link does not hold: rows missing before it, its predecessor's hash differs, or its own content changed. */
export type AuditChainProblem = 'missing_before' | 'previous_hash_differs' | 'content_changed';

export type AuditChainCheck = {
  checked: number;
  head: ChainLinkRow | null;
  broken: ChainBreakRow | null;
};
