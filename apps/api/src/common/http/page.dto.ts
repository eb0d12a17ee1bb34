import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from '@khsae/domain';
import type { Type as Class } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

/** ?page, ?pageSize and ?order shared by every list endpoint; each list adds its own allow-listed ?sort. */
export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  page: number = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: PAGE_SIZE_MAX, default: PAGE_SIZE_DEFAULT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(PAGE_SIZE_MAX)
  pageSize: number = PAGE_SIZE_DEFAULT;

  @ApiPropertyOptional({ enum: ['asc', 'desc'] })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  order?: 'asc' | 'desc';
}

export function pageWindow(query: PageQueryDto): { skip: number; take: number } {
  return { skip: (query.page - 1) * query.pageSize, take: query.pageSize };
}

/** Lists count their records exactly up to this many; beyond it they answer the planner's estimate. */
export const EXACT_COUNT_LIMIT = 1000;

/** A page of records: `total` is exact up to a threshold and PostgreSQL's estimate beyond it. */
export type PageOf<T> = {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
  totalExact: boolean;
};

/** The OpenAPI class of a page of `item`s: `class BrokerPageResponseDto extends PageResponse(BrokerResponseDto) {}`. */
export function PageResponse<T>(item: Class<T>): Class<PageOf<T>> {
  class PageResponseDto implements PageOf<T> {
    @ApiProperty({ type: [item] }) items!: T[];
    @ApiProperty({ minimum: 1 }) page!: number;
    @ApiProperty({ minimum: 1 }) pageSize!: number;
    @ApiProperty({ minimum: 0, description: 'Exact when totalExact, else an estimate' })
    total!: number;
    @ApiProperty({
      description: `Whether total is exact (it is counted up to ${EXACT_COUNT_LIMIT} records, estimated beyond)`,
    })
    totalExact!: boolean;
  }
  return PageResponseDto;
}

/** A page answer from the rows a repository read, each presented as the caller may see it. */
export function pageResponse<R, T>(
  query: PageQueryDto,
  rows: { entities: R[]; total: number; totalExact: boolean },
  present: (row: R) => T,
): PageOf<T> {
  return {
    items: rows.entities.map(present),
    page: query.page,
    pageSize: query.pageSize,
    total: rows.total,
    totalExact: rows.totalExact,
  };
}
