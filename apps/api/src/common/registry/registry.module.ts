import { Global, Module } from '@nestjs/common';

import { RecordArchiveService } from 'src/common/registry/record-archive.service';
import { RecordRefsService } from 'src/common/registry/record-refs.service';

@Global()
@Module({
  exports: [RecordArchiveService, RecordRefsService],
  providers: [RecordArchiveService, RecordRefsService],
})
export class RegistryModule {}
