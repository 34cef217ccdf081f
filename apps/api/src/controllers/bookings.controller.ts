import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@app/auth';
import {
  BookingService,
  BookingView,
  CancelBookingDto,
  CreateBookingDto,
  ListBookingsQuery,
} from '@app/booking';
import { NotFoundException } from '@app/common';
import { Role } from '@app/organisations';

/** A malformed id is as unknown as a missing one. */
const BookingId = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException('Booking') });

@ApiTags('bookings')
@ApiBearerAuth()
@Controller('bookings')
export class BookingsController {
  constructor(private readonly bookings: BookingService) {}

  @Post()
  @Roles(Role.Consultant)
  @ApiOperation({ summary: 'Book a slot offered to your municipality' })
  book(@CurrentUser() user: AuthUser, @Body() dto: CreateBookingDto): Promise<BookingView> {
    return this.bookings.book(user, dto);
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
  cancel(
    @CurrentUser() user: AuthUser,
    @Param('id', BookingId) id: string,
    @Body() dto: CancelBookingDto,
  ): Promise<BookingView> {
    return this.bookings.cancel(user, id, dto);
  }
}
