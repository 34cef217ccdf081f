import { Injectable } from '@nestjs/common';
import { AuthUser } from '@app/auth';
import { Clock, DomainException, ErrorCode } from '@app/common';
import { Role } from '@app/organisations';
import { BookingWindow } from './booking-window';
import { ListSlotsQuery } from './dto/list-slots.query';
import { toSlotView, SlotView } from './slot.view';
import { SlotQuery, SlotsRepository } from './slots.repository';

const DEFAULT_WINDOW_MS = 26 * 7 * 24 * 3600_000;
const MAX_SLOTS = 2000;

/** Lists slots within the caller's scope: a consultant's municipality, a contact's own, an admin's region. */
@Injectable()
export class SlotsService {
  constructor(
    private readonly slots: SlotsRepository,
    private readonly window: BookingWindow,
    private readonly clock: Clock,
  ) {}

  async list(user: AuthUser, filter: ListSlotsQuery): Promise<SlotView[]> {
    const now = this.clock.now();
    const from = filter.from ? new Date(filter.from) : now;
    const to = filter.to ? new Date(filter.to) : new Date(from.getTime() + DEFAULT_WINDOW_MS);
    if (to <= from) {
      throw new DomainException(ErrorCode.ValidationFailed, 'to must be after from', {
        errors: [{ field: 'to', message: 'must be after from' }],
      });
    }
    const scope = this.scope(user);
    if (!scope) return [];
    const query: SlotQuery = { from, to, limit: MAX_SLOTS, ...scope };
    if (filter.municipalityId) {
      // A consultant filtering on another municipality simply sees nothing.
      if (user.role === Role.Consultant && filter.municipalityId !== user.municipalityId) return [];
      query.offeredTo = filter.municipalityId;
    }
    if (filter.available) query.bookableAfter = this.window.earliestBookableStart(now);
    const rows = await this.slots.list(query);
    return rows.map((row) => toSlotView(row, (startsAt) => this.window.closesAt(startsAt), now));
  }

  private scope(user: AuthUser): Partial<SlotQuery> | null {
    switch (user.role) {
      case Role.Consultant:
        return user.municipalityId ? { offeredTo: user.municipalityId } : null;
      case Role.Contact:
        return { contactId: user.id };
      case Role.Admin:
        return { regionId: user.regionId };
    }
  }
}
