import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, Matches, Max, Min, ValidateIf } from 'class-validator';
import { DATE_PATTERN, TIME_PATTERN } from './create-slot-series.dto';

/** `PATCH /slot-series/:id`: the parts of a series that may change; absent fields stay. */
export class ChangeSlotSeriesDto {
  @ApiPropertyOptional({ example: '10:00', description: 'Local time (Europe/Copenhagen)' })
  @IsOptional()
  @Matches(TIME_PATTERN, { message: 'startTime must be HH:MM' })
  startTime?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 8 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(8)
  intervalWeeks?: number;

  @ApiPropertyOptional({
    type: String,
    example: '2027-06-29',
    nullable: true,
    description: 'null removes the end date',
  })
  @ValidateIf((dto: ChangeSlotSeriesDto) => dto.endsOn !== null && dto.endsOn !== undefined)
  @Matches(DATE_PATTERN, { message: 'endsOn must be a date YYYY-MM-DD' })
  endsOn?: string | null;

  @ApiPropertyOptional({ default: false, description: 'Only report the effect; change nothing' })
  @IsOptional()
  @IsBoolean()
  dryRun?: boolean;
}
