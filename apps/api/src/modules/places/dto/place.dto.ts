import {
  PLACE_KINDS,
  PLACE_SORTS,
  type PlaceKind,
  USER_PLACE_KINDS,
  type UserPlaceKind,
} from '@khsae/domain';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, IntersectionType, PickType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNumber, IsOptional, Matches, Max, Min } from 'class-validator';

import { PageResponse } from 'src/common/http/page.dto';
import { RecordListQueryDto, SortField } from 'src/common/records/record-list.dto';
import { RecordMetaDto, Versioned } from 'src/common/records/record-meta.dto';
import { CountryCodeField, EnumField, TextField, UuidField } from 'src/common/validation/fields';
import { trimmed } from 'src/common/validation/transforms';

/** A coordinate: a JSON number in range, never a string. Null clears it. */
export const CoordinateField = (field: 'lat' | 'lng') => {
  const limit = field === 'lat' ? 90 : 180;
  const message = `${field} must be a number between -${limit} and ${limit}`;
  return applyDecorators(
    ApiPropertyOptional({ type: Number, nullable: true, minimum: -limit, maximum: limit }),
    IsOptional(),
    IsNumber({ allowNaN: false, allowInfinity: false }, { message }),
    Min(-limit, { message }),
    Max(limit, { message }),
  );
};

export class PlaceSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: PLACE_KINDS, enumName: 'PlaceKind' }) kind!: PlaceKind;
  @ApiProperty({ type: String, nullable: true }) code!: string | null;
  @ApiProperty({ type: String, nullable: true }) nameKm!: string | null;
  @ApiProperty() nameLatin!: string;
  @ApiProperty({ example: 'Phum Ou Thum, Banteay Neang commune, Mongkol Borey, Banteay Meanchey' })
  pathLatin!: string;
  @ApiProperty({ type: String, nullable: true }) pathKm!: string | null;
  @ApiProperty({ example: 'KH' }) countryCode!: string;
}

export class PlaceResponseDto extends IntersectionType(PlaceSummaryDto, RecordMetaDto) {
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) parentId!: string | null;
  @ApiProperty({ type: String, nullable: true }) nameAlt!: string | null;
  @ApiProperty({ type: Number, nullable: true }) lat!: number | null;
  @ApiProperty({ type: Number, nullable: true }) lng!: number | null;
}

export class PlacePageResponseDto extends PageResponse(PlaceResponseDto) {}

export class ListPlacesQueryDto extends RecordListQueryDto {
  @SortField(PLACE_SORTS) sort?: (typeof PLACE_SORTS)[number];
  @EnumField('kind', PLACE_KINDS, 'PlaceKind', { optional: true, nullable: false })
  kind?: PlaceKind;
  @UuidField('parentId', { optional: true, nullable: false, description: 'Children of this place' })
  parentId?: string;
  @CountryCodeField('countryCode', { optional: true, nullable: false }) countryCode?: string;
  // Places differ from other records here: archived ones join the active ones.
  @ApiPropertyOptional({ description: 'Include archived places' })
  override archived?: boolean = undefined;
}

export class CreatePlaceDto {
  @EnumField('kind', USER_PLACE_KINDS, 'UserPlaceKind') kind!: UserPlaceKind;
  @TextField('nameLatin', 200, { example: 'Poipet international border checkpoint' })
  nameLatin!: string;
  @TextField('nameKm', 200, { optional: true, example: 'ច្រកទ្វារអន្តរជាតិប៉ោយប៉ែត' })
  nameKm?: string | null;
  @CountryCodeField('countryCode', { example: 'TH' }) countryCode!: string;
  @UuidField('parentId', {
    optional: true,
    description: 'The place it lies in (a province, a country)',
  })
  parentId?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'BKK',
    description: 'An official code: IATA for airports',
  })
  @IsOptional()
  @Transform(trimmed)
  @Matches(/^[A-Za-z0-9-]{2,20}$/, { message: 'code must be 2 to 20 letters, digits or dashes' })
  code?: string | null;

  @CoordinateField('lat') lat?: number | null;
  @CoordinateField('lng') lng?: number | null;
}

/** Kind, country, parent and code are the place's identity: only its names and position change. */
export class UpdatePlaceDto extends Versioned(
  PickType(CreatePlaceDto, ['nameLatin', 'nameKm', 'lat', 'lng'] as const),
) {}
