import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@app/auth';
import {
  BookingOutcomeService,
  BookingService,
  BookingView,
  CancelBookingDto,
  CreateBookingDto,
  ListBookingsQuery,
  RateBookingDto,
  RecordOutcomeDto,
  RescheduleBookingDto,
} from '@app/booking';
import { NotFoundException } from '@app/common';
import { Role } from '@app/organisations';

/** A malformed id is as unknown as a missing one. */
const IDEMPOTENCY = {
  name: 'Idempotency-Key',
  required: false,
  description: 'A retry with the same key and body returns the first response (kept 24 hours)',
};

const BookingId = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException('Booking') });

@ApiTags('bookings')
@ApiBearerAuth()
@Controller('bookings')
export class BookingsController {
  constructor(
    private readonly bookings: BookingService,
    private readonly outcomes: BookingOutcomeService,
  ) {}

  @Post()
  @Roles(Role.Consultant)
  @ApiOperation({ summary: 'Book a slot offered to your municipality' })
  @ApiHeader(IDEMPOTENCY)
  book(
    @CurrentUser() user: AuthUser,
    @Body() dto: CreateBookingDto,
    @Headers('idempotency-key') idempotencyKey?: string,
  ): Promise<BookingView> {
    return this.bookings.book(user, dto, idempotencyKey);
  }

  @Get()
  @ApiOperation({ summary: "Bookings in the caller's scope" })
  list(@CurrentUser() user: AuthUser, @Query() query: ListBookingsQuery): Promise<BookingView[]> {
    return this.bookings.list(user, query);
  }

  @Get(':id')
  get(@CurrentUser() user: AuthUser, @Param('id', BookingId) id: string): Promise<BookingView> {
    return this.bookings.get(user, id);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel a booking' })
  @ApiHeader(IDEMPOTENCY)
  cancel(
    @CurrentUser() user: AuthUser,
    @Param('id', BookingId) id: string,
    @Body() dto: CancelBookingDto,
    @Headers('idempotency-key') idempotencyKey?: string,
  ): Promise<BookingView> {
    return this.bookings.cancel(user, id, dto, idempotencyKey);
  }

  @Post(':id/reschedule')
  @HttpCode(200)
  @ApiOperation({ summary: 'Move a booking to another slot (same booking, atomic)' })
  @ApiHeader(IDEMPOTENCY)
  reschedule(
    @CurrentUser() user: AuthUser,
    @Param('id', BookingId) id: string,
    @Body() dto: RescheduleBookingDto,
    @Headers('idempotency-key') idempotencyKey?: string,
  ): Promise<BookingView> {
    return this.bookings.reschedule(user, id, dto, idempotencyKey);
  }

  @Post(':id/outcome')
  @HttpCode(200)
  @ApiOperation({ summary: "Record the session's outcome (the session's contact, after the start)" })
  recordOutcome(
    @CurrentUser() user: AuthUser,
    @Param('id', BookingId) id: string,
    @Body() dto: RecordOutcomeDto,
  ): Promise<BookingView> {
    return this.outcomes.recordOutcome(user, id, dto);
  }

  @Post(':id/rating')
  @HttpCode(200)
  @ApiOperation({ summary: 'Rate a held session (the booking’s consultant, once)' })
  rate(
    @CurrentUser() user: AuthUser,
    @Param('id', BookingId) id: string,
    @Body() dto: RateBookingDto,
  ): Promise<BookingView> {
    return this.outcomes.rate(user, id, dto);
  }
}
