import { Column, CreateDateColumn, Entity, ManyToOne, PrimaryColumn } from 'typeorm';
import { Report } from './report.entity';

export enum ReportFormat {
  Pdf = 'pdf',
  Csv = 'csv',
  Xlsx = 'xlsx',
}

/** A produced file of a report, kept in PostgreSQL so every api replica can serve it. */
@Entity('report_files')
export class ReportFile {
  @PrimaryColumn({ type: 'uuid' })
  reportId!: string;

  @ManyToOne(() => Report, { onDelete: 'CASCADE' })
  report?: Report;

  @PrimaryColumn({ type: 'enum', enum: ReportFormat, enumName: 'report_format' })
  format!: ReportFormat;

  @Column({ type: 'bytea' })
  content!: Buffer;

  @Column({ type: 'integer' })
  size!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
