import { ApiProperty } from '@nestjs/swagger';
import { SessionKind } from '../entities/session-kind';
import type { SlotSeriesView } from '../slot-series.service';

/** A slot series as the API shows it, for the OpenAPI document (`implements` keeps it in step). */
export class SlotSeriesResponse implements SlotSeriesView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  contactId!: string;

  @ApiProperty({ enum: SessionKind, enumName: 'SessionKind' })
  kind!: SessionKind;

  @ApiProperty({ type: [String] })
  municipalityIds!: string[];

  @ApiProperty({ type: 'integer', description: 'ISO weekday, 1 = Monday' })
  weekday!: number;

  @ApiProperty({ example: '09:00' })
  startTime!: string;

  @ApiProperty({ type: 'integer' })
  intervalWeeks!: number;

  @ApiProperty({ example: '2027-01-05' })
  startsOn!: string;

  @ApiProperty({ type: String, nullable: true })
  endsOn!: string | null;

  @ApiProperty({ type: 'integer' })
  capacity!: number;

  @ApiProperty({ type: String, nullable: true })
  videoUrl!: string | null;

  @ApiProperty()
  includePublicHolidays!: boolean;

  @ApiProperty({ type: String, nullable: true, description: 'When the series was ended' })
  endedAt!: string | null;

  @ApiProperty()
  createdAt!: string;
}

export class CreatedSlotSeriesResponse extends SlotSeriesResponse {
  @ApiProperty({ type: 'integer', description: 'Slots created up to the horizon' })
  slotsCreated!: number;
}

export class EndedSlotSeriesResponse extends SlotSeriesResponse {
  @ApiProperty({ type: 'integer', description: 'Future free slots removed' })
  slotsRemoved!: number;
}
