import { EntityManager } from 'typeorm';

export const HISTORY_VIDEO_URL = 'https://video.sparring.test/historik/';

export interface HistorySlotRow {
  id: string;
  contactId: string;
  municipalityId: string;
  startsAt: Date;
  endsAt: Date;
  videoUrl: string;
  createdAt: Date;
}

export interface HistoryBookingRow {
  id: string;
  slotId: string;
  municipalityId: string;
  consultantId: string;
  status: 'booked' | 'cancelled' | 'held' | 'no_show';
  topic: string;
  step: number;
  childAgeBand: string;
  /** The question, already encrypted for this booking (ContentCipher, field `question`). */
  questionEncrypted: Buffer;
  questionKeyId: string;
  caseSummaryDueAt: Date;
  caseSummarySubmittedAt: Date | null;
  cancelledAt: Date | null;
  cancelledById: string | null;
  cancelReason: string | null;
  lateCancellation: boolean;
  createdAt: Date;
  outcomeAttendance: string | null;
  outcomeRecommendation: string | null;
  outcomeGpParticipated: boolean | null;
  outcomeRecordedAt: Date | null;
  ratingValue: number | null;
  ratedAt: Date | null;
}

/** Bulk writes of the demo history: one statement per table and chunk, not a round trip per row. */
export class DemoHistoryRepository {
  constructor(private readonly manager: EntityManager) {}

  async hasHistory(): Promise<boolean> {
    const [row] = await this.manager.query(
      `SELECT EXISTS (SELECT 1 FROM slots WHERE video_url LIKE $1) AS found`,
      [`${HISTORY_VIDEO_URL}%`],
    );
    return row.found;
  }

  async insertSlots(rows: HistorySlotRow[]): Promise<void> {
    for (const chunk of chunks(rows, 2000)) {
      await this.manager.query(
        `INSERT INTO slots (id, contact_id, kind, starts_at, ends_at, capacity, status, video_url, created_at)
         SELECT id, contact_id, 'sparring', starts_at, ends_at, 1, 'open', video_url, created_at
         FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[], $4::timestamptz[], $5::varchar[], $6::timestamptz[])
           AS t(id, contact_id, starts_at, ends_at, video_url, created_at)`,
        [
          chunk.map((r) => r.id),
          chunk.map((r) => r.contactId),
          chunk.map((r) => r.startsAt),
          chunk.map((r) => r.endsAt),
          chunk.map((r) => r.videoUrl),
          chunk.map((r) => r.createdAt),
        ],
      );
      await this.manager.query(
        `INSERT INTO slot_offers (slot_id, municipality_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`,
        [chunk.map((r) => r.id), chunk.map((r) => r.municipalityId)],
      );
    }
  }

  async insertBookings(rows: HistoryBookingRow[]): Promise<void> {
    for (const chunk of chunks(rows, 2000)) {
      const col = <K extends keyof HistoryBookingRow>(key: K) => chunk.map((r) => r[key]);
      await this.manager.query(
        `INSERT INTO bookings (id, slot_id, seat, municipality_id, consultant_id, status, topic, step, child_age_band,
           question_encrypted, question_key_id, case_summary_due_at, case_summary_submitted_at, cancelled_at,
           cancelled_by_id, cancel_reason, late_cancellation, created_at, updated_at, outcome_attendance,
           outcome_recommendation, outcome_gp_participated, outcome_recorded_at, rating_value, rated_at)
         SELECT id, slot_id, 1, municipality_id, consultant_id, status::booking_status, topic::booking_topic, step,
           child_age_band::child_age_band, question, key_id, due_at, submitted_at, cancelled_at, cancelled_by_id,
           cancel_reason, late, created_at, created_at, attendance::booking_attendance,
           recommendation::booking_recommendation, gp, recorded_at, rating, rated_at
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::smallint[],
           $8::text[], $9::bytea[], $10::text[], $11::timestamptz[], $12::timestamptz[], $13::timestamptz[],
           $14::uuid[], $15::varchar[], $16::boolean[], $17::timestamptz[], $18::text[], $19::text[], $20::boolean[],
           $21::timestamptz[], $22::smallint[], $23::timestamptz[])
           AS t(id, slot_id, municipality_id, consultant_id, status, topic, step, child_age_band, question, key_id, due_at,
             submitted_at, cancelled_at, cancelled_by_id, cancel_reason, late, created_at, attendance,
             recommendation, gp, recorded_at, rating, rated_at)`,
        [
          col('id'),
          col('slotId'),
          col('municipalityId'),
          col('consultantId'),
          col('status'),
          col('topic'),
          col('step'),
          col('childAgeBand'),
          col('questionEncrypted'),
          col('questionKeyId'),
          col('caseSummaryDueAt'),
          col('caseSummarySubmittedAt'),
          col('cancelledAt'),
          col('cancelledById'),
          col('cancelReason'),
          col('lateCancellation'),
          col('createdAt'),
          col('outcomeAttendance'),
          col('outcomeRecommendation'),
          col('outcomeGpParticipated'),
          col('outcomeRecordedAt'),
          col('ratingValue'),
          col('ratedAt'),
        ],
      );
    }
  }
}

function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
