import {
  type Compound,
  COMPOUND_INDICATORS,
  COMPOUND_SORTS,
  COMPOUND_STATUSES,
  type CompoundIndicator,
  type CompoundStatus,
  SCAM_TYPES,
  type ScamType,
} from '@khsae/domain';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsISO31661Alpha2,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

import { RecordMetaDto } from 'src/common/records/record-meta.dto';
import {
  CountryCodeField,
  EnumField,
  EnumListField,
  TextField,
  TextListField,
  UuidField,
  VersionField,
} from 'src/common/validation/fields';
import { PageQueryDto } from 'src/common/http/page.dto';
import { booleanFromQuery } from 'src/common/validation/transforms';
import { PlaceSummaryDto } from 'src/modules/places/dto/place.dto';

/** A country code that exists in ISO 3166-1 (the shape alone lets "XX" through). */
export const IsoCountry = (field: string) =>
  IsISO31661Alpha2({ message: `${field} must be an ISO 3166 alpha-2 country code such as KH` });

/** A coordinate: a JSON number in range, never a string. Null clears it. */
const Coordinate = (field: 'lat' | 'lng', limit: 90 | 180) => {
  const message = `${field} must be a number between -${limit} and ${limit}`;
  return applyDecorators(
    ApiPropertyOptional({ type: Number, nullable: true, minimum: -limit, maximum: limit }),
    IsOptional(),
    IsNumber({ allowNaN: false, allowInfinity: false }, { message }),
    Min(-limit, { message }),
    Max(limit, { message }),
  );
};

export class CompoundResponseDto extends RecordMetaDto implements Compound {
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

export class CompoundPageResponseDto {
  @ApiProperty({ type: [CompoundResponseDto] }) items!: CompoundResponseDto[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}

export class CreateCompoundDto {
  @TextField('name', 200, { example: 'Jin Bei 4' }) name!: string;
  @TextListField('aliases', 30, 200, { optional: true, example: ['ជីនបី', 'Golden Fortune'] })
  aliases?: string[] | null;
  @CountryCodeField('countryCode') @IsoCountry('countryCode') countryCode!: string;
  @UuidField('placeId', { optional: true, description: 'The city or village it is in' })
  placeId?: string | null;
  @TextField('address', 500, { optional: true }) address?: string | null;
  @Coordinate('lat', 90) lat?: number | null;
  @Coordinate('lng', 180) lng?: number | null;
  @TextField('operator', 200, { optional: true, description: 'Operator or front company' })
  operator?: string | null;
  @EnumListField('scamTypes', SCAM_TYPES, 'ScamType', { optional: true })
  scamTypes?: ScamType[] | null;
  @EnumField('status', COMPOUND_STATUSES, 'CompoundStatus', { optional: true })
  status?: CompoundStatus;
  @EnumListField('indicators', COMPOUND_INDICATORS, 'CompoundIndicator', { optional: true })
  indicators?: CompoundIndicator[] | null;
  @TextField('notes', 10_000, { optional: true }) notes?: string | null;
}

export class UpdateCompoundDto {
  @VersionField() version!: number;
  @TextField('name', 200, { optional: true }) name?: string;
  @TextListField('aliases', 30, 200, { optional: true }) aliases?: string[] | null;
  @CountryCodeField('countryCode', { optional: true })
  @IsoCountry('countryCode')
  countryCode?: string;
  @UuidField('placeId', { optional: true }) placeId?: string | null;
  @TextField('address', 500, { optional: true }) address?: string | null;
  @Coordinate('lat', 90) lat?: number | null;
  @Coordinate('lng', 180) lng?: number | null;
  @TextField('operator', 200, { optional: true }) operator?: string | null;
  @EnumListField('scamTypes', SCAM_TYPES, 'ScamType', { optional: true })
  scamTypes?: ScamType[] | null;
  @EnumField('status', COMPOUND_STATUSES, 'CompoundStatus', { optional: true })
  status?: CompoundStatus;
  @EnumListField('indicators', COMPOUND_INDICATORS, 'CompoundIndicator', { optional: true })
  indicators?: CompoundIndicator[] | null;
  @TextField('notes', 10_000, { optional: true }) notes?: string | null;
}

export class ListCompoundsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: COMPOUND_SORTS })
  @IsOptional()
  @IsIn(COMPOUND_SORTS, { message: `sort must be one of: ${COMPOUND_SORTS.join(', ')}` })
  sort?: (typeof COMPOUND_SORTS)[number];

  @ApiPropertyOptional({
    description: 'Part of a name, alias, reference code or operator, in either script',
  })
  @IsOptional()
  @IsString({ message: 'q must be text' })
  @MaxLength(100, { message: 'q must be at most 100 characters' })
  q?: string;

  @EnumField('status', COMPOUND_STATUSES, 'CompoundStatus', { optional: true })
  status?: CompoundStatus;
  @CountryCodeField('countryCode', { optional: true }) countryCode?: string;
  @EnumField('scamType', SCAM_TYPES, 'ScamType', {
    optional: true,
    description: 'Compounds running this kind of scam',
  })
  scamType?: ScamType;

  @ApiPropertyOptional({ description: 'Show archived records instead of active ones' })
  @IsOptional()
  @Transform(booleanFromQuery)
  @IsBoolean({ message: 'archived must be true or false' })
  archived?: boolean;
}
