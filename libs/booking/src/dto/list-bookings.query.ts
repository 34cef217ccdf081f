import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsISO8601, IsOptional, IsUUID } from 'class-validator';
import { BookingStatus } from '../entities/booking.enums';
import { PageQuery } from '@app/common';

export class ListBookingsQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Sessions starting at or after this instant or date' })
  @IsOptional()
  @IsISO8601()
  from?: string;

  @ApiPropertyOptional({ description: 'Sessions starting before this instant or date' })
  @IsOptional()
  @IsISO8601()
  to?: string;

  @ApiPropertyOptional({ enum: BookingStatus })
  @IsOptional()
  @IsEnum(BookingStatus)
  status?: BookingStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  municipalityId?: string;
}
