import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

import { PageQueryDto } from 'src/common/http/page.dto';
import { booleanFromQuery } from 'src/common/validation/transforms';

/** ?sort from an allow-list of keys (the repository maps each to its column). */
export const SortField = (values: readonly string[]) =>
  applyDecorators(
    ApiPropertyOptional({ enum: values }),
    IsOptional(),
    IsIn(values, { message: `sort must be one of: ${values.join(', ')}` }),
  );

/** What every registry list takes: a page, an order, a few letters to find, archived or active. */
export class RecordListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'Part of a name, alias or reference code, in either script',
    maxLength: 100,
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ description: 'Show archived records instead of active ones' })
  @IsOptional()
  @Transform(booleanFromQuery)
  @IsBoolean({ message: 'archived must be true or false' })
  archived?: boolean;
}
