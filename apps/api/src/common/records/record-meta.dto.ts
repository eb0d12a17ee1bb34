import type { RecordMeta } from '@khsae/domain';
import { ApiProperty } from '@nestjs/swagger';

import type { RecordMetaColumns } from 'src/common/registry/record-meta.columns';

export class RecordMetaDto implements RecordMeta {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'Send it back when you update; a stale one answers 409' })
  version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) createdBy!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) archivedAt!: string | null;
}

export function toRecordMeta(e: RecordMetaColumns & { id: string }): RecordMeta {
  return {
    id: e.id,
    version: e.version,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
    createdBy: e.createdBy,
    archivedAt: e.archivedAt ? e.archivedAt.toISOString() : null,
  };
}
