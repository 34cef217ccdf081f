import { Injectable } from '@nestjs/common';
import { AuditAction } from '@app/audit';
import { AuthUser } from '@app/auth';
import { Clock, DomainException, ErrorCode } from '@app/common';
import { OutboxKind, OutboxWriter } from '@app/jobs';
import { BookingAccess, CHANGE_RULES } from './booking-access';
import { BookingTransactions } from './booking-transactions';
import { BookingRepository } from './booking.repository';
import { BookingService } from './booking.service';
import { BookingView } from './booking.view';

/**
 * "Ny videolink": the session gets a new random video room (say, the old link was passed on). The
 * invite's sequence is raised and everyone gets the updated invite through the outbox.
 */
@Injectable()
export class BookingVideoRoomService {
  constructor(
    private readonly bookings: BookingRepository,
    private readonly access: BookingAccess,
    private readonly transactions: BookingTransactions,
    private readonly bookingService: BookingService,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async renew(user: AuthUser, id: string): Promise<BookingView> {
    const scope = await this.access.scopeOf(user);
    return this.transactions.run(async (manager) => {
      const row = await this.access.lockForChange(manager, user, scope, id, CHANGE_RULES.renewVideoRoom);
      if (this.clock.now() >= row.ends_at)
        throw new DomainException(ErrorCode.Conflict, 'Sparringen er slut og kan ikke få et nyt videolink');
      const icsSequence = await this.bookings.newVideoRoom(manager, id);
      await this.outbox.write(manager, OutboxKind.BookingVideoRoomChanged, { bookingId: id, icsSequence });
      await this.bookingService.recordAudit(manager, user, AuditAction.BookingVideoRoomChanged, id);
      return this.bookingService.view(manager, user, id);
    });
  }
}
