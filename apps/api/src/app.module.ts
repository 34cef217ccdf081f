import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AdministrationModule } from '@app/administration';
import { AuditModule } from '@app/audit';
import { AuthModule } from '@app/auth';
import { BookingModule } from '@app/booking';
import { CaseSummaryModule } from '@app/case-summary';
import { CommonModule } from '@app/common';
import { AppConfig, ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { NotificationsModule } from '@app/notifications';
import { OrganisationsModule } from '@app/organisations';
import { ReportingModule } from '@app/reporting';
import { SchedulingModule } from '@app/scheduling';
import { AbsencesController } from './controllers/absences.controller';
import { AnonymisationController } from './controllers/anonymisation.controller';
import { AdministrationController } from './controllers/administration.controller';
import { AuditEventsController } from './controllers/audit-events.controller';
import { AuthController } from './controllers/auth.controller';
import { BookingsController } from './controllers/bookings.controller';
import { CaseSummariesController } from './controllers/case-summaries.controller';
import { CalendarController } from './controllers/calendar.controller';
import { IdentityProvidersController } from './controllers/identity-providers.controller';
import { OrganisationsController } from './controllers/organisations.controller';
import { PublicConfigController } from './controllers/public-config.controller';
import { ReportsController } from './controllers/reports.controller';
import { SamlController } from './controllers/saml.controller';
import { SlotSeriesController } from './controllers/slot-series.controller';
import { SlotsController } from './controllers/slots.controller';
import { StatsController } from './controllers/stats.controller';
import { HealthModule } from './health/health.module';
import { loggerOptions } from './http/logger.options';

@Module({
  imports: [
    ConfigModule,
    CommonModule,
    LoggerModule.forRootAsync({ inject: [AppConfig], useFactory: loggerOptions }),
    DatabaseModule,
    AuditModule,
    AuthModule,
    OrganisationsModule,
    SchedulingModule,
    BookingModule,
    CaseSummaryModule,
    NotificationsModule,
    ReportingModule,
    HealthModule,
    AdministrationModule,
  ],
  controllers: [
    AuthController,
    SamlController,
    IdentityProvidersController,
    OrganisationsController,
    PublicConfigController,
    SlotsController,
    SlotSeriesController,
    BookingsController,
    AbsencesController,
    CaseSummariesController,
    AnonymisationController,
    AdministrationController,
    AuditEventsController,
    CalendarController,
    StatsController,
    ReportsController,
  ],
})
export class AppModule {}
