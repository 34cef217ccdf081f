import { Column, Entity, ManyToOne, PrimaryColumn } from 'typeorm';
import { Region } from '@app/organisations';

/**
 * When a region's next automatic status report is due. Cron has no year field, so "every second year"
 * lives here; the daily check claims a due row with one UPDATE … RETURNING (see ReportScheduleService).
 */
@Entity('report_schedules')
export class ReportSchedule {
  @PrimaryColumn({ type: 'uuid' })
  regionId!: string;

  @ManyToOne(() => Region, { onDelete: 'CASCADE' })
  region?: Region;

  @Column({ type: 'timestamptz' })
  nextRunAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastRunAt!: Date | null;
}
