import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

/** "Book a new time with the same details": only the slot is new. */
export class RebookBookingDto {
  @ApiProperty({ format: 'uuid', description: 'A free slot for the new booking' })
  @IsUUID()
  slotId!: string;
}
