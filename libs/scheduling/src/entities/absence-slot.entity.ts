import { Column, Entity, ManyToOne, PrimaryColumn } from 'typeorm';
import { Absence } from './absence.entity';

export enum AbsenceEffect {
  Moved = 'moved',
  Cancelled = 'cancelled',
}

/** What an absence did to one slot — what undoing it must put back. */
@Entity('absence_slots')
export class AbsenceSlot {
  @PrimaryColumn({ type: 'uuid' })
  absenceId!: string;

  @ManyToOne(() => Absence, { onDelete: 'CASCADE' })
  absence?: Absence;

  @PrimaryColumn({ type: 'uuid' })
  slotId!: string;

  @Column({ type: 'varchar', length: 16 })
  effect!: AbsenceEffect;

  /** The absent contact, who gets a moved slot back. */
  @Column({ type: 'uuid' })
  previousContactId!: string;

  /** The contact the slot moved to (null when cancelled). */
  @Column({ type: 'uuid', nullable: true })
  deputyContactId!: string | null;

  /** The bookings the absence cancelled on this slot (empty when moved). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  cancelledBookingIds!: string[];
}
