import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { CryptoModule } from '@app/crypto';
import { CaseSummaryCarryOver } from './case-summary-carry-over';
import { ContentCheckPool } from './content-check.pool';
import { CaseSummaryRepository } from './case-summary.repository';
import { CaseSummaryRetentionService } from './case-summary-retention.service';
import { CaseSummaryService } from './case-summary.service';
import { CaseSummary } from './entities/case-summary.entity';

@Module({
  imports: [TypeOrmModule.forFeature([CaseSummary]), AuditModule, CryptoModule],
  providers: [
    CaseSummaryService,
    CaseSummaryRetentionService,
    CaseSummaryRepository,
    CaseSummaryCarryOver,
    ContentCheckPool,
  ],
  exports: [
    CaseSummaryService,
    CaseSummaryRetentionService,
    CryptoModule,
    CaseSummaryCarryOver,
    ContentCheckPool,
  ],
})
export class CaseSummaryModule {}
