import type { Page } from '@khsae/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { AuditEventEntity } from 'src/common/audit/audit-event.entity';
import { pageWindow } from 'src/common/http/page.dto';
import type { AuditEventResponseDto } from 'src/modules/audit-events/dto/audit-event.response.dto';
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
    clientIp: e.clientIp,
    userAgent: e.userAgent,
    requestId: e.requestId,
    details: e.details,
  };
}

@Injectable()
export class AuditEventsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: ListAuditEventsQueryDto): Promise<Page<AuditEventResponseDto>> {
    const qb = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('a');
    if (query.action) qb.andWhere('a.action = :action', { action: query.action });
    if (query.outcome) qb.andWhere('a.outcome = :outcome', { outcome: query.outcome });
    if (query.actorUserId)
      qb.andWhere('a.actor_user_id = :actorUserId', { actorUserId: query.actorUserId });
    if (query.actorEmail) {
      const like = `%${query.actorEmail.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere('a.actor_email ILIKE :like', { like });
    }
    if (query.resourceType)
      qb.andWhere('a.resource_type = :resourceType', { resourceType: query.resourceType });
    if (query.resourceId)
      qb.andWhere(':resourceId = ANY(a.resource_ids)', { resourceId: query.resourceId });
    if (query.from) qb.andWhere('a.occurred_at >= :from', { from: new Date(query.from) });
    if (query.to) qb.andWhere('a.occurred_at <= :to', { to: new Date(query.to) });
    const order = query.order === 'asc' ? 'ASC' : 'DESC';
    qb.orderBy('a.occurred_at', order).addOrderBy('a.id', order);
    const { skip, take } = pageWindow(query);
    const [events, total] = await qb.offset(skip).limit(take).getManyAndCount();
    return {
      items: events.map(toAuditEventResponseDto),
      page: query.page,
      pageSize: query.pageSize,
      total,
    };
  }
}
