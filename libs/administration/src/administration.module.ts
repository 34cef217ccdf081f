import { Module } from '@nestjs/common';
import { AuthModule } from '@app/auth';
import { AdministrationRepository } from './administration.repository';
import { AdministrationService } from './administration.service';

@Module({
  imports: [AuthModule],
  providers: [AdministrationService, AdministrationRepository],
  exports: [AdministrationService],
})
export class AdministrationModule {}
