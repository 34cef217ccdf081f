import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { IsIsoDateOrInstant } from '@app/common';
import { BookingStatus } from '../entities/booking.enums';
import { PageQuery } from '@app/common';

export class ListBookingsQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Sessions starting at or after this instant or date' })
  @IsOptional()
  @IsIsoDateOrInstant()
  from?: string;

  @ApiPropertyOptional({ description: 'Sessions starting before this instant or date' })
  @IsOptional()
  @IsIsoDateOrInstant()
  to?: string;

  @ApiPropertyOptional({ enum: BookingStatus, enumName: 'BookingStatus' })
  @IsOptional()
  @IsEnum(BookingStatus)
  status?: BookingStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  municipalityId?: string;
}
