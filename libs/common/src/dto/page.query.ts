import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 200;

/** `limit` and `cursor` of a keyset-paginated list (the cursor is the previous page's next cursor). */
export class PageQuery {
  @ApiPropertyOptional({
    description: `Rows per page, 1–${MAX_PAGE_SIZE}`,
    minimum: 1,
    maximum: MAX_PAGE_SIZE,
  })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value))
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({
    description: 'The `X-Next-Cursor` of the previous page (opaque); absent for the first page',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;
}
