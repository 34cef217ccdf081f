import { Injectable } from '@nestjs/common';
import { AuditAction } from '@app/audit';
import { AuthUser } from '@app/auth';
import { Clock, DomainException, ErrorCode, NotFoundException } from '@app/common';
import { OutboxKind, OutboxWriter } from '@app/jobs';
import { Role } from '@app/organisations';
import { BookingRepository } from './booking.repository';
import { BookingService } from './booking.service';
import { BookingView } from './booking.view';
import { BookingStatus } from './entities/booking.enums';

/**
 * "Ny videolink": the session gets a new random video room (say, the old link was passed on). The
 * invite's sequence is raised and everyone gets the updated invite through the outbox.
 */
@Injectable()
export class BookingVideoRoomService {
  constructor(
    private readonly bookings: BookingRepository,
    private readonly bookingService: BookingService,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async renew(user: AuthUser, id: string): Promise<BookingView> {
    const scope = await this.bookingService.scopeOf(user);
    const request = { key: undefined, route: '', body: null, status: 200 };
    return this.bookingService.transact(user, request, async (manager) => {
      await this.bookings.lock(manager, id);
      const row = await this.bookings.findInScope(id, scope, manager);
      if (!row) throw new NotFoundException('Booking');
      // BUP runs the meeting: the session's contact, or an admin of the region.
      if (user.role === Role.Consultant || (user.role === Role.Contact && row.contact_id !== user.id)) {
        throw new DomainException(
          ErrorCode.Forbidden,
          'Kun kontaktpersonen, der holder sparringen, kan give den et nyt videolink',
        );
      }
      if (row.status !== BookingStatus.Booked)
        throw new DomainException(ErrorCode.Conflict, 'Kun en booket sparring kan få et nyt videolink');
      if (this.clock.now() >= row.ends_at)
        throw new DomainException(ErrorCode.Conflict, 'Sparringen er slut og kan ikke få et nyt videolink');
      const icsSequence = await this.bookings.newVideoRoom(manager, id);
      await this.outbox.write(manager, OutboxKind.BookingVideoRoomChanged, { bookingId: id, icsSequence });
      await this.bookingService.recordAudit(manager, user, AuditAction.BookingVideoRoomChanged, id);
      return this.bookingService.view(manager, user, id);
    });
  }
}
