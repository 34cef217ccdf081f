import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { CryptoModule } from '@app/crypto';
import { CaseSummaryRepository } from './case-summary.repository';
import { CaseSummaryRetentionService } from './case-summary-retention.service';
import { CaseSummaryService } from './case-summary.service';
import { DocumentReader } from './document-reader';
import { CaseSummary } from './entities/case-summary.entity';

@Module({
  imports: [TypeOrmModule.forFeature([CaseSummary]), AuditModule, CryptoModule],
  providers: [CaseSummaryService, CaseSummaryRetentionService, CaseSummaryRepository, DocumentReader],
  exports: [CaseSummaryService, CaseSummaryRetentionService, CryptoModule],
})
export class CaseSummaryModule {}
