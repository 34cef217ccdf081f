import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { CryptoModule } from '@app/crypto';
import { ContentCheckPool } from './content-check.pool';
import { CaseSummaryRepository } from './case-summary.repository';
import { CaseSummaryRetentionService } from './case-summary-retention.service';
import { CaseSummaryService } from './case-summary.service';
import { CaseSummary } from './entities/case-summary.entity';

@Module({
  imports: [TypeOrmModule.forFeature([CaseSummary]), AuditModule, CryptoModule],
  providers: [CaseSummaryService, CaseSummaryRetentionService, CaseSummaryRepository, ContentCheckPool],
  exports: [CaseSummaryService, CaseSummaryRetentionService, CryptoModule, ContentCheckPool],
})
export class CaseSummaryModule {}
