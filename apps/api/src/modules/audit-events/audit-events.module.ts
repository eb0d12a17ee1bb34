import { Module } from '@nestjs/common';

import { AuditEventsController } from 'src/modules/audit-events/audit-events.controller';
import { AuditEventsRepository } from 'src/modules/audit-events/audit-events.repository';
import { AuditEventsService } from 'src/modules/audit-events/audit-events.service';

@Module({
  controllers: [AuditEventsController],
  exports: [AuditEventsService],
  providers: [AuditEventsRepository, AuditEventsService],
})
export class AuditEventsModule {}
