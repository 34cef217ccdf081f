import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { SessionKind } from '../entities/session-kind';

export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
export const MAX_CAPACITY = 200;

export class CreateSlotSeriesDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Admins name the contact; contacts create for themselves',
  })
  @IsOptional()
  @IsUUID()
  contactId?: string;

  @ApiProperty({ enum: SessionKind, enumName: 'SessionKind' })
  @IsEnum(SessionKind)
  kind!: SessionKind;

  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(98)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  municipalityIds!: string[];

  @ApiProperty({ minimum: 1, maximum: 7, description: 'ISO weekday, 1 = Monday' })
  @IsInt()
  @Min(1)
  @Max(7)
  weekday!: number;

  @ApiProperty({ example: '09:00', description: 'Local time (Europe/Copenhagen)' })
  @Matches(TIME_PATTERN)
  startTime!: string;

  @ApiProperty({ minimum: 1, maximum: 8 })
  @IsInt()
  @Min(1)
  @Max(8)
  intervalWeeks!: number;

  @ApiProperty({ example: '2027-01-05' })
  @Matches(DATE_PATTERN)
  startsOn!: string;

  @ApiPropertyOptional({ example: '2027-06-29' })
  @IsOptional()
  @Matches(DATE_PATTERN)
  endsOn?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_CAPACITY, description: 'Teaching only; default 1' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_CAPACITY)
  capacity?: number;

  @ApiPropertyOptional({ example: 'https://video.example/room' })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true })
  @MaxLength(500)
  videoUrl?: string;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  includePublicHolidays?: boolean;
}
