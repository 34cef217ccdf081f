import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuthUser } from '@app/auth';
import { DomainException, ErrorCode, NotFoundException } from '@app/common';
import { OrganisationsService, Role } from '@app/organisations';
import { BookingScope } from './booking-scope';
import { BookingAction, assertTransition } from './booking-state';
import { BookingRepository } from './booking.repository';
import { BookingRow } from './booking.view';

/** Who may make a change to a booking they can see, and (optionally) the transition it is. */
export interface ChangeRule {
  /** Whether this caller may make the change (else 403 with `forbidden`). */
  may: (row: BookingRow, user: AuthUser) => boolean;
  forbidden: string;
  /** The state machine's transition, checked after the caller; leave out to check it yourself later. */
  action?: BookingAction;
}

/** The rules of each change: who may, and which transition of the state machine it is. */
export const CHANGE_RULES = {
  cancel: {
    may: (row, user) => user.role !== Role.Contact || row.contact_id === user.id,
    forbidden: 'Only the contact holding the session can cancel it',
    action: 'cancel',
  },
  reschedule: {
    may: (_row, user) => user.role !== Role.Contact,
    forbidden: 'Only the municipality or an admin can move a booking',
    action: 'reschedule',
  },
  recordOutcome: {
    may: (row, user) => user.role === Role.Contact && row.contact_id === user.id,
    forbidden: 'Only the contact holding the session records its outcome',
    action: 'record the outcome of',
  },
  // The session must have started before the state is checked: the rating service checks both.
  rate: {
    may: (row, user) => row.consultant_id === user.id,
    forbidden: 'Only the consultant who booked the session can rate it',
  },
  // BUP runs the meeting: the session's contact, or an admin of the region.
  renewVideoRoom: {
    may: (row, user) =>
      user.role === Role.Admin || (user.role === Role.Contact && row.contact_id === user.id),
    forbidden: 'Kun kontaktpersonen, der holder sparringen, kan give den et nyt videolink',
    action: 'give a new video room to',
  },
  // Not a transition of this booking (it stays cancelled): the rebook rules check the rest.
  rebook: {
    may: (row, user) => row.consultant_id === user.id,
    forbidden: 'Kun den konsulent, der lavede bookingen, kan booke en ny tid med de samme oplysninger',
  },
} satisfies Record<string, ChangeRule>;

/**
 * The one way to reach a booking: which bookings a caller sees (their scope), and for a change the
 * same four steps every time — lock the row, find it in the caller's scope (404 outside it, so
 * another municipality's booking does not exist), check who may (403), check the state machine (409).
 */
@Injectable()
export class BookingAccess {
  constructor(
    private readonly bookings: BookingRepository,
    private readonly organisations: OrganisationsService,
  ) {}

  async scopeOf(user: AuthUser): Promise<BookingScope> {
    switch (user.role) {
      case Role.Consultant:
        return user.municipalityId
          ? { kind: 'municipality', municipalityId: user.municipalityId }
          : { kind: 'nothing' };
      case Role.Contact:
        return {
          kind: 'contact',
          contactId: user.id,
          servedMunicipalityIds: await this.organisations.municipalityIdsServedBy(user.id),
        };
      case Role.Admin:
        return { kind: 'region', regionId: user.regionId };
    }
  }

  /** Locks the booking for the rest of the transaction and returns it, once the rule allows the change. */
  async lockForChange(
    manager: EntityManager,
    user: AuthUser,
    scope: BookingScope,
    id: string,
    rule: ChangeRule,
  ): Promise<BookingRow> {
    await this.bookings.lock(manager, id);
    const row = await this.bookings.findInScope(id, scope, manager);
    if (!row) throw new NotFoundException('Booking');
    if (!rule.may(row, user)) throw new DomainException(ErrorCode.Forbidden, rule.forbidden);
    if (rule.action) assertTransition(row.status, rule.action);
    return row;
  }
}
