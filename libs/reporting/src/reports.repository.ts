import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { returnedRows } from '@app/database';
import { ReportFormat } from './entities/report-file.entity';
import { ReportStatus, ReportTrigger } from './entities/report.entity';

export interface ReportView {
  id: string;
  regionId: string;
  status: ReportStatus;
  trigger: ReportTrigger;
  from: string;
  to: string;
  createdAt: Date;
  finishedAt: Date | null;
  error: string | null;
}

const COLUMNS = `id, region_id AS "regionId", status, trigger, period_from::text AS "from", period_to::text AS "to",
                 created_at AS "createdAt", finished_at AS "finishedAt", error`;

/** Plain data access for reports, their files and the two-yearly schedule. */
@Injectable()
export class ReportsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One row per region and period: a finished (or failed) report is queued again, a pending one stays. */
  async upsertQueued(
    report: {
      regionId: string;
      from: string;
      to: string;
      trigger: ReportTrigger;
      requestedById: string | null;
    },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ReportView> {
    const [row] = await manager.query(
      `INSERT INTO reports (region_id, period_from, period_to, status, trigger, requested_by_id)
       VALUES ($1, $2, $3, 'queued', $4, $5)
       ON CONFLICT (region_id, period_from, period_to) DO UPDATE
         SET status = CASE WHEN reports.status IN ('done', 'failed') THEN 'queued'::report_status ELSE reports.status END,
             trigger = EXCLUDED.trigger, requested_by_id = EXCLUDED.requested_by_id, error = NULL
       RETURNING ${COLUMNS}`,
      [report.regionId, report.from, report.to, report.trigger, report.requestedById],
    );
    return row;
  }

  async list(regionId: string): Promise<ReportView[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM reports WHERE region_id = $1 ORDER BY created_at DESC`,
      [regionId],
    );
  }

  async get(regionId: string, id: string): Promise<ReportView | null> {
    const rows = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM reports WHERE region_id = $1 AND id = $2`,
      [regionId, id],
    );
    return rows[0] ?? null;
  }

  async byId(id: string): Promise<ReportView | null> {
    const rows = await this.dataSource.query(`SELECT ${COLUMNS} FROM reports WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  async queued(): Promise<ReportView[]> {
    return this.dataSource.query(`SELECT ${COLUMNS} FROM reports WHERE status = 'queued'`);
  }

  async file(regionId: string, id: string, format: ReportFormat): Promise<Buffer | null> {
    const rows = await this.dataSource.query(
      `SELECT f.content FROM report_files f JOIN reports r ON r.id = f.report_id
       WHERE r.region_id = $1 AND r.id = $2 AND r.status = 'done' AND f.format = $3`,
      [regionId, id, format],
    );
    return rows[0]?.content ?? null;
  }

  /** Marks the report running; null when it no longer exists. */
  async start(id: string, at: Date): Promise<(ReportView & { regionName: string }) | null> {
    const rows = await this.dataSource.query(
      `UPDATE reports r SET status = 'running', started_at = $2, error = NULL FROM regions g
       WHERE r.id = $1 AND g.id = r.region_id
       RETURNING r.id, r.region_id AS "regionId", r.status, r.trigger, r.period_from::text AS "from",
                 r.period_to::text AS "to", r.created_at AS "createdAt", r.finished_at AS "finishedAt", r.error,
                 g.name AS "regionName"`,
      [id, at],
    );
    return returnedRows<ReportView & { regionName: string }>(rows)[0] ?? null;
  }

  async saveFiles(
    manager: EntityManager,
    id: string,
    files: Record<`${ReportFormat}`, Buffer>,
    at: Date,
  ): Promise<void> {
    for (const [format, content] of Object.entries(files)) {
      await manager.query(
        `INSERT INTO report_files (report_id, format, content, size) VALUES ($1, $2, $3, $4)
         ON CONFLICT (report_id, format) DO UPDATE SET content = EXCLUDED.content, size = EXCLUDED.size, created_at = now()`,
        [id, format, content, content.length],
      );
    }
    await manager.query(`UPDATE reports SET status = 'done', finished_at = $2 WHERE id = $1`, [id, at]);
  }

  async fail(id: string, message: string): Promise<void> {
    await this.dataSource.query(`UPDATE reports SET status = 'failed', error = $2 WHERE id = $1`, [
      id,
      message.slice(0, 500),
    ]);
  }

  async adminEmails(regionId: string): Promise<string[]> {
    const rows: { email: string }[] = await this.dataSource.query(
      `SELECT email FROM users WHERE region_id = $1 AND role = 'admin' AND active ORDER BY email`,
      [regionId],
    );
    return rows.map((row) => row.email);
  }
}
