import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AuditModule } from '@app/audit';
import { AuthModule } from '@app/auth';
import { BookingModule } from '@app/booking';
import { CommonModule } from '@app/common';
import { AppConfig, ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { OrganisationsModule } from '@app/organisations';
import { ReportingModule } from '@app/reporting';
import { SchedulingModule } from '@app/scheduling';
import { AuthController } from './controllers/auth.controller';
import { BookingsController } from './controllers/bookings.controller';
import { OrganisationsController } from './controllers/organisations.controller';
import { ReportsController } from './controllers/reports.controller';
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
    ReportingModule,
    HealthModule,
  ],
  controllers: [
    AuthController,
    OrganisationsController,
    SlotsController,
    SlotSeriesController,
    BookingsController,
    StatsController,
    ReportsController,
  ],
})
export class AppModule {}
