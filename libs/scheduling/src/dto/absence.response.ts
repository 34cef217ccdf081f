import { ApiProperty } from '@nestjs/swagger';
import type { AbsencePreview, AbsencePreviewSession, AbsenceView } from '../absence-overview.service';
import type { AbsenceUndone } from '../absence-undo.service';
import type { AbsenceResult } from '../absences.service';
import { SessionKind } from '../entities/session-kind';

export class NamedRefResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;
}

export class AbsenceResultResponse implements AbsenceResult {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  contactId!: string;

  @ApiProperty({ example: '2027-07-05' })
  from!: string;

  @ApiProperty({ example: '2027-07-23' })
  to!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  deputyContactId!: string | null;

  @ApiProperty({ type: 'integer' })
  slotsMoved!: number;

  @ApiProperty({ type: 'integer' })
  slotsCancelled!: number;

  @ApiProperty({ description: 'Until then the absence can be undone; nobody has been told yet' })
  undoableUntil!: string;
}

export class AbsenceBookerResponse {
  @ApiProperty()
  bookedBy!: string;

  @ApiProperty()
  municipality!: string;
}

export class AbsencePreviewSessionResponse implements AbsencePreviewSession {
  @ApiProperty({ format: 'uuid' })
  slotId!: string;

  @ApiProperty()
  startsAt!: string;

  @ApiProperty({ enum: SessionKind, enumName: 'SessionKind' })
  kind!: string;

  @ApiProperty({ type: [NamedRefResponse] })
  municipalities!: NamedRefResponse[];

  @ApiProperty({ type: [AbsenceBookerResponse] })
  bookings!: AbsenceBookerResponse[];

  @ApiProperty({ enum: ['moved', 'cancelled'], enumName: 'AbsenceOutcome' })
  outcome!: 'moved' | 'cancelled';

  @ApiProperty({ type: NamedRefResponse, nullable: true })
  deputy!: NamedRefResponse | null;
}

export class AbsencePreviewResponse implements AbsencePreview {
  @ApiProperty({ format: 'uuid' })
  contactId!: string;

  @ApiProperty()
  from!: string;

  @ApiProperty()
  to!: string;

  @ApiProperty({ type: [AbsencePreviewSessionResponse] })
  sessions!: AbsencePreviewSessionResponse[];

  @ApiProperty({
    type: [NamedRefResponse],
    description: 'Active contacts serving the municipalities concerned',
  })
  deputies!: NamedRefResponse[];
}

export class AbsenceResponse implements AbsenceView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: NamedRefResponse })
  contact!: NamedRefResponse;

  @ApiProperty()
  from!: string;

  @ApiProperty()
  to!: string;

  @ApiProperty({ type: String, nullable: true })
  reason!: string | null;

  @ApiProperty({ type: NamedRefResponse, nullable: true })
  deputy!: NamedRefResponse | null;

  @ApiProperty({ type: 'integer' })
  slotsMoved!: number;

  @ApiProperty({ type: 'integer' })
  slotsCancelled!: number;

  @ApiProperty()
  createdAt!: string;

  @ApiProperty({ type: String, nullable: true })
  undoneAt!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Set while the absence can still be undone' })
  undoableUntil!: string | null;
}

export class AbsenceUndoneResponse implements AbsenceUndone {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: 'integer' })
  slotsRestored!: number;
}
