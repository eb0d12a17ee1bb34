import {
  CONFIDENCE_GRADES,
  type ConfidenceGrade,
  GRAPH_MAX_HOPS,
  GRAPH_NODE_LIMIT_DEFAULT,
  GRAPH_NODE_LIMIT_MAX,
  GRAPH_PATH_MAX_HOPS,
  LINK_TYPES,
  type LinkType,
  RECORD_KINDS,
  type RecordKind,
} from '@khsae/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
} from 'class-validator';

const POINTER = new RegExp(
  `^(${RECORD_KINDS.join('|')}):[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`,
  'i',
);

const toList = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)
    : value;

const POINTER_MESSAGE =
  'must name a record as kind:uuid, such as broker:9f1c2a4e-0b1d-4c7e-9a55-3d2f1e6b7c80';

/** "broker:9f1c…": a record named by its kind and id, as on the canvas. */
export function parsePointer(value: string): { kind: RecordKind; id: string } {
  const [kind, id] = value.split(':') as [RecordKind, string];
  return { kind, id: id.toLowerCase() };
}

/** Filters shared by every graph query. */
export class GraphFilterQueryDto {
  @ApiPropertyOptional({
    description: 'Comma-separated record kinds to include',
    example: 'broker,victim,compound',
  })
  @IsOptional()
  @Transform(toList)
  @IsIn(RECORD_KINDS, { each: true, message: `kinds must be among: ${RECORD_KINDS.join(', ')}` })
  kinds?: RecordKind[];

  @ApiPropertyOptional({
    description: 'Comma-separated link types to follow',
    example: 'recruited,works_for',
  })
  @IsOptional()
  @Transform(toList)
  @IsIn(LINK_TYPES, { each: true, message: `linkTypes must be among: ${LINK_TYPES.join(', ')}` })
  linkTypes?: LinkType[];

  @ApiPropertyOptional({
    description: 'Comma-separated confidence grades to follow',
    example: 'confirmed,probable',
  })
  @IsOptional()
  @Transform(toList)
  @IsIn(CONFIDENCE_GRADES, {
    each: true,
    message: `confidence must be among: ${CONFIDENCE_GRADES.join(', ')}`,
  })
  confidence?: ConfidenceGrade[];

  @ApiPropertyOptional({ format: 'date', description: 'Links active on or after this date' })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, {
    message: 'since must be a date as YYYY-MM-DD',
  })
  since?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Links active on or before this date' })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, {
    message: 'until must be a date as YYYY-MM-DD',
  })
  until?: string;
}

export class NeighbourhoodQueryDto extends GraphFilterQueryDto {
  @ApiProperty({
    description: 'Comma-separated seed records as kind:uuid',
    example: 'broker:9f1c2a4e-…',
  })
  @Transform(toList)
  @IsArray({ message: 'seeds must name at least one record' })
  @ArrayMinSize(1, { message: 'seeds must name at least one record' })
  @ArrayMaxSize(50, { message: 'seeds may name at most 50 records' })
  @Matches(POINTER, { each: true, message: `seeds ${POINTER_MESSAGE}` })
  seeds!: string[];

  @ApiPropertyOptional({ minimum: 1, maximum: GRAPH_MAX_HOPS, default: 2 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'hops must be a whole number' })
  @Min(1, { message: 'hops must be at least 1' })
  @Max(GRAPH_MAX_HOPS, { message: `hops must be at most ${GRAPH_MAX_HOPS}` })
  hops: number = 2;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: GRAPH_NODE_LIMIT_MAX,
    default: GRAPH_NODE_LIMIT_DEFAULT,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: 'limit must be at least 1' })
  @Max(GRAPH_NODE_LIMIT_MAX, { message: `limit must be at most ${GRAPH_NODE_LIMIT_MAX}` })
  limit: number = GRAPH_NODE_LIMIT_DEFAULT;
}

export class PathQueryDto extends GraphFilterQueryDto {
  @ApiProperty({ description: 'The record to start from, as kind:uuid' })
  @IsString({ message: `from ${POINTER_MESSAGE}` })
  @Matches(POINTER, { message: `from ${POINTER_MESSAGE}` })
  from!: string;

  @ApiProperty({ description: 'The record to reach, as kind:uuid' })
  @IsString({ message: `to ${POINTER_MESSAGE}` })
  @Matches(POINTER, { message: `to ${POINTER_MESSAGE}` })
  to!: string;

  @ApiPropertyOptional({ minimum: 1, maximum: GRAPH_PATH_MAX_HOPS, default: GRAPH_PATH_MAX_HOPS })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'maxHops must be a whole number' })
  @Min(1, { message: 'maxHops must be at least 1' })
  @Max(GRAPH_PATH_MAX_HOPS, { message: `maxHops must be at most ${GRAPH_PATH_MAX_HOPS}` })
  maxHops: number = GRAPH_PATH_MAX_HOPS;
}

export class VillageFlowsQueryDto {
  @ApiProperty({ format: 'uuid', description: 'A province, district or commune' })
  @Matches(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, {
    message: 'placeId must be a UUID',
  })
  placeId!: string;
}
