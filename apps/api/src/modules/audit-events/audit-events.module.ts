import { Module } from '@nestjs/common';

import { AuditEventsController } from 'src/modules/audit-events/audit-events.controller';
import { AuditEventsService } from 'src/modules/audit-events/audit-events.service';

@Module({ controllers: [AuditEventsController], providers: [AuditEventsService] })
export class AuditEventsModule {}
