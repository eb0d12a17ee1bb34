import {
  COMPOUND_INDICATORS,
  COMPOUND_SORTS,
  COMPOUND_STATUSES,
  type CompoundIndicator,
  type CompoundStatus,
  SCAM_TYPES,
  type ScamType,
} from '@khsae/domain';
import { ApiProperty } from '@nestjs/swagger';

import { PageResponse } from 'src/common/http/page.dto';
import { RecordListQueryDto, SortField } from 'src/common/records/record-list.dto';
import { RecordMetaDto, Versioned } from 'src/common/records/record-meta.dto';
import {
  CountryCodeField,
  EnumField,
  EnumListField,
  NameField,
  TextField,
  TextListField,
  UuidField,
} from 'src/common/validation/fields';
import { CoordinateField, PlaceSummaryDto } from 'src/modules/places/dto/place.dto';

export class CompoundResponseDto extends RecordMetaDto {
  @ApiProperty({ example: 'C-0007' }) refCode!: string;
  @ApiProperty({ example: 'Jin Bei' }) name!: string;
  @ApiProperty({ type: [String] }) aliases!: string[];
  @ApiProperty({ example: 'KH' }) countryCode!: string;
  @ApiProperty({ type: PlaceSummaryDto, nullable: true }) place!: PlaceSummaryDto | null;
  @ApiProperty({ type: String, nullable: true }) address!: string | null;
  @ApiProperty({ type: Number, nullable: true }) lat!: number | null;
  @ApiProperty({ type: Number, nullable: true }) lng!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'Operator or front company' })
  operator!: string | null;
  @ApiProperty({ enum: SCAM_TYPES, enumName: 'ScamType', isArray: true }) scamTypes!: ScamType[];
  @ApiProperty({ enum: COMPOUND_STATUSES, enumName: 'CompoundStatus' }) status!: CompoundStatus;
  @ApiProperty({ enum: COMPOUND_INDICATORS, enumName: 'CompoundIndicator', isArray: true })
  indicators!: CompoundIndicator[];
  @ApiProperty({ type: String, nullable: true }) notes!: string | null;
}

export class CompoundPageResponseDto extends PageResponse(CompoundResponseDto) {}

/** The lists (aliases, scam types, indicators) may be sent as null to clear them. */
export class CreateCompoundDto {
  @NameField('name', 200, { example: 'Jin Bei 4' }) name!: string;
  @TextListField('aliases', 30, 200, { optional: true, example: ['ជីនបី', 'Golden Fortune'] })
  aliases?: string[] | null;
  @CountryCodeField('countryCode') countryCode!: string;
  @UuidField('placeId', { optional: true, description: 'The city or village it is in' })
  placeId?: string | null;
  @TextField('address', 500, { optional: true }) address?: string | null;
  @CoordinateField('lat') lat?: number | null;
  @CoordinateField('lng') lng?: number | null;
  @NameField('operator', 200, { optional: true, description: 'Operator or front company' })
  operator?: string | null;
  @EnumListField('scamTypes', SCAM_TYPES, 'ScamType', { optional: true })
  scamTypes?: ScamType[] | null;
  @EnumField('status', COMPOUND_STATUSES, 'CompoundStatus', { optional: true, nullable: false })
  status?: CompoundStatus;
  @EnumListField('indicators', COMPOUND_INDICATORS, 'CompoundIndicator', { optional: true })
  indicators?: CompoundIndicator[] | null;
  @TextField('notes', 10_000, { optional: true }) notes?: string | null;
}

export class UpdateCompoundDto extends Versioned(CreateCompoundDto) {}

export class ListCompoundsQueryDto extends RecordListQueryDto {
  @SortField(COMPOUND_SORTS) sort?: (typeof COMPOUND_SORTS)[number];
  @EnumField('status', COMPOUND_STATUSES, 'CompoundStatus', { optional: true, nullable: false })
  status?: CompoundStatus;
  @CountryCodeField('countryCode', { optional: true, nullable: false }) countryCode?: string;
  @EnumField('scamType', SCAM_TYPES, 'ScamType', {
    optional: true,
    nullable: false,
    description: 'Compounds running this kind of scam',
  })
  scamType?: ScamType;
}
