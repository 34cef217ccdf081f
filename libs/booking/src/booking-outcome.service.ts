import { Injectable } from '@nestjs/common';
import { AuditAction } from '@app/audit';
import { AuthUser } from '@app/auth';
import { Clock, DomainException, ErrorCode } from '@app/common';
import { assertAnonymousFreeText } from '@app/free-text';
import { BookingAccess, CHANGE_RULES } from './booking-access';
import { assertTransition } from './booking-state';
import { BookingTransactions } from './booking-transactions';
import { BookingRepository } from './booking.repository';
import { BookingService } from './booking.service';
import { BookingView } from './booking.view';
import { checkOutcome } from './outcome-rules';
import { RateBookingDto } from './dto/rate-booking.dto';
import { RecordOutcomeDto } from './dto/record-outcome.dto';
import { Attendance, BookingStatus } from './entities/booking.enums';

/** After the session: the contact's outcome and the consultant's rating. */
@Injectable()
export class BookingOutcomeService {
  constructor(
    private readonly bookings: BookingRepository,
    private readonly bookingService: BookingService,
    private readonly access: BookingAccess,
    private readonly transactions: BookingTransactions,
    private readonly clock: Clock,
  ) {}

  /** The session's contact records attendance and recommendation once the session has started. */
  async recordOutcome(user: AuthUser, id: string, dto: RecordOutcomeDto): Promise<BookingView> {
    // The consultant reads the note too: screened before anything is looked up or changed.
    assertAnonymousFreeText({ field: 'note', label: 'noten', text: dto.note });
    const scope = await this.access.scopeOf(user);
    return this.transactions.run(async (manager) => {
      const row = await this.access.lockForChange(manager, user, scope, id, CHANGE_RULES.recordOutcome);
      const now = this.clock.now();
      if (now < row.starts_at) {
        throw new DomainException(
          ErrorCode.Conflict,
          'The outcome can be recorded once the session has started',
        );
      }
      const checked = checkOutcome(dto, { gpEmail: row.gp_email });
      const recorded = await this.bookings.recordOutcome(manager, id, {
        status: dto.attendance === Attendance.Held ? BookingStatus.Held : BookingStatus.NoShow,
        attendance: dto.attendance,
        ...checked,
        note: dto.note?.trim() || null,
        at: now,
      });
      if (!recorded) throw new DomainException(ErrorCode.Conflict, 'The booking was changed meanwhile');
      await this.bookingService.recordAudit(manager, user, AuditAction.OutcomeRecorded, id, {
        attendance: dto.attendance,
        recommendation: checked.recommendation,
      });
      return this.bookingService.view(manager, user, id);
    });
  }

  /** The booking's own consultant rates a held session, once. */
  async rate(user: AuthUser, id: string, dto: RateBookingDto): Promise<BookingView> {
    // BUP reads the comment: screened before anything is looked up or changed.
    assertAnonymousFreeText({ field: 'comment', label: 'kommentaren', text: dto.comment });
    const scope = await this.access.scopeOf(user);
    return this.transactions.run(async (manager) => {
      const row = await this.access.lockForChange(manager, user, scope, id, CHANGE_RULES.rate);
      const now = this.clock.now();
      if (now < row.starts_at) {
        throw new DomainException(ErrorCode.Conflict, 'A session can be rated once it has started');
      }
      assertTransition(row.status, 'rate');
      if (row.rating_value !== null) {
        throw new DomainException(ErrorCode.Conflict, 'This session has already been rated');
      }
      const rated = await this.bookings.rate(manager, id, {
        value: dto.value,
        comment: dto.comment?.trim() || null,
        at: now,
      });
      if (!rated) throw new DomainException(ErrorCode.Conflict, 'The booking was changed meanwhile');
      await this.bookingService.recordAudit(manager, user, AuditAction.RatingGiven, id, { value: dto.value });
      return this.bookingService.view(manager, user, id);
    });
  }
}
