import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Clock, NotFoundException } from '@app/common';
import { AppConfig } from '@app/config';
import { buildFeed, buildInvite } from './invite.builder';
import { NotificationBookingRepository } from './notification-booking.repository';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/** The booking's invite on demand, and the secret, revocable calendar feed of a user. */
@Injectable()
export class CalendarFeedService {
  constructor(
    private readonly bookings: NotificationBookingRepository,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** A new secret feed URL; only its hash is stored, and the previous URL stops working. */
  async renew(userId: string): Promise<{ url: string }> {
    const token = randomBytes(32).toString('base64url');
    await this.bookings.replaceFeedToken(userId, hash(token));
    return { url: `${this.config.appUrl}/api/v1/calendar/${token}.ics` };
  }

  async feed(token: string): Promise<string> {
    const userId = /^[A-Za-z0-9_-]{20,100}$/.test(token)
      ? await this.bookings.findFeedUser(hash(token))
      : null;
    if (!userId) throw new NotFoundException('Calendar feed');
    const bookings = await this.bookings.findUpcomingFor(userId, this.clock.now());
    return buildFeed(bookings, this.config);
  }

  /** The invite the booking's mails carry, as it stands now (the caller checks the scope first). */
  async invite(bookingId: string): Promise<string> {
    const booking = await this.bookings.find(bookingId);
    if (!booking) throw new NotFoundException('Booking');
    return buildInvite(booking, this.config);
  }
}
