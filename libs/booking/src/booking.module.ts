import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobsModule } from '@app/jobs';
import { OrganisationsModule } from '@app/organisations';
import { SchedulingModule } from '@app/scheduling';
import { BookingRepository } from './booking.repository';
import { BookingService } from './booking.service';
import { Booking } from './entities/booking.entity';
import { QuestionScreening } from './question-screening';

@Module({
  imports: [TypeOrmModule.forFeature([Booking]), JobsModule, OrganisationsModule, SchedulingModule],
  providers: [BookingService, BookingRepository, QuestionScreening],
  exports: [BookingService],
})
export class BookingModule {}
