import { Controller, Get, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { RequirePermission } from 'src/common/access/access.decorators';
import { AuditEventsService } from 'src/modules/audit-events/audit-events.service';
import { AuditEventPageResponseDto } from 'src/modules/audit-events/dto/audit-event.response.dto';
import { ListAuditEventsQueryDto } from 'src/modules/audit-events/dto/list-audit-events.query.dto';

@ApiTags('audit')
@ApiCookieAuth()
@Controller('audit-events')
export class AuditEventsController {
  constructor(private readonly auditEventsService: AuditEventsService) {}

  @Get()
  @RequirePermission('audit:read')
  @ApiOperation({ summary: 'The audit trail, newest first, filterable' })
  @ApiOkResponse({ type: AuditEventPageResponseDto })
  listAuditEvents(@Query() query: ListAuditEventsQueryDto): Promise<AuditEventPageResponseDto> {
    return this.auditEventsService.list(query);
  }
}
