import { Injectable } from '@nestjs/common';
import { AuthUser } from '@app/auth';
import { Clock, DomainException, ErrorCode, Page, pageCursor } from '@app/common';
import { Role } from '@app/organisations';
import { BookingWindow } from './booking-window';
import { ListSlotsQuery } from './dto/list-slots.query';
import { toSlotView, SlotView } from './slot.view';
import { SlotQuery, SlotsRepository } from './slots.repository';

const DEFAULT_WINDOW_MS = 26 * 7 * 24 * 3600_000;
/** Slots per page unless the caller asks for another `limit`. */
export const DEFAULT_SLOT_PAGE = 50;

/**
 * Lists slots within the caller's scope: a consultant's municipality, a contact's own, an admin's
 * region — a page at a time, keyset-paginated on (starts_at, id) so a page costs the same however far
 * ahead slots are published, and a slot booked between two pages never shifts the next one.
 */
@Injectable()
export class SlotsService {
  constructor(
    private readonly slots: SlotsRepository,
    private readonly window: BookingWindow,
    private readonly clock: Clock,
  ) {}

  async list(user: AuthUser, filter: ListSlotsQuery): Promise<Page<SlotView>> {
    const now = this.clock.now();
    const from = filter.from ? new Date(filter.from) : now;
    const to = filter.to ? new Date(filter.to) : new Date(from.getTime() + DEFAULT_WINDOW_MS);
    if (to <= from) {
      throw new DomainException(ErrorCode.ValidationFailed, 'to must be after from', {
        errors: [{ field: 'to', message: 'must be after from' }],
      });
    }
    const after = filter.cursor ? decodeSlotCursor(filter.cursor) : undefined;
    const limit = filter.limit ?? DEFAULT_SLOT_PAGE;
    const empty = { items: [], nextCursor: null };
    const scope = this.scope(user);
    if (!scope) return empty;
    const query: SlotQuery = { from, to, limit: limit + 1, after, ...scope };
    if (filter.municipalityId) {
      // A consultant filtering on another municipality simply sees nothing.
      if (user.role === Role.Consultant && filter.municipalityId !== user.municipalityId) return empty;
      query.offeredTo = filter.municipalityId;
    }
    if (filter.available) query.bookableAfter = this.window.earliestBookableStart(now);
    // One row more than the page tells whether there is a next page.
    const rows = await this.slots.list(query);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map((row) => toSlotView(row, (startsAt) => this.window.closesAt(startsAt), now)),
      nextCursor:
        rows.length > limit && last
          ? pageCursor.encode({ t: new Date(last.starts_at).toISOString(), i: last.id })
          : null,
    };
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

function decodeSlotCursor(cursor: string): { at: Date; id: string } {
  const fields = pageCursor.decode(cursor, ['t', 'i']);
  return { at: pageCursor.instant(fields.t), id: pageCursor.id(fields.i) };
}
