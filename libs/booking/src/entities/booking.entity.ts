import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Municipality, User } from '@app/organisations';
import { Slot } from '@app/scheduling';
import { Attendance, BookingStatus, ChildAgeBand, Recommendation, Topic } from './booking.enums';

export const ACTIVE_SEAT_INDEX = 'uq_bookings_active_seat';
/** At most one new booking per cancelled one ("book a new time with the same details"). */
export const REBOOKED_FROM_INDEX = 'uq_bookings_rebooked_from';

/**
 * A consultant's booking of a slot. `seat` numbers the places of a slot (always 1 for one-to-one
 * kinds); the partial unique index on (slot, seat) for non-cancelled bookings is what makes a
 * double booking impossible, whatever the concurrency.
 */
@Entity('bookings')
@Index(ACTIVE_SEAT_INDEX, ['slotId', 'seat'], { unique: true, where: `"status" <> 'cancelled'` })
@Index(['municipalityId', 'createdAt'])
// Keyset pages of a municipality's list and the statistics' period filter, without joining slots.
@Index('idx_bookings_municipality_session', ['municipalityId', 'sessionStartsAt', 'id'])
@Index('idx_bookings_session', ['sessionStartsAt', 'id'])
@Index(REBOOKED_FROM_INDEX, ['rebookedFromId'], { unique: true, where: '"rebooked_from_id" IS NOT NULL' })
@Index(['consultantId'])
@Check('"step" BETWEEN 1 AND 4')
@Check('"seat" >= 1')
@Check('"rating_value" IS NULL OR "rating_value" BETWEEN 1 AND 5')
export class Booking {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  slotId!: string;

  @ManyToOne(() => Slot, { onDelete: 'RESTRICT' })
  slot?: Slot;

  @Column({ type: 'integer', default: 1 })
  seat!: number;

  /**
   * The slot's `starts_at`, denormalised so lists and statistics need not join slots. Set by the
   * `bookings_session_starts_at` trigger whenever a booking is inserted or moved to another slot —
   * in the same statement, so it can never disagree with the slot (slot times never change).
   */
  @Column({ type: 'timestamptz' })
  sessionStartsAt!: Date;

  /** The BUP-cancelled booking this one was booked again from, with the same details. */
  @Column({ type: 'uuid', nullable: true })
  rebookedFromId!: string | null;

  @ManyToOne(() => Booking, { onDelete: 'RESTRICT', nullable: true })
  rebookedFrom?: Booking | null;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  municipality?: Municipality;

  @Column({ type: 'uuid' })
  consultantId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  consultant?: User;

  @Column({ type: 'enum', enum: BookingStatus, enumName: 'booking_status', default: BookingStatus.Booked })
  status!: BookingStatus;

  @Column({ type: 'enum', enum: Topic, enumName: 'booking_topic' })
  topic!: Topic;

  /** Trin 1–4 of the graduated model. */
  @Column({ type: 'smallint', default: 2 })
  step!: number;

  @Column({ type: 'enum', enum: ChildAgeBand, enumName: 'child_age_band' })
  childAgeBand!: ChildAgeBand;

  /**
   * The question for BUP: free text, checked for identifying data, encrypted like the case summary
   * (AES-256-GCM under `questionKeyId`); never shown to admins; emptied by the case-summary retention.
   */
  @Column({ type: 'bytea', nullable: true })
  questionEncrypted!: Buffer | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  questionKeyId!: string | null;

  /** When retention (or a cancellation) emptied the question. */
  @Column({ type: 'timestamptz', nullable: true })
  questionPurgedAt!: Date | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  gpEmail!: string | null;

  @Column({ type: 'varchar', length: 254, array: true, default: () => "'{}'" })
  participantEmails!: string[];

  @Column({ type: 'timestamptz' })
  caseSummaryDueAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  caseSummarySubmittedAt!: Date | null;

  /**
   * Whether the booking's case summary has a screening attached: a copy of
   * `case_summaries.screening_attached`, kept by the `case_summaries_screening_flag` trigger, so the
   * statistics count it from the booking row instead of looking up each booking's summary.
   */
  @Column({ type: 'boolean', default: false })
  caseSummaryWithScreening!: boolean;

  /**
   * The session's own video room: random (144 bits from the database's `new_video_room_id()`, set by
   * a trigger on insert), never derived from the booking id, replaced by "Ny videolink". The room URL
   * is `VIDEO_ROOM_URL_TEMPLATE` with `{id}` replaced by it.
   */
  @Column({ type: 'varchar', length: 64 })
  videoRoomId!: string;

  /** Raised on every change of the invite (reschedule, cancel); the iCalendar SEQUENCE. */
  @Column({ type: 'integer', default: 0 })
  icsSequence!: number;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  cancelledById!: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT', nullable: true })
  cancelledBy?: User | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  cancelReason!: string | null;

  /** A consultant's cancellation after the closing time. */
  @Column({ type: 'boolean', default: false })
  lateCancellation!: boolean;

  /** The outcome, recorded by the session's contact after the start; null until then. */
  @Column({ type: 'enum', enum: Attendance, enumName: 'booking_attendance', nullable: true })
  outcomeAttendance!: Attendance | null;

  @Column({ type: 'enum', enum: Recommendation, enumName: 'booking_recommendation', nullable: true })
  outcomeRecommendation!: Recommendation | null;

  @Column({ type: 'boolean', nullable: true })
  outcomeGpParticipated!: boolean | null;

  /** The contact's note; never shown to admins. */
  @Column({ type: 'text', nullable: true })
  outcomeNote!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  outcomeRecordedAt!: Date | null;

  /** The consultant's rating (1–5) of a held session, given once. */
  @Column({ type: 'smallint', nullable: true })
  ratingValue!: number | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  ratingComment!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  ratedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
