import { QueryFailedError } from 'typeorm';
import { DomainException, ErrorCode } from '@app/common';
import { SLOT_OVERLAP_CONSTRAINT } from './entities/slot.entity';
import { formatDanish, localTimeOf } from './time';

/** PostgreSQL SQLSTATE for exclusion_violation. */
const EXCLUSION_VIOLATION = '23P01';

export interface ClashingSlot {
  id: string;
  startsAt: string;
  endsAt: string;
}

// PostgreSQL's detail names the existing row's key: (contact_id, tstzrange(starts_at, ends_at), id).
const EXISTING_KEY =
  /conflicts with existing key \(.*?\)=\([0-9a-f-]{36}, \["([^"]+)","([^"]+)"\), ([0-9a-f-]{36})\)/;

/** A timestamptz as PostgreSQL prints it ("2027-03-30 07:00:00+00") as an instant. */
function instantOf(text: string): Date {
  const iso = text.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00');
  return new Date(iso);
}

/** The slot the database said a new or moved slot overlaps; null for any other error. */
export function clashingSlotOf(error: unknown): ClashingSlot | null {
  if (!(error instanceof QueryFailedError)) return null;
  const driverError = error.driverError as { code?: string; constraint?: string; detail?: string };
  if (driverError.code !== EXCLUSION_VIOLATION || driverError.constraint !== SLOT_OVERLAP_CONSTRAINT)
    return null;
  const match = EXISTING_KEY.exec(driverError.detail ?? '');
  if (!match) return { id: '', startsAt: '', endsAt: '' };
  const [, starts, ends, id] = match;
  const startsAt = instantOf(starts);
  const endsAt = instantOf(ends);
  if (Number.isNaN(startsAt.getTime()) || Number.isNaN(endsAt.getTime()))
    return { id, startsAt: '', endsAt: '' };
  return { id, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() };
}

/**
 * The 409 for a slot that would overlap another live slot of the same contact, in Danish and naming
 * the clashing slot (its id and time) so the contact can find it. Null when the error is another one.
 */
export function slotClashProblem(error: unknown): DomainException | null {
  const clash = clashingSlotOf(error);
  if (!clash) return null;
  const when = clash.startsAt
    ? `${formatDanish(new Date(clash.startsAt))}–${localTimeOf(new Date(clash.endsAt)).replace(':', '.')}`
    : 'en anden tid';
  const detail = clash.id
    ? `Tiden overlapper kontaktpersonens tid ${when} (id ${clash.id}). Vælg et andet tidspunkt, eller aflys den anden tid først.`
    : 'Tiden overlapper en anden tid for samme kontaktperson. Vælg et andet tidspunkt.';
  return new DomainException(ErrorCode.Conflict, detail, {
    errors: [{ field: 'startsAt', message: `overlapper tiden ${when}` }],
    ...(clash.id ? { clashingSlot: clash } : {}),
  });
}
