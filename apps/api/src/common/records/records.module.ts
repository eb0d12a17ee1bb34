import { Global, Module } from '@nestjs/common';

import { RecordKinds } from 'src/common/records/record-kinds';
import { RecordRefsService } from 'src/common/records/record-refs.service';
import { RecordWriter } from 'src/common/records/record-writer';
import { RecordsRepository } from 'src/common/records/records.repository';
import { Database } from 'src/database/database';

/** The record kit: one write path, the search keys, and references across kinds. */
@Global()
@Module({
  exports: [Database, RecordKinds, RecordRefsService, RecordWriter, RecordsRepository],
  providers: [Database, RecordKinds, RecordRefsService, RecordWriter, RecordsRepository],
})
export class RecordsModule {}
