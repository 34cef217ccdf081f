import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Grouping, RawUsageRow, STATS_WORK_MEM, toUsage, usageSql } from './usage-stats.sql';
import { UsageRow } from './usage-stats.types';

/** Runs the usage statement; plain data access. */
@Injectable()
export class UsageStatsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async usage(
    regionId: string,
    from: string,
    to: string,
    grouping: Grouping,
  ): Promise<{ rows: UsageRow[]; totals: UsageRow }> {
    const rows = await this.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL work_mem = '${STATS_WORK_MEM}'`);
      return manager.query<RawUsageRow[]>(usageSql(grouping), [regionId, from, to]);
    });
    return toUsage(rows);
  }
}
