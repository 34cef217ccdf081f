export { BookingModule } from './booking.module';
export { BookingService } from './booking.service';
export type { BookingView } from './booking.view';
export { CancelBookingDto } from './dto/cancel-booking.dto';
export { CreateBookingDto, MAX_PARTICIPANTS } from './dto/create-booking.dto';
export { ListBookingsQuery } from './dto/list-bookings.query';
export { Booking } from './entities/booking.entity';
export { BookingStatus, ChildAgeBand, Topic } from './entities/booking.enums';
