import { ApiProperty, PickType } from '@nestjs/swagger';
import { IsIsoDateOrInstant } from '@app/common';
import { CreateSlotSeriesDto } from './create-slot-series.dto';

/** A one-off slot: the offer of a series (same fields and rules), at one instant. */
export class CreateSlotDto extends PickType(CreateSlotSeriesDto, [
  'contactId',
  'kind',
  'municipalityIds',
  'capacity',
  'videoUrl',
] as const) {
  @ApiProperty({ example: '2027-03-30T09:00:00+02:00' })
  @IsIsoDateOrInstant()
  startsAt!: string;
}
