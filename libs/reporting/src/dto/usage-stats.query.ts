import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsIn, IsOptional, Matches } from 'class-validator';
import { StatsGroupBy } from '../usage-stats.types';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class UsageStatsQuery {
  @ApiProperty({ example: '2025-01-01', description: 'First Danish local date (inclusive)' })
  @Matches(DATE, { message: 'must be a date YYYY-MM-DD' })
  from!: string;

  @ApiProperty({ example: '2026-12-31', description: 'Last Danish local date (inclusive)' })
  @Matches(DATE, { message: 'must be a date YYYY-MM-DD' })
  to!: string;

  @ApiProperty({ enum: StatsGroupBy })
  @IsEnum(StatsGroupBy)
  groupBy!: StatsGroupBy;

  @ApiPropertyOptional({ enum: ['json', 'csv', 'xlsx'], description: 'Or `Accept: text/csv`' })
  @IsOptional()
  @IsIn(['json', 'csv', 'xlsx'])
  format?: 'json' | 'csv' | 'xlsx';
}
