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
}
