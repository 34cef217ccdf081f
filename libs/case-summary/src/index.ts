export { CaseSummaryModule } from './case-summary.module';
export { CaseSummaryService } from './case-summary.service';
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
export { CaseSummaryCipher, CaseSummaryDecryptionError, CURRENT_KEY_ID } from './case-summary-cipher';
export { CONTENT_TYPES, MAX_FILE_BYTES } from './document-reader';
export { CaseSummary, CaseSummaryPurgeReason } from './entities/case-summary.entity';
export { parseScreenings } from './screenings';
export type { Screening } from './screenings';
export { CheckAnonymityDto } from './dto/check-anonymity.dto';
