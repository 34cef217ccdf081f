import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CryptoModule } from '@app/crypto';
import { CaseSummaryModule } from '@app/case-summary';
import { JobsModule } from '@app/jobs';
import { OrganisationsModule } from '@app/organisations';
import { SchedulingModule } from '@app/scheduling';
import { BookingOutcomeService } from './booking-outcome.service';
import { BookingVideoRoomService } from './booking-video-room.service';
import { BookingRepository } from './booking.repository';
import { BookingService } from './booking.service';
import { Booking } from './entities/booking.entity';
import { IdempotencyKey } from './entities/idempotency-key.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([Booking, IdempotencyKey]),
    CryptoModule,
    CaseSummaryModule,
    JobsModule,
    OrganisationsModule,
    SchedulingModule,
  ],
  providers: [BookingService, BookingOutcomeService, BookingVideoRoomService, BookingRepository],
  exports: [BookingService, BookingOutcomeService, BookingVideoRoomService],
})
export class BookingModule {}
