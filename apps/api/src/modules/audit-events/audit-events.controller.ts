import { Query } from '@nestjs/common';

import { ApiController, Endpoint } from 'src/common/http/endpoint';
import { AuditEventsService } from 'src/modules/audit-events/audit-events.service';
import {
  AuditChainResponseDto,
  AuditEventPageResponseDto,
} from 'src/modules/audit-events/dto/audit-event.response.dto';
import { ListAuditEventsQueryDto } from 'src/modules/audit-events/dto/list-audit-events.query.dto';

@ApiController('audit-events', 'audit')
export class AuditEventsController {
  constructor(private readonly auditEvents: AuditEventsService) {}

  @Endpoint.get('', {
    summary: 'The audit trail, newest first, filterable',
    access: 'audit:read',
    response: AuditEventPageResponseDto,
  })
  listAuditEvents(@Query() query: ListAuditEventsQueryDto) {
    return this.auditEvents.list(query);
  }

  @Endpoint.get('chain', {
    summary:
      "Checks the audit trail's hash chain: ok, or the first row whose link does not hold, and the head to anchor",
    access: 'audit:read',
    response: AuditChainResponseDto,
  })
  verifyAuditChain() {
    return this.auditEvents.verifyChain();
  }
}
