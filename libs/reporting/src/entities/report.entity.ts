import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Region, User } from '@app/organisations';

export enum ReportStatus {
  Queued = 'queued',
  Running = 'running',
  Done = 'done',
  Failed = 'failed',
}

export enum ReportTrigger {
  Manual = 'manual',
  Scheduled = 'scheduled',
}

/**
 * A status report of one region for one period (Danish local dates, `periodTo` inclusive). One row per
 * region and period: asking again for the same period produces it again into the same row.
 */
@Entity('reports')
@Index(['regionId', 'periodFrom', 'periodTo'], { unique: true })
export class Report {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  regionId!: string;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  region?: Region;

  @Column({ type: 'date' })
  periodFrom!: string;

  @Column({ type: 'date' })
  periodTo!: string;

  @Column({ type: 'enum', enum: ReportStatus, enumName: 'report_status', default: ReportStatus.Queued })
  status!: ReportStatus;

  @Column({ type: 'enum', enum: ReportTrigger, enumName: 'report_trigger' })
  trigger!: ReportTrigger;

  @Column({ type: 'uuid', nullable: true })
  requestedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  requestedBy?: User | null;

  /** Why the last run failed (an error message, never data). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  error!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
