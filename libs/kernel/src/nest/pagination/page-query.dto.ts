import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT } from '../../domain/pagination';

/** `?limit=&cursor=` of every list endpoint; extend it with a list's own filters. */
export class PageQueryDto {
  @ApiPropertyOptional({
    description: 'How many items per page.',
    minimum: 1,
    maximum: MAX_PAGE_LIMIT,
    default: DEFAULT_PAGE_LIMIT,
    example: 20,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_LIMIT)
  limit?: number;

  @ApiPropertyOptional({
    description: 'The nextCursor of the previous page; omit for the first page.',
    example: 'WyIyMDI2LTExLTIzVDA5OjAwOjAwLjAwMFoiLCJhMSJd',
  })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  cursor?: string;
}
