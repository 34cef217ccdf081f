import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '@app/organisations';
import { SessionKind } from './session-kind';
import { SlotSeries } from './slot-series.entity';

export enum SlotStatus {
  Open = 'open',
  Cancelled = 'cancelled',
}

/** One bookable time. Stored as instants; the series decides the local time. */
@Entity('slots')
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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
