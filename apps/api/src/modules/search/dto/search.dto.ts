import { RECORD_KINDS, type RecordKind, SEARCH_LIMIT_MAX, SEARCH_MIN_LENGTH } from '@khsae/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';

import { PlaceSummaryDto } from 'src/modules/places/dto/place.dto';

/** How far a results page may go: past this, people refine the query rather than page. */
export const SEARCH_OFFSET_MAX = 200;

export const SEARCH_MATCHES = ['exact', 'similar'] as const;
export type SearchMatch = (typeof SEARCH_MATCHES)[number];

export class SearchQueryDto {
  @ApiProperty({
    description: 'A few letters of a name, alias, code or identifier, in Khmer or Latin script',
    example: 'sokha',
  })
  @IsString({ message: 'q must be text' })
  @MinLength(SEARCH_MIN_LENGTH, { message: `q must be at least ${SEARCH_MIN_LENGTH} characters` })
  @MaxLength(100, { message: 'q must be at most 100 characters' })
  q!: string;

  @ApiPropertyOptional({
    description: 'Record kinds to search (comma-separated)',
    enum: RECORD_KINDS,
    enumName: 'RecordKind',
    isArray: true,
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.split(',').map((v) => v.trim()) : value,
  )
  @IsIn(RECORD_KINDS, { each: true, message: `kinds must be among: ${RECORD_KINDS.join(', ')}` })
  kinds?: RecordKind[];

  @ApiPropertyOptional({ minimum: 1, maximum: SEARCH_LIMIT_MAX, default: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: 'limit must be at least 1' })
  @Max(SEARCH_LIMIT_MAX, { message: `limit must be at most ${SEARCH_LIMIT_MAX}` })
  limit: number = 10;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: SEARCH_OFFSET_MAX,
    default: 0,
    description: 'Results to skip (the results page, one kind at a time)',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'offset must be a whole number' })
  @Min(0, { message: 'offset must be at least 0' })
  @Max(SEARCH_OFFSET_MAX, { message: `offset must be at most ${SEARCH_OFFSET_MAX}` })
  offset: number = 0;
}

export class SearchResultDto {
  @ApiProperty({ enum: RECORD_KINDS, enumName: 'RecordKind' }) kind!: RecordKind;
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ type: String, nullable: true }) sublabel!: string | null;
  @ApiProperty({ enum: ['name', 'alias', 'code', 'identifier', 'identity_name', 'address'] })
  matchedField!: string;
  @ApiProperty() matchedText!: string;
  @ApiProperty({ description: '0 to 1; exact and prefix matches rank first' }) score!: number;
  @ApiProperty({
    enum: SEARCH_MATCHES,
    enumName: 'SearchMatch',
    description:
      "exact: the query is this record's code, identifier or name (a phone in any format); similar: a prefix, part or spelling variant. Exact results come first.",
  })
  match!: SearchMatch;
  @ApiProperty({
    type: PlaceSummaryDto,
    nullable: true,
    description: 'For a place: its names and the areas it lies in, in both scripts',
  })
  place!: PlaceSummaryDto | null;
}
