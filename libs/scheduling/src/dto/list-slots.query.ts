import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { IsIsoDateOrInstant, PageQuery } from '@app/common';

export class ListSlotsQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Instant or date; default now' })
  @IsOptional()
  @IsIsoDateOrInstant()
  from?: string;

  @ApiPropertyOptional({ description: 'Instant or date (exclusive); default from + 26 weeks' })
  @IsOptional()
  @IsIsoDateOrInstant()
  to?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  municipalityId?: string;

  @ApiPropertyOptional({ description: 'Only slots that can be booked now' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  available?: boolean;
}
