import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsIn, IsOptional } from 'class-validator';
import { IsIsoCalendarDate } from '@app/common';
import { StatsGroupBy } from '../usage-stats.types';

export class UsageStatsQuery {
  @ApiProperty({ example: '2025-01-01', description: 'First Danish local date (inclusive)' })
  @IsIsoCalendarDate()
  from!: string;

  @ApiProperty({ example: '2026-12-31', description: 'Last Danish local date (inclusive)' })
  @IsIsoCalendarDate()
  to!: string;

  @ApiProperty({ enum: StatsGroupBy, enumName: 'StatsGroupBy' })
  @IsEnum(StatsGroupBy)
  groupBy!: StatsGroupBy;

  @ApiPropertyOptional({ enum: ['json', 'csv', 'xlsx'], description: 'Or `Accept: text/csv`' })
  @IsOptional()
  @IsIn(['json', 'csv', 'xlsx'])
  format?: 'json' | 'csv' | 'xlsx';
}
