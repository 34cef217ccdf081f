import { ApiProperty } from '@nestjs/swagger';
import { PersonRefResponse } from '@app/common';
import { SessionKind } from '../entities/session-kind';
import { SlotStatus } from '../entities/slot.entity';
import type { SlotView } from '../slot.view';

/** A slot as the API shows it, for the OpenAPI document (`implements` keeps it in step with SlotView). */
export class SlotResponse implements SlotView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The series it came from' })
  seriesId!: string | null;

  @ApiProperty({ enum: SessionKind, enumName: 'SessionKind' })
  kind!: SessionKind;

  @ApiProperty({ example: '2027-03-30T07:00:00.000Z' })
  startsAt!: string;

  @ApiProperty({ example: '2027-03-30T08:00:00.000Z' })
  endsAt!: string;

  @ApiProperty({ type: () => PersonRefResponse })
  contact!: PersonRefResponse;

  @ApiProperty({ type: [String], description: 'The municipalities it is offered to' })
  municipalityIds!: string[];

  @ApiProperty({ type: 'integer' })
  capacity!: number;

  @ApiProperty({ type: 'integer' })
  bookedCount!: number;

  @ApiProperty({ description: 'Open, a place free and before the closing time' })
  available!: boolean;

  @ApiProperty({ enum: SlotStatus, enumName: 'SlotStatus' })
  status!: SlotStatus;

  @ApiProperty({ type: String, nullable: true })
  videoUrl!: string | null;
}
