import {
  GRAPH_VIEW_NAME_MAX,
  GRAPH_VIEW_SORTS,
  type GraphViewCanvas,
  type GraphViewSort,
} from '@khsae/domain';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, ValidateBy, ValidateIf } from 'class-validator';

import { TextField, VersionField } from 'src/common/validation/fields';
import { PageQueryDto } from 'src/common/http/page.dto';
import { canvasProblem } from 'src/modules/graph-views/graph-view-canvas';

const CANVAS_DOC =
  'The workbench canvas: { version: 1, layout, state: { nodes, edges, … }, positions }; at most 5,000 records and 2 MB as JSON';

/** The canvas document: an object of bounded size, refused with a 400 naming `canvas` otherwise. */
const CanvasField = (o: { optional?: boolean } = {}) =>
  applyDecorators(
    (o.optional ? ApiPropertyOptional : ApiProperty)({
      type: 'object',
      additionalProperties: true,
      description: CANVAS_DOC,
    }),
    // Optional means "may be left out", never null.
    ...(o.optional
      ? [ValidateIf((obj: Record<string, unknown>) => obj['canvas'] !== undefined)]
      : []),
    ValidateBy({
      name: 'graphViewCanvas',
      validator: {
        validate: (value: unknown) => canvasProblem(value) === null,
        defaultMessage: (args) => `canvas ${canvasProblem(args?.value) ?? 'is not valid'}`,
      },
    }),
  );

export class GraphViewSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Poipet network, March', maxLength: GRAPH_VIEW_NAME_MAX }) name!: string;
  @ApiProperty({ description: 'How many records the canvas holds' }) nodeCount!: number;
  @ApiProperty({ description: 'Send it back when you update; a stale one answers 409' })
  version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) archivedAt!: string | null;
}

export class GraphViewResponseDto extends GraphViewSummaryDto {
  @ApiProperty({ type: 'object', additionalProperties: true, description: CANVAS_DOC })
  canvas!: GraphViewCanvas;
}

export class GraphViewPageResponseDto {
  @ApiProperty({ type: [GraphViewSummaryDto] }) items!: GraphViewSummaryDto[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}

export class CreateGraphViewDto {
  @TextField('name', GRAPH_VIEW_NAME_MAX, { example: 'Poipet network, March' }) name!: string;
  @CanvasField() canvas!: GraphViewCanvas;
}

export class UpdateGraphViewDto {
  @VersionField() version!: number;
  @TextField('name', GRAPH_VIEW_NAME_MAX, { optional: true, nullable: false }) name?: string;
  @CanvasField({ optional: true }) canvas?: GraphViewCanvas;
}

export class ListGraphViewsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: GRAPH_VIEW_SORTS, default: 'updatedAt' })
  @IsOptional()
  @IsIn(GRAPH_VIEW_SORTS, { message: `sort must be one of: ${GRAPH_VIEW_SORTS.join(', ')}` })
  sort?: GraphViewSort;
}
