import { Injectable } from '@nestjs/common';

import type { AuditEventEntity } from 'src/common/audit/audit-event.entity';
import { type PageOf, pageResponse, pageWindow } from 'src/common/http/page.dto';
import { Database } from 'src/database/database';
import { AuditEventsRepository } from 'src/modules/audit-events/audit-events.repository';
import type {
  AuditChainResponseDto,
  AuditEventResponseDto,
} from 'src/modules/audit-events/dto/audit-event.response.dto';
import type { ListAuditEventsQueryDto } from 'src/modules/audit-events/dto/list-audit-events.query.dto';

function toAuditEventResponseDto(e: AuditEventEntity): AuditEventResponseDto {
  return {
    id: String(e.id),
    occurredAt: e.occurredAt.toISOString(),
    actorUserId: e.actorUserId,
    actorEmail: e.actorEmail,
    actorRole: e.actorRole,
    action: e.action,
    resourceType: e.resourceType,
    resourceIds: e.resourceIds,
    fieldGroups: e.fieldGroups,
    outcome: e.outcome,
    reason: e.reason,
    clientIp: e.clientIp,
    userAgent: e.userAgent,
    requestId: e.requestId,
    details: e.details,
  };
}

/** The audit trail as its readers see it. */
@Injectable()
export class AuditEventsService {
  constructor(
    private readonly database: Database,
    private readonly events: AuditEventsRepository,
  ) {}

  async list(query: ListAuditEventsQueryDto): Promise<PageOf<AuditEventResponseDto>> {
    const { entities, total } = await this.events.list(
      this.database.pool,
      query,
      pageWindow(query),
    );
    return pageResponse(query, { entities, total, totalExact: true }, toAuditEventResponseDto);
  }

  /** Failed sign-ins since a moment, for an email and from an address: sign-in throttling counts them. */
  failedSignIns(
    email: string,
    clientIp: string | null,
    since: Date,
  ): Promise<{ byEmail: number; byIp: number }> {
    return this.events.failedSignIns(this.database.pool, email, clientIp, since);
  }

  /** The nth newest failed sign-in since a moment, by an email or from an address: when a lockout lifts. */
  nthNewestFailure(
    by: { email: string } | { clientIp: string },
    nth: number,
    since: Date,
  ): Promise<Date | null> {
    return this.events.nthNewestFailure(this.database.pool, by, nth, since);
  }

  /** Walks the hash chain; the walk reads every row, so it gets more time than a request's statement. */
  async verifyChain(): Promise<AuditChainResponseDto> {
    const { checked, head, broken } = await this.database.transaction(async (tx) => {
      await this.events.allowLongStatement(tx, CHAIN_CHECK_TIMEOUT_MS);
      return this.events.verifyChain(tx);
    });
    const iso = (at: string) => new Date(at).toISOString();
    return {
      status: broken ? 'broken' : 'ok',
      checkedAt: new Date().toISOString(),
      checked,
      head: head && { ...head, occurredAt: iso(head.occurredAt) },
      brokenAt: broken && { ...broken, occurredAt: iso(broken.occurredAt) },
    };
  }
}

const CHAIN_CHECK_TIMEOUT_MS = 120_000;
