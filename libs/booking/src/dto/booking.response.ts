import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PersonRefResponse } from '@app/common';
import { SlotResponse } from '@app/scheduling';
import type {
  BookingView,
  CaseSummaryState,
  CaseSummaryStatusView,
  OutcomeView,
  RatingView,
} from '../booking.view';
import { Attendance, BookingStatus, ChildAgeBand, Recommendation, Topic } from '../entities/booking.enums';

// The booking as the API shows it, for the OpenAPI document. Each class `implements` its view, so the
// compiler keeps the document in step with what toBookingView returns.

const CASE_SUMMARY_STATES: CaseSummaryState[] = ['none', 'stored', 'kept-until', 'carried-over', 'deleted'];

export class OutcomeResponse implements OutcomeView {
  @ApiProperty({ enum: Attendance, enumName: 'Attendance' })
  attendance!: Attendance;

  @ApiProperty({ enum: Recommendation, enumName: 'Recommendation' })
  recommendation!: Recommendation;

  @ApiProperty()
  gpParticipated!: boolean;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Absent for admins' })
  note?: string | null;

  @ApiProperty()
  recordedAt!: string;
}

export class RatingResponse implements RatingView {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5 })
  value!: number;

  @ApiProperty({ type: String, nullable: true })
  comment!: string | null;

  @ApiProperty()
  ratedAt!: string;
}

export class CaseSummaryStatusResponse implements CaseSummaryStatusView {
  @ApiProperty()
  submitted!: boolean;

  @ApiProperty({ type: String, nullable: true })
  submittedAt!: string | null;

  @ApiProperty()
  dueAt!: string;

  @ApiProperty({ description: 'Booked after the regular deadline, so due at once' })
  dueImmediately!: boolean;

  @ApiProperty({ enum: CASE_SUMMARY_STATES, enumName: 'CaseSummaryState' })
  state!: CaseSummaryState;

  @ApiProperty({ type: String, nullable: true, description: 'The date that goes with `state`' })
  stateAt!: string | null;
}

export class BookingResponse implements BookingView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: BookingStatus, enumName: 'BookingStatus' })
  status!: BookingStatus;

  @ApiProperty({ type: () => SlotResponse })
  slot!: SlotResponse;

  @ApiProperty({ format: 'uuid' })
  municipalityId!: string;

  @ApiProperty({ type: () => PersonRefResponse })
  consultant!: PersonRefResponse;

  @ApiProperty({ type: () => PersonRefResponse })
  contact!: PersonRefResponse;

  @ApiProperty({ enum: Topic, enumName: 'Topic' })
  topic!: Topic;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 4 })
  step!: number;

  @ApiProperty({ enum: ChildAgeBand, enumName: 'ChildAgeBand' })
  childAgeBand!: ChildAgeBand;

  @ApiPropertyOptional({
    description: "Only for the municipality's consultants and the session's contact; absent after retention",
  })
  question?: string;

  @ApiProperty({ type: String, nullable: true })
  gpEmail!: string | null;

  @ApiProperty({ type: [String] })
  participantEmails!: string[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: "The session's own video room (the invite's location)",
  })
  videoUrl!: string | null;

  @ApiProperty({ type: [String], description: 'Addresses the mail server refused' })
  undeliveredRecipients!: string[];

  @ApiProperty({ type: () => CaseSummaryStatusResponse })
  caseSummary!: CaseSummaryStatusResponse;

  @ApiProperty({ type: () => OutcomeResponse, nullable: true })
  outcome!: OutcomeResponse | null;

  @ApiProperty({ type: () => RatingResponse, nullable: true })
  rating!: RatingResponse | null;

  @ApiProperty()
  createdAt!: string;

  @ApiProperty({ type: String, nullable: true })
  cancelledAt!: string | null;

  @ApiProperty({ type: () => PersonRefResponse, nullable: true })
  cancelledBy!: PersonRefResponse | null;

  @ApiProperty({ type: String, nullable: true })
  cancelReason!: string | null;

  @ApiProperty({ description: 'Cancelled by the consultant after the closing time' })
  lateCancellation!: boolean;

  @ApiProperty({ type: 'integer' })
  icsSequence!: number;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  rebookedFromId!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  rebookedAsId!: string | null;

  @ApiProperty({ description: 'The viewer may book a new time with the same details' })
  canRebook!: boolean;
}
