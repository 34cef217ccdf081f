import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsInt,
  IsISO8601,
  IsOptional,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { SessionKind } from '../entities/session-kind';
import { MAX_CAPACITY } from './create-slot-series.dto';

export class CreateSlotDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  contactId?: string;

  @ApiProperty({ enum: SessionKind })
  @IsEnum(SessionKind)
  kind!: SessionKind;

  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(98)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  municipalityIds!: string[];

  @ApiProperty({ example: '2027-03-30T09:00:00+02:00' })
  @IsISO8601({ strict: true })
  startsAt!: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_CAPACITY })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_CAPACITY)
  capacity?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true })
  @MaxLength(500)
  videoUrl?: string;
}
