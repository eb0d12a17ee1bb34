import { Global, Module } from '@nestjs/common';

import { AuditRepository } from 'src/common/audit/audit.repository';
import { AuditService } from 'src/common/audit/audit.service';

@Global()
@Module({ providers: [AuditRepository, AuditService], exports: [AuditService] })
export class AuditModule {}
