import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditAction, AuditService } from '@app/audit';
import { AppConfig } from '@app/config';
import { CaseSummaryBookings } from './case-summary-bookings';
import { CaseSummaryRepository } from './case-summary.repository';

/**
 * Deletes case-summary content and the booking question CASE_SUMMARY_RETENTION after the session —
 * including those kept after BUP cancelled the booking and never carried over to a new one — and any
 * left of bookings the municipality cancelled (that cancellation purges at once, see the cancel
 * trigger). Keeps what
 * statistics need: submitted, when, screening attached. Audited with no actor (the platform).
 */
@Injectable()
export class CaseSummaryRetentionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly summaries: CaseSummaryRepository,
    private readonly bookings: CaseSummaryBookings,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async purgeDue(now: Date): Promise<{ purged: number; questionsPurged: number }> {
    const endedBefore = new Date(now.getTime() - this.config.caseSummaryRetentionMs);
    return this.dataSource.transaction(async (manager) => {
      const purged = await this.summaries.purgeDue(manager, endedBefore, now);
      for (const row of purged) {
        await this.audit.record(
          {
            action: AuditAction.CaseSummaryDeleted,
            actor: null,
            bookingId: row.booking_id,
            subject: { type: 'case_summary', id: row.booking_id },
            regionId: row.region_id,
            details: { reason: row.reason },
          },
          manager,
        );
      }
      // The booking question is case content too: same retention, no audit line per booking needed
      // (it is part of the booking, whose own history stays in the audit log).
      const questionsPurged = await this.bookings.purgeQuestions(manager, endedBefore, now);
      return { purged: purged.length, questionsPurged };
    });
  }
}
