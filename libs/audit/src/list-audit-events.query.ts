import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsIsoDateOrInstant } from '@app/common';
import { AuditAction } from './audit-action';

export const MAX_AUDIT_PAGE = 500;
/** Far beyond any real audit log page; keeps the value inside PostgreSQL's bigint. */
export const MAX_AUDIT_OFFSET = 10_000_000;

const ACTIONS = Object.values(AuditAction) as string[];

/** The audit log's filters: who, what, when and which booking. */
export class AuditEventsFilter {
  @ApiPropertyOptional({ description: 'Events at or after this instant or date' })
  @IsOptional()
  @IsIsoDateOrInstant()
  from?: string;

  @ApiPropertyOptional({ description: 'Events before this instant or date' })
  @IsOptional()
  @IsIsoDateOrInstant()
  to?: string;

  @ApiPropertyOptional({ description: 'The person who acted' })
  @IsOptional()
  @IsUUID('all', { message: 'skal være et bruger-id (UUID)' })
  actorId?: string;

  @ApiPropertyOptional({ enum: AuditAction, description: 'One action' })
  @IsOptional()
  @IsIn(ACTIONS, { message: 'er ikke en kendt handling i revisionsloggen' })
  action?: AuditAction;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'skal være et booking-id (UUID)' })
  bookingId?: string;
}

export class ListAuditEventsQuery extends AuditEventsFilter {
  @ApiPropertyOptional({ default: 100, minimum: 1, maximum: MAX_AUDIT_PAGE })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'skal være et helt tal' })
  @Min(1, { message: 'skal være mindst 1' })
  @Max(MAX_AUDIT_PAGE, { message: `må højst være ${MAX_AUDIT_PAGE}` })
  limit?: number;

  @ApiPropertyOptional({
    default: 0,
    maximum: MAX_AUDIT_OFFSET,
    description: 'Skip this many events (older paging; prefer `cursor`)',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'skal være et helt tal' })
  @Min(0, { message: 'må ikke være negativ' })
  @Max(MAX_AUDIT_OFFSET, { message: `må højst være ${MAX_AUDIT_OFFSET}` })
  offset?: number;

  @ApiPropertyOptional({ description: 'The `X-Next-Cursor` of the previous page, unchanged' })
  @IsOptional()
  @IsString({ message: 'skal være en tekst' })
  @MaxLength(300, { message: 'ugyldig cursor — brug X-Next-Cursor fra det forrige svar uændret' })
  cursor?: string;
}

export class ExportAuditEventsQuery extends AuditEventsFilter {
  @ApiPropertyOptional({ enum: ['csv', 'xlsx'], default: 'csv' })
  @IsOptional()
  @IsIn(['csv', 'xlsx'], { message: 'skal være csv eller xlsx' })
  format?: 'csv' | 'xlsx';
}
