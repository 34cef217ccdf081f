import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { IsIsoDateOrInstant } from '@app/common';

export const MAX_AUDIT_PAGE = 500;
/** Far beyond any real audit log page; keeps the value inside PostgreSQL's bigint. */
export const MAX_AUDIT_OFFSET = 10_000_000;

export class ListAuditEventsQuery {
  @ApiPropertyOptional({ description: 'Events at or after this instant or date' })
  @IsOptional()
  @IsIsoDateOrInstant()
  from?: string;

  @ApiPropertyOptional({ description: 'Events before this instant or date' })
  @IsOptional()
  @IsIsoDateOrInstant()
  to?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  bookingId?: string;

  @ApiPropertyOptional({ default: 100, maximum: MAX_AUDIT_PAGE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_AUDIT_PAGE)
  limit?: number;

  @ApiPropertyOptional({
    default: 0,
    maximum: MAX_AUDIT_OFFSET,
    description: 'Skip this many events (paging)',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_AUDIT_OFFSET)
  offset?: number;
}
