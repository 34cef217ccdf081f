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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
