import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CryptoModule } from '@app/crypto';
import { CaseSummaryModule } from '@app/case-summary';
import { JobsModule } from '@app/jobs';
import { OrganisationsModule } from '@app/organisations';
import {
  AbsencesService,
  AbsenceUndoService,
  SchedulingModule,
  SlotBookings,
  SlotCancellation,
  SlotManagementService,
} from '@app/scheduling';
import { BookingAccess } from './booking-access';
import { BookingOutcomeService } from './booking-outcome.service';
import { BookingVideoRoomService } from './booking-video-room.service';
import { BookingReadModule } from './booking-read.module';
import { BookingRepository } from './booking.repository';
import { BookingService } from './booking.service';
import { BookingTransactions } from './booking-transactions';
import { BookingsOfSlot } from './bookings-of-slot';
import { IdempotentReplies } from './idempotent-replies';
import { Booking } from './entities/booking.entity';
import { IdempotencyKey } from './entities/idempotency-key.entity';

/**
 * Bookings and everything that changes them. Bookings have one owner: this module. The scheduling
 * flows that also change bookings (cancelling a slot, absences) are provided here, with BookingsOfSlot
 * as their SlotBookings port, so scheduling never writes a booking and never imports libs/booking.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([Booking, IdempotencyKey]),
    BookingReadModule,
    CryptoModule,
    CaseSummaryModule,
    JobsModule,
    OrganisationsModule,
    SchedulingModule,
  ],
  providers: [
    BookingService,
    BookingOutcomeService,
    BookingVideoRoomService,
    BookingRepository,
    BookingAccess,
    BookingTransactions,
    IdempotentReplies,
    { provide: SlotBookings, useClass: BookingsOfSlot },
    SlotCancellation,
    SlotManagementService,
    AbsencesService,
    AbsenceUndoService,
  ],
  exports: [
    BookingService,
    BookingOutcomeService,
    BookingVideoRoomService,
    BookingTransactions,
    IdempotentReplies,
    SlotManagementService,
    AbsencesService,
    AbsenceUndoService,
  ],
})
export class BookingModule {}
