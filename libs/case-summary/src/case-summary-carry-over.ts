import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditAction, AuditService } from '@app/audit';
import { ContentCipher } from '@app/crypto';
import { CaseSummaryBookings } from './case-summary-bookings';
import { CaseSummaryRepository } from './case-summary.repository';
import { CaseSummary, CaseSummaryPurgeReason } from './entities/case-summary.entity';

/** Who carries the summary over, for the audit log. */
export interface CarryOverActor {
  id: string;
  role: string;
  regionId: string | null;
}

/**
 * Moves a kept case summary from a BUP-cancelled booking to the booking that replaces it, inside the
 * caller's transaction. The content is re-encrypted, because the booking id is part of every field's
 * additional data; the old row keeps only its statistics metadata, marked as carried over.
 */
@Injectable()
export class CaseSummaryCarryOver {
  constructor(
    private readonly summaries: CaseSummaryRepository,
    private readonly bookings: CaseSummaryBookings,
    private readonly cipher: ContentCipher,
    private readonly audit: AuditService,
  ) {}

  /** True when there was a summary to carry over. */
  async carryOver(
    manager: EntityManager,
    from: { bookingId: string; regionId: string },
    toBookingId: string,
    actor: CarryOverActor,
    now: Date,
  ): Promise<boolean> {
    const old = await this.summaries.find(manager, from.bookingId);
    if (!old || old.purgedAt || !old.keyId) return false;
    const keyId = old.keyId;
    const move = (sealed: Buffer | null, field: string): Buffer | null =>
      sealed
        ? this.cipher.encrypt(this.cipher.decrypt(sealed, keyId, { bookingId: from.bookingId, field }), {
            bookingId: toBookingId,
            field,
          })
        : null;
    const carried: CaseSummary = {
      ...old,
      bookingId: toBookingId,
      keyId: this.cipher.currentKeyId,
      textEncrypted: move(old.textEncrypted, 'text'),
      screeningsEncrypted: move(old.screeningsEncrypted, 'screenings'),
      fileNameEncrypted: move(old.fileNameEncrypted, 'fileName'),
      fileEncrypted: move(old.fileEncrypted, 'file'),
    };
    await this.summaries.save(manager, carried);
    await this.bookings.markCaseSummarySubmitted(manager, toBookingId, carried.submittedAt);
    await this.summaries.purge(manager, from.bookingId, CaseSummaryPurgeReason.CarriedOver, now);
    const who = { id: actor.id, role: actor.role, regionId: actor.regionId };
    await this.audit.record(
      {
        action: AuditAction.CaseSummaryWritten,
        actor: who,
        bookingId: toBookingId,
        subject: { type: 'case_summary', id: toBookingId },
        regionId: from.regionId,
        details: { carriedOverFrom: from.bookingId },
      },
      manager,
    );
    await this.audit.record(
      {
        action: AuditAction.CaseSummaryDeleted,
        actor: who,
        bookingId: from.bookingId,
        subject: { type: 'case_summary', id: from.bookingId },
        regionId: from.regionId,
        details: { reason: CaseSummaryPurgeReason.CarriedOver, carriedOverTo: toBookingId },
      },
      manager,
    );
    return true;
  }
}
