import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class RescheduleBookingDto {
  @ApiProperty({ format: 'uuid', description: 'The slot to move the booking to' })
  @IsUUID()
  slotId!: string;
}
