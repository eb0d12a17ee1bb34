import {
  CONFIDENCE_GRADES,
  type ConfidenceGrade,
  LINK_SORTS,
  LINK_SOURCES,
  LINK_TYPES,
  type LinkSource,
  type LinkType,
  RECORD_KINDS,
  type RecordKind,
} from '@khsae/domain';
import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';

import { PageResponse } from 'src/common/http/page.dto';
import { RecordListQueryDto, SortField } from 'src/common/records/record-list.dto';
import { Versioned } from 'src/common/records/record-meta.dto';
import { DateField, EnumField, TextField, UuidField } from 'src/common/validation/fields';
import { RecordRefDto } from 'src/common/records/record-ref.dto';

export class LinkResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: RecordRefDto }) from!: RecordRefDto;
  @ApiProperty({ type: RecordRefDto }) to!: RecordRefDto;
  @ApiProperty({ enum: LINK_TYPES, enumName: 'LinkType' }) type!: LinkType;
  @ApiProperty({ type: String, format: 'date', nullable: true }) startedOn!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) endedOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) evidence!: string | null;
  @ApiProperty({ enum: LINK_SOURCES, enumName: 'LinkSource' }) source!: LinkSource;
  @ApiProperty({ type: String, nullable: true, description: 'Case number, tip reference, …' })
  sourceRef!: string | null;
  @ApiProperty({ enum: CONFIDENCE_GRADES, enumName: 'ConfidenceGrade' })
  confidence!: ConfidenceGrade;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) createdBy!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Who recorded the link' })
  createdByName!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ description: 'Send it back when you update; a stale one answers 409' })
  version!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) archivedAt!: string | null;
}

export class LinkPageResponseDto extends PageResponse(LinkResponseDto) {}

export class CreateLinkDto {
  @EnumField('fromKind', RECORD_KINDS, 'RecordKind') fromKind!: RecordKind;
  @UuidField('fromId') fromId!: string;
  @EnumField('toKind', RECORD_KINDS, 'RecordKind') toKind!: RecordKind;
  @UuidField('toId') toId!: string;
  @EnumField('type', LINK_TYPES, 'LinkType') type!: LinkType;
  @DateField('startedOn', { optional: true }) startedOn?: string | null;
  @DateField('endedOn', { optional: true }) endedOn?: string | null;
  @TextField('evidence', 10_000, { optional: true }) evidence?: string | null;
  @EnumField('source', LINK_SOURCES, 'LinkSource') source!: LinkSource;
  @TextField('sourceRef', 200, {
    optional: true,
    description: 'Case number, tip reference, interview or screening id',
  })
  sourceRef?: string | null;
  @EnumField('confidence', CONFIDENCE_GRADES, 'ConfidenceGrade', {
    optional: true,
    nullable: false,
    description: 'unverified when left out',
  })
  confidence?: ConfidenceGrade;
}

/** The two ends are fixed: to join other records, record another link. */
export class UpdateLinkDto extends Versioned(
  OmitType(CreateLinkDto, ['fromKind', 'fromId', 'toKind', 'toId'] as const),
) {}

/** Links are found by the records they join, not by a text: no `q`. */
export class ListLinksQueryDto extends OmitType(RecordListQueryDto, ['q'] as const) {
  @SortField(LINK_SORTS)
  @ApiPropertyOptional({ description: 'createdAt, newest first, by default' })
  sort?: (typeof LINK_SORTS)[number];
  @UuidField('recordId', {
    optional: true,
    nullable: false,
    description: 'Links from or to this record (what a detail page lists)',
  })
  recordId?: string;
  @EnumField('type', LINK_TYPES, 'LinkType', { optional: true, nullable: false }) type?: LinkType;
  @EnumField('confidence', CONFIDENCE_GRADES, 'ConfidenceGrade', {
    optional: true,
    nullable: false,
  })
  confidence?: ConfidenceGrade;
  @EnumField('source', LINK_SOURCES, 'LinkSource', { optional: true, nullable: false })
  source?: LinkSource;
}
