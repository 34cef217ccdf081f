import { Controller, Get, Header, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Public } from '@app/auth';
import { BookingService } from '@app/booking';
import { NotFoundException } from '@app/common';
import { CalendarFeedService } from '@app/notifications';

const BookingId = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException('Booking') });
const CALENDAR = 'text/calendar; charset=utf-8';

@ApiTags('calendar')
@Controller()
export class CalendarController {
  constructor(
    private readonly bookings: BookingService,
    private readonly calendar: CalendarFeedService,
  ) {}

  @Get('bookings/:id/invite.ics')
  @ApiBearerAuth()
  @ApiProduces('text/calendar')
  @Header('content-type', CALENDAR)
  @ApiOperation({ summary: 'The invite the booking’s e-mails carry (same scope as GET /bookings/:id)' })
  async invite(@CurrentUser() user: AuthUser, @Param('id', BookingId) id: string): Promise<string> {
    await this.bookings.get(user, id); // 404 outside the caller's scope
    return this.calendar.invite(id);
  }

  @Post('me/calendar-feed')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'A new secret calendar-feed URL (the previous one stops working)' })
  renewFeed(@CurrentUser() user: AuthUser): Promise<{ url: string }> {
    return this.calendar.renew(user.id);
  }

  @Get('calendar/:file')
  @Public()
  @ApiProduces('text/calendar')
  @Header('content-type', CALENDAR)
  @Header('cache-control', 'private, max-age=300')
  @ApiOperation({
    summary: 'The calendar feed of the token’s user: upcoming sessions (no auth; the URL is the secret)',
  })
  feed(@Param('file') file: string): Promise<string> {
    if (!file.endsWith('.ics')) throw new NotFoundException('Calendar feed');
    return this.calendar.feed(file.slice(0, -'.ics'.length));
  }
}
