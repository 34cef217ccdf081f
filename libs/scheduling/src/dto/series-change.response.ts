import { ApiProperty } from '@nestjs/swagger';
import type { SeriesChange, SeriesPreviewDate } from '../slot-series-change.service';
import { SlotSeriesResponse } from './slot-series.response';

export class SkippedDateResponse {
  @ApiProperty({ enum: ['public_holiday', 'closing_day'], enumName: 'SkippedDateReason' })
  reason!: 'public_holiday' | 'closing_day';

  @ApiProperty({ example: 'Skærtorsdag' })
  name!: string;
}

export class SeriesPreviewDateResponse implements SeriesPreviewDate {
  @ApiProperty({ example: '2027-03-25' })
  date!: string;

  @ApiProperty()
  startsAt!: string;

  @ApiProperty({
    type: SkippedDateResponse,
    nullable: true,
    description: 'Set when the series makes no slot then',
  })
  skipped!: SkippedDateResponse | null;
}

export class SeriesPreviewResponse {
  @ApiProperty({ type: [SeriesPreviewDateResponse] })
  dates!: SeriesPreviewDateResponse[];
}

export class BookedKeptResponse {
  @ApiProperty({ format: 'uuid' })
  slotId!: string;

  @ApiProperty()
  startsAt!: string;

  @ApiProperty({ type: [String], description: 'Names of the consultants booked on it' })
  bookedBy!: string[];
}

export class SeriesChangeResponse implements SeriesChange {
  @ApiProperty({ type: SlotSeriesResponse })
  series!: SlotSeriesResponse;

  @ApiProperty({ description: 'True when nothing was changed (only the effect reported)' })
  dryRun!: boolean;

  @ApiProperty({ type: 'integer' })
  slotsRemoved!: number;

  @ApiProperty({ type: 'integer' })
  slotsCreated!: number;

  @ApiProperty({ type: [BookedKeptResponse], description: 'Booked times the new rule leaves out: they stay' })
  bookedKept!: BookedKeptResponse[];
}
