import { RECORD_KINDS, type RecordKind } from '@khsae/domain';
import { ApiProperty } from '@nestjs/swagger';

/** A short reference to any record; a victim is referred to by its pseudonymous code only. */
export class RecordRefDto {
  @ApiProperty({ enum: RECORD_KINDS, enumName: 'RecordKind' }) kind!: RecordKind;
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Sok Sokha' }) label!: string;
  @ApiProperty({ type: String, nullable: true, example: 'B-0042 · សុខ សុខា' })
  sublabel!: string | null;
}
