import { ADMIN_PLACE_KINDS, type AdminPlaceKind, GAZETTEER_MAX_CHARS } from '@khsae/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, Matches } from 'class-validator';

import { TextField } from 'src/common/validation/fields';

export class GazetteerCountsDto {
  @ApiProperty({ example: 25 }) province!: number;
  @ApiProperty({ example: 210 }) district!: number;
  @ApiProperty({ example: 1652 }) commune!: number;
  @ApiProperty({ example: 14578 }) village!: number;
}

export class GazetteerVersionDto {
  @ApiProperty({ example: 'cambodia_admin_flat.csv.gz' }) fileName!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) fileDate!: string | null;
  @ApiProperty({ description: 'SHA-256 of the CSV text (the same for the .csv and its .gz)' })
  sha256!: string;
  @ApiProperty() units!: number;
  @ApiProperty() added!: number;
  @ApiProperty() renamed!: number;
  @ApiProperty() removed!: number;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Who imported it; null: on first start',
  })
  importedBy!: string | null;
  @ApiProperty({ format: 'date-time' }) importedAt!: string;
}

export class GazetteerStatusDto {
  @ApiProperty({
    type: GazetteerVersionDto,
    nullable: true,
    description: 'The last import; null when none was recorded',
  })
  current!: GazetteerVersionDto | null;
  @ApiProperty({ type: GazetteerCountsDto, description: 'Active units per level' })
  counts!: GazetteerCountsDto;
}

export class UnitNamesDto {
  @ApiProperty() nameLatin!: string;
  @ApiProperty({ type: String, nullable: true }) nameKm!: string | null;
}

export class UnitChangeDto {
  @ApiProperty({ example: '01020101' }) code!: string;
  @ApiProperty({ enum: ADMIN_PLACE_KINDS, enumName: 'AdminPlaceKind' }) kind!: AdminPlaceKind;
  @ApiProperty({ type: UnitNamesDto, nullable: true }) before!: UnitNamesDto | null;
  @ApiProperty({ type: UnitNamesDto, nullable: true }) after!: UnitNamesDto | null;
}

export class UnitChangeSetDto {
  @ApiProperty() count!: number;
  @ApiProperty({ type: [UnitChangeDto], description: 'The first few, by code' })
  samples!: UnitChangeDto[];
}

export class GazetteerPreviewDto {
  @ApiProperty() fileName!: string;
  @ApiProperty({ description: 'Send it back to apply this very file' }) sha256!: string;
  @ApiProperty({ description: 'Whether this file is the one imported last' }) current!: boolean;
  @ApiProperty({ type: GazetteerCountsDto, description: 'Units per level in the file' })
  counts!: GazetteerCountsDto;
  @ApiProperty({ type: UnitChangeSetDto, description: 'Units the file adds or brings back' })
  added!: UnitChangeSetDto;
  @ApiProperty({ type: UnitChangeSetDto, description: 'Units whose Latin or Khmer name changes' })
  renamed!: UnitChangeSetDto;
  @ApiProperty({ type: UnitChangeSetDto, description: 'Units the file no longer lists (archived)' })
  removed!: UnitChangeSetDto;
}

/** A gazetteer file as the browser read it: its name and its CSV text (a .gz is unpacked first). */
export class GazetteerFileDto {
  @TextField('fileName', 200, { example: 'cambodia_admin_flat.csv' }) fileName!: string;
  @TextField('content', GAZETTEER_MAX_CHARS, {
    description:
      'The CSV text: code,level,parent_code,name_km,name_latin,name_ungegn,unit_en,unit_km,unit_latin,lat,long,iso3166_2',
  })
  content!: string;
  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When the file was last modified, as the browser reports it',
  })
  @IsOptional()
  @IsISO8601(
    { strict: true },
    { message: 'fileDate must be a date and time such as 2026-12-03T10:00:00Z' },
  )
  fileDate?: string | null;
}

export class ApplyGazetteerDto extends GazetteerFileDto {
  @ApiProperty({
    description: 'The sha256 its preview answered: the file applied is the file previewed',
  })
  @Matches(/^[0-9a-f]{64}$/, {
    message: 'sha256 must be the 64 hexadecimal digits the preview gave',
  })
  sha256!: string;
}
