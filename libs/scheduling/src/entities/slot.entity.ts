import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Exclusion,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { User } from '@app/organisations';
import { SessionKind } from './session-kind';
import { SlotSeries } from './slot-series.entity';

export enum SlotStatus {
  Open = 'open',
  Cancelled = 'cancelled',
}

/**
 * The database refuses two live slots of one contact whose times overlap (`id WITH <>` changes
 * nothing for the rule but puts the clashing slot's id into the error, so the 409 can name it).
 */
export const SLOT_OVERLAP_CONSTRAINT = 'ex_slots_contact_no_overlap';

/** One bookable time. Stored as instants; the series decides the local time. */
@Entity('slots')
@Exclusion(
  SLOT_OVERLAP_CONSTRAINT,
  `USING gist ("contact_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&, "id" WITH <>) WHERE ("status" <> 'cancelled' AND NOT "legacy_overlap")`,
)
@Index(['seriesId', 'startsAt'], { unique: true })
@Index(['contactId', 'startsAt'])
@Index(['startsAt'])
@Check('"ends_at" > "starts_at"')
@Check('"capacity" >= 1')
export class Slot {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', nullable: true })
  seriesId!: string | null;

  @ManyToOne(() => SlotSeries, { onDelete: 'SET NULL', nullable: true })
  series?: SlotSeries | null;

  /** Who holds the session; an absence can move it to a deputy. */
  @Column({ type: 'uuid' })
  contactId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  contact?: User;

  @Column({ type: 'enum', enum: SessionKind, enumName: 'session_kind' })
  kind!: SessionKind;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'integer', default: 1 })
  capacity!: number;

  @Column({ type: 'enum', enum: SlotStatus, enumName: 'slot_status', default: SlotStatus.Open })
  status!: SlotStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  videoUrl!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  cancelReason!: string | null;

  /**
   * Set only by the migration that introduced the overlap rule, on old slots that overlapped another
   * booked slot of the same contact: kept as they were (history, bookings), outside the rule.
   */
  @Column({ type: 'boolean', default: false })
  legacyOverlap!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
