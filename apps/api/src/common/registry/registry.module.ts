import { Global, Module } from '@nestjs/common';

import { RecordRefsService } from 'src/common/registry/record-refs.service';

@Global()
@Module({ exports: [RecordRefsService], providers: [RecordRefsService] })
export class RegistryModule {}
