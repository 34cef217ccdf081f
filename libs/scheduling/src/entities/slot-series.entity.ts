import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '@app/organisations';
import { SessionKind } from './session-kind';

/** A contact's recurring fixed time, e.g. "every second Tuesday 09:00" (Europe/Copenhagen). */
@Entity('slot_series')
export class SlotSeries {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  contactId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  contact?: User;

  @Column({ type: 'enum', enum: SessionKind, enumName: 'session_kind' })
  kind!: SessionKind;

  /** The municipalities the series is offered to. */
  @Column({ type: 'uuid', array: true })
  municipalityIds!: string[];

  /** ISO weekday, 1 = Monday. */
  @Column({ type: 'smallint' })
  weekday!: number;

  /** Local start time 'HH:MM'. */
  @Column({ type: 'varchar', length: 5 })
  startTime!: string;

  @Column({ type: 'smallint', default: 1 })
  intervalWeeks!: number;

  @Column({ type: 'date' })
  startsOn!: string;

  @Column({ type: 'date', nullable: true })
  endsOn!: string | null;

  @Column({ type: 'integer', default: 1 })
  capacity!: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  videoUrl!: string | null;

  @Column({ type: 'boolean', default: false })
  includePublicHolidays!: boolean;

  /** Slots exist up to here; the nightly job extends it. */
  @Column({ type: 'timestamptz', nullable: true })
  materialisedUntil!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
