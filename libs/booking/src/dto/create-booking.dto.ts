import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { IsSafeEmail, trimSpaces } from '@app/common';
import { ChildAgeBand, Topic } from '../entities/booking.enums';

export const MAX_PARTICIPANTS = 10;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateBookingDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  slotId!: string;

  @ApiProperty({ enum: Topic, enumName: 'Topic' })
  @IsEnum(Topic)
  topic!: Topic;

  @ApiPropertyOptional({ minimum: 1, maximum: 4, default: 2, description: 'Trin in the graduated model' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(4)
  step?: number;

  @ApiProperty({ enum: ChildAgeBand, enumName: 'ChildAgeBand' })
  @IsEnum(ChildAgeBand)
  childAgeBand!: ChildAgeBand;

  @ApiProperty({
    description: 'The question for BUP; must not identify the child',
    minLength: 10,
    maxLength: 2000,
  })
  @Transform(trim)
  @IsString()
  @MinLength(10)
  @MaxLength(2000)
  question!: string;

  @ApiPropertyOptional({ format: 'email' })
  @IsOptional()
  @Transform(trimSpaces)
  @IsSafeEmail()
  @MaxLength(254)
  gpEmail?: string;

  @ApiPropertyOptional({ type: [String], maxItems: MAX_PARTICIPANTS })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_PARTICIPANTS)
  @IsSafeEmail({ each: true })
  @MaxLength(254, { each: true })
  participantEmails?: string[];
}
