import { SessionKind } from './entities/session-kind';
import { SlotStatus } from './entities/slot.entity';

/** A slot as the API shows it (shared/docs/api.md `slot`). */
export interface SlotView {
  id: string;
  seriesId: string | null;
  kind: SessionKind;
  startsAt: string;
  endsAt: string;
  contact: { id: string; name: string };
  municipalityIds: string[];
  capacity: number;
  bookedCount: number;
  available: boolean;
  status: SlotStatus;
  videoUrl: string | null;
}

/** One row of the slot list query. */
export interface SlotRow {
  id: string;
  series_id: string | null;
  kind: SessionKind;
  starts_at: Date;
  ends_at: Date;
  capacity: number;
  status: SlotStatus;
  video_url: string | null;
  contact_id: string;
  contact_name: string;
  municipality_ids: string[] | null;
  booked_count: string | number;
}

/** A slot is available when it is open, has a free place and has not passed its closing time. */
export function toSlotView(row: SlotRow, bookingClosesAt: (startsAt: Date) => Date, now: Date): SlotView {
  const bookedCount = Number(row.booked_count);
  return {
    id: row.id,
    seriesId: row.series_id,
    kind: row.kind,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    contact: { id: row.contact_id, name: row.contact_name },
    municipalityIds: row.municipality_ids ?? [],
    capacity: row.capacity,
    bookedCount,
    available:
      row.status === SlotStatus.Open && bookedCount < row.capacity && now < bookingClosesAt(row.starts_at),
    status: row.status,
    videoUrl: row.video_url,
  };
}
