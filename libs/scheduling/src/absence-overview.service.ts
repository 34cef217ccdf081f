import { Injectable } from '@nestjs/common';
import { AuthUser } from '@app/auth';
import { Clock } from '@app/common';
import { Role } from '@app/organisations';
import { absencePeriod } from './absence-period';
import { AbsenceListRow, AbsencesRepository, NamedRef } from './absences.repository';
import { sharedDeputy } from './absences.service';
import { AbsencePreviewDto } from './dto/absence-preview.dto';
import { SlotOwner } from './slot-owner';

export interface AbsencePreviewSession {
  slotId: string;
  startsAt: string;
  kind: string;
  municipalities: NamedRef[];
  /** Who booked the time; they are the ones who hear about the absence. */
  bookings: { bookedBy: string; municipality: string }[];
  outcome: 'moved' | 'cancelled';
  deputy: NamedRef | null;
}

export interface AbsencePreview {
  contactId: string;
  from: string;
  to: string;
  sessions: AbsencePreviewSession[];
  /** Contacts who serve the municipalities concerned: the deputies one may choose. */
  deputies: NamedRef[];
}

export interface AbsenceView {
  id: string;
  contact: NamedRef;
  from: string;
  to: string;
  reason: string | null;
  deputy: NamedRef | null;
  slotsMoved: number;
  slotsCancelled: number;
  createdAt: string;
  undoneAt: string | null;
  /** Set while the absence can still be undone (its messages have not gone out). */
  undoableUntil: string | null;
}

/** Read side of absences: what one would do (before registering it) and the list of absences. */
@Injectable()
export class AbsenceOverviewService {
  constructor(
    private readonly absences: AbsencesRepository,
    private readonly owner: SlotOwner,
    private readonly clock: Clock,
  ) {}

  async preview(user: AuthUser, dto: AbsencePreviewDto): Promise<AbsencePreview> {
    const period = absencePeriod(dto.from, dto.to);
    const contactId = await this.owner.resolveContact(user, dto.contactId);
    const slots = await this.absences.affectedSlots(contactId, period.start, period.end, this.clock.now());
    const deputyOf = (deputies: (string | null)[] | null) =>
      dto.deputyContactId ?? sharedDeputy(deputies, contactId);
    const municipalityIds = new Set(await this.absences.servedMunicipalityIds(contactId));
    for (const slot of slots)
      for (const municipality of slot.municipalities) municipalityIds.add(municipality.id);
    const deputies = await this.absences.servingContacts([...municipalityIds], user.regionId, contactId);
    const deputyIds = [...new Set(slots.map((slot) => deputyOf(slot.deputies)).filter((id) => id !== null))];
    const names = new Map(
      (deputyIds.length ? await this.absences.namesOf(deputyIds) : []).map((ref) => [ref.id, ref]),
    );
    return {
      contactId,
      from: dto.from,
      to: dto.to,
      sessions: slots.map((slot) => {
        const deputy = deputyOf(slot.deputies);
        return {
          slotId: slot.id,
          startsAt: slot.starts_at.toISOString(),
          kind: slot.kind,
          municipalities: slot.municipalities,
          bookings: slot.bookings.map(({ bookedBy, municipality }) => ({ bookedBy, municipality })),
          outcome: deputy ? 'moved' : 'cancelled',
          deputy: deputy ? (names.get(deputy) ?? { id: deputy, name: '' }) : null,
        };
      }),
      deputies,
    };
  }

  async list(user: AuthUser): Promise<AbsenceView[]> {
    const rows = await this.absences.list(user.regionId, user.role === Role.Admin ? undefined : user.id);
    const now = this.clock.now();
    return rows.map((row) => toAbsenceView(row, now));
  }
}

function toAbsenceView(row: AbsenceListRow, now: Date): AbsenceView {
  const undoable = !row.undone_at && row.undoable_until !== null && row.undoable_until > now;
  return {
    id: row.id,
    contact: { id: row.contact_id, name: row.contact_name },
    from: row.from_date,
    to: row.to_date,
    reason: row.reason,
    deputy: row.deputy_contact_id ? { id: row.deputy_contact_id, name: row.deputy_name ?? '' } : null,
    slotsMoved: row.slots_moved,
    slotsCancelled: row.slots_cancelled,
    createdAt: row.created_at.toISOString(),
    undoneAt: row.undone_at?.toISOString() ?? null,
    undoableUntil: undoable ? row.undoable_until!.toISOString() : null,
  };
}
