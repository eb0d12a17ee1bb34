import {
  CONFIDENCE_GRADES,
  type ConfidenceGrade,
  GRAPH_MAX_HOPS,
  GRAPH_NODE_LIMIT_DEFAULT,
  GRAPH_NODE_LIMIT_MAX,
  GRAPH_PATH_MAX_HOPS,
  LINK_SOURCES,
  LINK_TYPES,
  type LinkSource,
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
    description: 'Record kinds to include (comma-separated)',
    enum: RECORD_KINDS,
    enumName: 'RecordKind',
    isArray: true,
  })
  @IsOptional()
  @Transform(toList)
  @IsIn(RECORD_KINDS, { each: true, message: `kinds must be among: ${RECORD_KINDS.join(', ')}` })
  kinds?: RecordKind[];

  @ApiPropertyOptional({
    description: 'Link types to follow (comma-separated)',
    enum: LINK_TYPES,
    enumName: 'LinkType',
    isArray: true,
  })
  @IsOptional()
  @Transform(toList)
  @IsIn(LINK_TYPES, { each: true, message: `linkTypes must be among: ${LINK_TYPES.join(', ')}` })
  linkTypes?: LinkType[];

  @ApiPropertyOptional({
    description: 'Confidence grades to follow (comma-separated)',
    enum: CONFIDENCE_GRADES,
    enumName: 'ConfidenceGrade',
    isArray: true,
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
    description: 'Seed records as kind:uuid (comma-separated)',
    type: [String],
    example: ['broker:9f1c2a4e-0b1d-4c7e-9a55-3d2f1e6b7c80'],
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

export class GraphNodeDto {
  @ApiProperty({ example: 'broker:9f1c2a4e-0b1d-4c7e-9a55-3d2f1e6b7c80' }) key!: string;
  @ApiProperty({ enum: RECORD_KINDS, enumName: 'RecordKind' }) kind!: RecordKind;
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ type: String, nullable: true }) sublabel!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: "A broker's role, a victim's or compound's status, a place's kind",
  })
  category!: string | null;
  @ApiProperty({ minimum: 0, description: 'Hops from the nearest seed' }) depth!: number;
}

export class GraphEdgeDto {
  @ApiProperty({ format: 'uuid', description: 'The link' }) id!: string;
  @ApiProperty({ description: 'Node key' }) source!: string;
  @ApiProperty({ description: 'Node key' }) target!: string;
  @ApiProperty({ enum: LINK_TYPES, enumName: 'LinkType' }) type!: LinkType;
  @ApiProperty({ enum: CONFIDENCE_GRADES, enumName: 'ConfidenceGrade' })
  confidence!: ConfidenceGrade;
  @ApiProperty({ enum: LINK_SOURCES, enumName: 'LinkSource' }) sourceKind!: LinkSource;
  @ApiProperty({ type: String, format: 'date', nullable: true }) startedOn!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) endedOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) evidence!: string | null;
}

export class GraphFrontierDto {
  @ApiProperty() key!: string;
  @ApiProperty({ minimum: 1, description: 'Neighbours not shown' }) hidden!: number;
}

export class GraphResultDto {
  @ApiProperty({ type: [GraphNodeDto] }) nodes!: GraphNodeDto[];
  @ApiProperty({ type: [GraphEdgeDto] }) edges!: GraphEdgeDto[];
  @ApiProperty({ description: 'True when the node cap stopped the expansion' })
  truncated!: boolean;
  @ApiProperty({ type: [GraphFrontierDto] }) frontier!: GraphFrontierDto[];
}

export class GraphPathResultDto extends GraphResultDto {
  @ApiProperty() found!: boolean;
  @ApiProperty({
    type: 'array',
    items: { type: 'array', items: { type: 'string' } },
    description: 'Each shortest path as node keys (several when they tie, at most 20)',
  })
  paths!: string[][];
  @ApiProperty({ type: Number, nullable: true }) hops!: number | null;
  @ApiProperty({ enum: ['found', 'no_path_within_limit', 'timeout'] })
  reason!: 'found' | 'no_path_within_limit' | 'timeout';
}

export class KeyPlayerDto {
  @ApiProperty() key!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ enum: RECORD_KINDS, enumName: 'RecordKind' }) kind!: RecordKind;
  @ApiProperty({ minimum: 0 }) degree!: number;
  @ApiProperty({ minimum: 0 }) betweenness!: number;
}

export class KeyPlayersResultDto {
  @ApiProperty({ type: GraphResultDto }) graph!: GraphResultDto;
  @ApiProperty({ type: [KeyPlayerDto], description: 'Sorted by betweenness' })
  players!: KeyPlayerDto[];
}

class FlowAreaDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() label!: string;
}

class FlowCountDto extends FlowAreaDto {
  @ApiProperty({ minimum: 0 }) victims!: number;
}

class FlowBrokerDto extends FlowCountDto {
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'B-0042',
    description: "The broker's code: tells apart two brokers of one name",
  })
  code!: string | null;
}

class FlowDestinationDto {
  @ApiProperty() key!: string;
  @ApiProperty() label!: string;
  @ApiProperty() country!: string;
  @ApiProperty({ minimum: 0 }) victims!: number;
}

class FlowLinkDto {
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ minimum: 0 }) victims!: number;
}

export class VillageFlowDto {
  @ApiProperty({ type: FlowAreaDto }) area!: FlowAreaDto;
  @ApiProperty({ type: [FlowCountDto] }) villages!: FlowCountDto[];
  @ApiProperty({ type: [FlowBrokerDto] }) brokers!: FlowBrokerDto[];
  @ApiProperty({ type: [FlowDestinationDto] }) destinations!: FlowDestinationDto[];
  @ApiProperty({
    type: [FlowLinkDto],
    description: 'Sankey links: village → broker → compound, and compound → country',
  })
  flows!: FlowLinkDto[];
  @ApiProperty({ minimum: 0 }) totalVictims!: number;
}
