import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Grouping, RawUsageRow, toUsageRow, usageSql } from './usage-stats.sql';
import { UsageRow } from './usage-stats.types';

/** Runs the usage statement; plain data access. */
@Injectable()
export class UsageStatsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async usage(regionId: string, from: string, to: string, grouping: Grouping): Promise<UsageRow[]> {
    const rows: RawUsageRow[] = await this.dataSource.query(usageSql(grouping), [regionId, from, to]);
    return rows.map(toUsageRow);
  }
}
