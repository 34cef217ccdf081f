import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '@app/organisations';

/** A contact's absence: their slots in the period moved to a deputy or cancelled. */
@Entity('absences')
@Index(['contactId', 'fromDate'])
export class Absence {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  contactId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  contact?: User;

  /** First and last local day of the absence (Europe/Copenhagen), both inclusive. */
  @Column({ type: 'date' })
  fromDate!: string;

  @Column({ type: 'date' })
  toDate!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason!: string | null;

  /** The deputy named for the absence; null means each municipality's own deputy. */
  @Column({ type: 'uuid', nullable: true })
  deputyContactId!: string | null;

  @Column({ type: 'integer', default: 0 })
  slotsMoved!: number;

  @Column({ type: 'integer', default: 0 })
  slotsCancelled!: number;

  @Column({ type: 'uuid' })
  createdById!: string;

  /**
   * The absence's messages are held until then, so a mistake can be undone before anyone hears of it
   * (ABSENCE_UNDO_WINDOW). Null for absences registered before undo existed.
   */
  @Column({ type: 'timestamptz', nullable: true })
  undoableUntil!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  undoneAt!: Date | null;

  /** The outbox rows that tell the bookings about it: undo is possible only while none is relayed. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  outboxMessageIds!: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
