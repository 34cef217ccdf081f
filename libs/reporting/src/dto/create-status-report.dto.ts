import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsIsoCalendarDate } from '@app/common';

export class CreateStatusReportDto {
  @ApiPropertyOptional({
    example: '2025-01-01',
    description: 'Default: 1 January two years before this year',
  })
  @IsOptional()
  @IsIsoCalendarDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'Default: 31 December last year' })
  @IsOptional()
  @IsIsoCalendarDate()
  to?: string;
}
