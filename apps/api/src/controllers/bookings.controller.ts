import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';
import { AuthUser, CurrentUser, Roles } from '@app/auth';
import {
  BookingOutcomeService,
  BookingResponse,
  BookingService,
  BookingView,
  BookingVideoRoomService,
  CancelBookingDto,
  CreateBookingDto,
  ListBookingsQuery,
  RateBookingDto,
  RebookBookingDto,
  RecordOutcomeDto,
  RescheduleBookingDto,
} from '@app/booking';
import { NotFoundException } from '@app/common';
import { Role } from '@app/organisations';
import { Idempotent } from '../http/idempotency.interceptor';
import { PAGE_RESPONSE_HEADERS, sendPage } from '../http/page-headers';

/** A malformed id is as unknown as a missing one. */
const BookingId = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException('Booking') });

@ApiTags('bookings')
@ApiBearerAuth()
@Controller('bookings')
export class BookingsController {
  constructor(
    private readonly bookings: BookingService,
    private readonly outcomes: BookingOutcomeService,
    private readonly videoRooms: BookingVideoRoomService,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: BookingResponse })
  @Roles(Role.Consultant)
  @ApiOperation({ summary: 'Book a slot offered to your municipality' })
  @Idempotent(CreateBookingDto)
  book(@CurrentUser() user: AuthUser, @Body() dto: CreateBookingDto): Promise<BookingView> {
    return this.bookings.book(user, dto);
  }

  @Get()
  @ApiOperation({
    summary:
      "Bookings in the caller's scope: upcoming first (soonest first), then past (latest first), a page at a time (next page: X-Next-Cursor / Link)",
  })
  @ApiOkResponse({ type: [BookingResponse], headers: PAGE_RESPONSE_HEADERS })
  async list(
    @CurrentUser() user: AuthUser,
    @Query() query: ListBookingsQuery,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<BookingView[]> {
    return sendPage(request, reply, await this.bookings.list(user, query));
  }

  @Get(':id')
  @ApiOkResponse({ type: BookingResponse })
  get(@CurrentUser() user: AuthUser, @Param('id', BookingId) id: string): Promise<BookingView> {
    return this.bookings.get(user, id);
  }

  @Post(':id/cancel')
  @ApiOkResponse({ type: BookingResponse })
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel a booking' })
  @Idempotent(CancelBookingDto)
  cancel(
    @CurrentUser() user: AuthUser,
    @Param('id', BookingId) id: string,
    @Body() dto: CancelBookingDto,
  ): Promise<BookingView> {
    return this.bookings.cancel(user, id, dto);
  }

  @Post(':id/reschedule')
  @ApiOkResponse({ type: BookingResponse })
  @HttpCode(200)
  @ApiOperation({ summary: 'Move a booking to another slot (same booking, atomic)' })
  @Idempotent(RescheduleBookingDto)
  reschedule(
    @CurrentUser() user: AuthUser,
    @Param('id', BookingId) id: string,
    @Body() dto: RescheduleBookingDto,
  ): Promise<BookingView> {
    return this.bookings.reschedule(user, id, dto);
  }

  @Post(':id/rebook')
  @ApiCreatedResponse({ type: BookingResponse })
  @Roles(Role.Consultant)
  @ApiOperation({
    summary:
      'Book a new time with the same details (and the kept case summary) after BUP cancelled the booking',
  })
  @Idempotent(RebookBookingDto)
  rebook(
    @CurrentUser() user: AuthUser,
    @Param('id', BookingId) id: string,
    @Body() dto: RebookBookingDto,
  ): Promise<BookingView> {
    return this.bookings.rebook(user, id, dto);
  }

  @Post(':id/outcome')
  @ApiOkResponse({ type: BookingResponse })
  @HttpCode(200)
  @ApiOperation({ summary: "Record the session's outcome (the session's contact, after the start)" })
  recordOutcome(
    @CurrentUser() user: AuthUser,
    @Param('id', BookingId) id: string,
    @Body() dto: RecordOutcomeDto,
  ): Promise<BookingView> {
    return this.outcomes.recordOutcome(user, id, dto);
  }

  @Post(':id/video-room')
  @HttpCode(200)
  @Roles(Role.Contact, Role.Admin)
  @ApiOperation({
    summary:
      'Give the session a new video room ("Ny videolink"): a new random room id, invite sequence raised, everyone re-invited',
  })
  renewVideoRoom(@CurrentUser() user: AuthUser, @Param('id', BookingId) id: string): Promise<BookingView> {
    return this.videoRooms.renew(user, id);
  }

  @Post(':id/rating')
  @ApiOkResponse({ type: BookingResponse })
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
