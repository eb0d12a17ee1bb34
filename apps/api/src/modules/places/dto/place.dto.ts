import {
  type Place,
  PLACE_KINDS,
  PLACE_SORTS,
  type PlaceKind,
  type PlaceSummary,
  USER_PLACE_KINDS,
  type UserPlaceKind,
} from '@khsae/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

import { PageQueryDto } from 'src/common/http/page.dto';
import { booleanFromQuery, trimmed } from 'src/common/validation/transforms';

export class PlaceSummaryDto implements PlaceSummary {
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

export class PlaceResponseDto extends PlaceSummaryDto implements Place {
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) parentId!: string | null;
  @ApiProperty({ type: String, nullable: true }) nameAlt!: string | null;
  @ApiProperty({ type: Number, nullable: true }) lat!: number | null;
  @ApiProperty({ type: Number, nullable: true }) lng!: number | null;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: String, nullable: true }) createdBy!: string | null;
  @ApiProperty({ type: String, nullable: true }) archivedAt!: string | null;
}

export class PlacePageResponseDto {
  @ApiProperty({ type: [PlaceResponseDto] }) items!: PlaceResponseDto[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}

export class ListPlacesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: PLACE_SORTS })
  @IsOptional()
  @IsIn(PLACE_SORTS, { message: `sort must be one of: ${PLACE_SORTS.join(', ')}` })
  sort?: (typeof PLACE_SORTS)[number];

  @ApiPropertyOptional({ description: 'A few letters of the name, in Khmer or Latin script' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: PLACE_KINDS, enumName: 'PlaceKind' })
  @IsOptional()
  @IsIn(PLACE_KINDS, { message: `kind must be one of: ${PLACE_KINDS.join(', ')}` })
  kind?: PlaceKind;

  @ApiPropertyOptional({ format: 'uuid', description: 'Children of this place' })
  @IsOptional()
  @IsUUID('all', { message: 'parentId must be a UUID' })
  parentId?: string;

  @ApiPropertyOptional({ example: 'KH' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'countryCode must be an ISO 3166 alpha-2 code such as KH' })
  countryCode?: string;

  @ApiPropertyOptional({ description: 'Include archived places' })
  @IsOptional()
  @Transform(booleanFromQuery)
  @IsBoolean({ message: 'archived must be true or false' })
  archived?: boolean;
}

export class CreatePlaceDto {
  @ApiProperty({ enum: USER_PLACE_KINDS, enumName: 'UserPlaceKind' })
  @IsIn(USER_PLACE_KINDS, { message: `kind must be one of: ${USER_PLACE_KINDS.join(', ')}` })
  kind!: UserPlaceKind;

  @ApiProperty({ example: 'Poipet international border checkpoint' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1, { message: 'nameLatin must not be empty' })
  @MaxLength(200)
  nameLatin!: string;

  @ApiPropertyOptional({ example: 'ច្រកទ្វារអន្តរជាតិប៉ោយប៉ែត' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(200)
  nameKm?: string;

  @ApiProperty({ example: 'TH', description: 'ISO 3166 alpha-2' })
  @Matches(/^[A-Z]{2}$/, { message: 'countryCode must be an ISO 3166 alpha-2 code such as TH' })
  countryCode!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The place it lies in (a province, a country)',
  })
  @IsOptional()
  @IsUUID('all', { message: 'parentId must be a UUID' })
  parentId?: string;

  @ApiPropertyOptional({ example: 'BKK', description: 'An official code: IATA for airports' })
  @IsOptional()
  @Transform(trimmed)
  @Matches(/^[A-Za-z0-9-]{2,20}$/, { message: 'code must be 2 to 20 letters, digits or dashes' })
  code?: string;

  @ApiPropertyOptional({ minimum: -90, maximum: 90 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'lat must be a number' })
  @Min(-90, { message: 'lat must be between -90 and 90' })
  @Max(90, { message: 'lat must be between -90 and 90' })
  lat?: number;

  @ApiPropertyOptional({ minimum: -180, maximum: 180 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'lng must be a number' })
  @Min(-180, { message: 'lng must be between -180 and 180' })
  @Max(180, { message: 'lng must be between -180 and 180' })
  lng?: number;
}

export class UpdatePlaceDto {
  @ApiProperty() @IsInt() @Min(1) @Max(2_147_483_647) version!: number;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MinLength(1, { message: 'nameLatin must not be empty' })
  @MaxLength(200)
  nameLatin?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(200)
  nameKm?: string;
  @ApiPropertyOptional({ minimum: -90, maximum: 90 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'lat must be a number' })
  @Min(-90, { message: 'lat must be between -90 and 90' })
  @Max(90, { message: 'lat must be between -90 and 90' })
  lat?: number;

  @ApiPropertyOptional({ minimum: -180, maximum: 180 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'lng must be a number' })
  @Min(-180, { message: 'lng must be between -180 and 180' })
  @Max(180, { message: 'lng must be between -180 and 180' })
  lng?: number;
}
