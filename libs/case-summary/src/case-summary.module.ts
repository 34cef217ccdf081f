import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { CaseSummaryCarryOver } from './case-summary-carry-over';
import { CaseSummaryCipher } from './case-summary-cipher';
import { CaseSummaryRepository } from './case-summary.repository';
import { CaseSummaryRetentionService } from './case-summary-retention.service';
import { CaseSummaryService } from './case-summary.service';
import { DocumentReader } from './document-reader';
import { CaseSummary } from './entities/case-summary.entity';

@Module({
  imports: [TypeOrmModule.forFeature([CaseSummary]), AuditModule],
  providers: [
    CaseSummaryService,
    CaseSummaryRetentionService,
    CaseSummaryRepository,
    CaseSummaryCipher,
    CaseSummaryCarryOver,
    DocumentReader,
  ],
  exports: [CaseSummaryService, CaseSummaryRetentionService, CaseSummaryCipher, CaseSummaryCarryOver],
})
export class CaseSummaryModule {}
