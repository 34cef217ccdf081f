import { Injectable } from '@nestjs/common';
import { AuditAction, AuditService } from '@app/audit';
import { AuthUser } from '@app/auth';
import { monthLabel, topicLabel } from './labels';
import { checkPeriod } from './period';
import { suppressSmallCells } from './small-cell-suppression';
import { ExportTable, toCsv, toXlsx } from './usage-export';
import { UsageStatsRepository } from './usage-stats.repository';
import { StatsGroupBy, UsageRow, UsageStats } from './usage-stats.types';

export interface ExportFile {
  contentType: string;
  fileName: string;
  content: Buffer;
}

export const GROUP_TITLES: Record<StatsGroupBy, string> = {
  [StatsGroupBy.Municipality]: 'Kommuner',
  [StatsGroupBy.Cluster]: 'Klynger',
  [StatsGroupBy.Contact]: 'Kontaktpersoner',
  [StatsGroupBy.Topic]: 'Emner',
  [StatsGroupBy.Month]: 'Måneder',
};

@Injectable()
export class UsageStatsService {
  constructor(
    private readonly repository: UsageStatsRepository,
    private readonly audit: AuditService,
  ) {}

  /** The usage of the admin's region in a period, grouped; every figure computed in SQL. */
  async usage(regionId: string, from: string, to: string, groupBy: StatsGroupBy): Promise<UsageStats> {
    const period = checkPeriod(from, to);
    const { rows, totals } = await this.repository.usage(regionId, period.from, period.to, groupBy);
    const labelled = rows.map((row) => ({ ...row, label: label(groupBy, row) }));
    if (groupBy === StatsGroupBy.Topic) labelled.sort((a, b) => a.label.localeCompare(b.label, 'da'));
    return { ...period, groupBy, rows: labelled, totals };
  }

  /** The same figures as a file, small cells suppressed; the export is audited. */
  async export(
    user: AuthUser,
    query: { from: string; to: string; groupBy: StatsGroupBy },
    format: 'csv' | 'xlsx',
  ): Promise<ExportFile> {
    const stats = await this.usage(user.regionId, query.from, query.to, query.groupBy);
    const table: ExportTable = {
      title: GROUP_TITLES[stats.groupBy],
      ...suppressSmallCells(stats.rows, stats.totals),
    };
    const fileName = `forbrug-${stats.groupBy}-${stats.from}-${stats.to}.${format}`;
    const file =
      format === 'csv'
        ? { contentType: 'text/csv; charset=utf-8', fileName, content: toCsv([table]) }
        : { contentType: XLSX_TYPE, fileName, content: await toXlsx([table]) };
    await this.audit.record({
      action: AuditAction.ExportProduced,
      actor: user,
      details: { kind: 'usage', format, groupBy: stats.groupBy, from: stats.from, to: stats.to },
    });
    return file;
  }
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function label(groupBy: StatsGroupBy, row: UsageRow): string {
  if (groupBy === StatsGroupBy.Topic) return topicLabel(row.key);
  if (groupBy === StatsGroupBy.Month) return monthLabel(row.key);
  return row.label;
}
