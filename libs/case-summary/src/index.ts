export { CaseSummaryModule } from './case-summary.module';
export { CaseSummaryService } from './case-summary.service';
export { CaseSummaryBookings } from './case-summary-bookings';
export type { CaseSummaryBookingRow } from './case-summary-bookings';
export type {
  CaseSummaryFile,
  CaseSummaryInput,
  CaseSummaryView,
  SourcedFinding,
} from './case-summary.service';
export { safeFileName } from './case-summary.service';
export { CaseSummaryCarryOver } from './case-summary-carry-over';
export type { CarryOverActor } from './case-summary-carry-over';
export { CaseSummaryRetentionService } from './case-summary-retention.service';
// The cipher moved to @app/crypto (booking questions use it too); the old names stay for callers.
export {
  ContentCipher as CaseSummaryCipher,
  ContentDecryptionError as CaseSummaryDecryptionError,
  CURRENT_KEY_ID,
} from '@app/crypto';
export { CONTENT_TYPES, MAX_FILE_BYTES, readDocument } from './document-reader';
export { ContentCheckPool } from './content-check.pool';
export type { DocumentPartKind } from './document-parts';
export { CaseSummary, CaseSummaryPurgeReason } from './entities/case-summary.entity';
export { parseScreenings } from './screenings';
export type { Screening } from './screenings';
export { CheckAnonymityDto } from './dto/check-anonymity.dto';
