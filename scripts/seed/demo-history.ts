import { addDays, copenhagenInstant, isWorkingDay, localDateOf } from '@app/scheduling';
import { HISTORY_VIDEO_URL, HistoryBookingRow, HistorySlotRow } from './demo-history.repository';

/** A generated booking with its question in clear: the seed encrypts it before anything is written. */
export type GeneratedBooking = Omit<HistoryBookingRow, 'questionEncrypted' | 'questionKeyId'> & {
  question: string;
};

/**
 * Two years of past sparring sessions for the demo, so statistics, charts, exports and the status
 * report show something to judge: per municipality a number of sessions a week that follows its
 * child population, with outcomes, ratings, cancellations (some late), no-shows and case summaries on
 * time or not. Deterministic: a seeded PRNG, ids included, so two runs on the same day give the same data.
 */
export interface HistoryMunicipality {
  id: string;
  code: string;
  population0to17: number;
  contactId: string;
  consultantId: string;
}

export interface HistoryInput {
  municipalities: HistoryMunicipality[];
  now: Date;
  slotDurationMs: number;
  /** The regular case-summary deadline of a session (product rule 5). */
  dueAt: (startsAt: Date) => Date;
  weeks?: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const TIMES = ['09:00', '10:00', '13:00', '14:00'];
/** Children 0–17 per weekly session: Aarhus (~69,000) gets about three sessions a week. */
const CHILDREN_PER_WEEKLY_SESSION = 25_000;

const TOPICS: [string, number][] = [
  ['anxiety', 18],
  ['adhd', 16],
  ['autism', 14],
  ['school_absence', 12],
  ['depression', 9],
  ['self_harm', 7],
  ['attachment', 6],
  ['trauma', 5],
  ['eating_disorder', 4],
  ['ocd', 4],
  ['psychosis', 1],
  ['other', 4],
];
const AGE_BANDS: [string, number][] = [
  ['0-5', 10],
  ['6-9', 28],
  ['10-13', 32],
  ['14-17', 27],
  ['18+', 3],
];
const RECOMMENDATIONS: [string, number][] = [
  ['continue_municipal', 45],
  ['refer_bup', 25],
  ['refer_private_specialist', 10],
  ['other', 10],
  ['none', 10],
];
const RATINGS: [number, number][] = [
  [5, 45],
  [4, 35],
  [3, 14],
  [2, 4],
  [1, 2],
];
const QUESTIONS = [
  'Hvordan skelner vi ADHD fra tilknytningsvanskeligheder hos en dreng i indskolingen?',
  'Hvilke tiltag i skolen kan hjælpe en pige med massivt skolefravær og angst?',
  'Hvornår bør vi henvise til BUP ved selvskade hos en teenager?',
  'Hvordan støtter vi forældrene, når barnet har tvangshandlinger omkring rengøring?',
  'Hvilken udredning giver mening ved mistanke om autisme hos en pige i udskolingen?',
  'Hvordan kan vi arbejde med søvn og rutiner hos et barn med uro og koncentrationsbesvær?',
  'Hvad skal vi være opmærksomme på ved begyndende spiseforstyrrelse?',
  'Hvordan reagerer vi på tristhed og tilbagetrækning efter et dødsfald i familien?',
];
const CANCEL_REASONS = ['Sygdom', 'Sagen er afsluttet', 'Familien er flyttet', 'Ny tid aftalt'];

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function generateHistory(input: HistoryInput): {
  slots: HistorySlotRow[];
  bookings: GeneratedBooking[];
} {
  const random = prng(20_240_601);
  const pick = <T>(weighted: [T, number][]): T => {
    const total = weighted.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = random() * total;
    for (const [value, weight] of weighted) if ((roll -= weight) < 0) return value;
    return weighted[weighted.length - 1]![0];
  };
  const uuid = (): string => {
    const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
    hex[12] = '4';
    hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  };

  const weeks = input.weeks ?? 104;
  const today = localDateOf(input.now);
  // The Monday `weeks` weeks ago, then week by week up to yesterday.
  const weekday = (new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7;
  const firstMonday = addDays(today, -weekday - 7 * weeks);
  const slots: HistorySlotRow[] = [];
  const bookings: GeneratedBooking[] = [];
  const taken = new Set<string>();

  for (let week = 0; week < weeks + 1; week++) {
    const monday = addDays(firstMonday, 7 * week);
    for (const m of input.municipalities) {
      const rate = m.population0to17 / CHILDREN_PER_WEEKLY_SESSION;
      const count = Math.floor(rate) + (random() < rate - Math.floor(rate) ? 1 : 0);
      for (let n = 0; n < count; n++) {
        const date = addDays(monday, Math.floor(random() * 5));
        const drawn = Math.floor(random() * TIMES.length);
        if (!isWorkingDay(date)) continue;
        // A contact holds one session at a time (the database refuses overlapping slots): when the
        // drawn time is taken, the day's next free time; a full day offers nothing more.
        const time = [...TIMES.slice(drawn), ...TIMES.slice(0, drawn)].find(
          (candidate) => !taken.has(`${m.contactId} ${date} ${candidate}`),
        );
        if (!time) continue;
        taken.add(`${m.contactId} ${date} ${time}`);
        const startsAt = copenhagenInstant(date, time);
        const endsAt = new Date(startsAt.getTime() + input.slotDurationMs);
        if (endsAt >= input.now) continue;
        const slotId = uuid();
        slots.push({
          id: slotId,
          contactId: m.contactId,
          municipalityId: m.id,
          startsAt,
          endsAt,
          videoUrl: `${HISTORY_VIDEO_URL}${m.code}`,
          createdAt: new Date(startsAt.getTime() - 42 * DAY),
        });
        if (random() < 0.12) continue; // offered, never booked

        const createdAt = new Date(startsAt.getTime() - (2 + Math.floor(random() * 26)) * DAY - 3 * HOUR);
        const regularDue = input.dueAt(startsAt);
        const dueAt = regularDue > createdAt ? regularDue : createdAt;
        const booking: GeneratedBooking = {
          id: uuid(),
          slotId,
          municipalityId: m.id,
          consultantId: m.consultantId,
          status: 'held',
          topic: pick(TOPICS),
          step: pick([
            [1, 10],
            [2, 60],
            [3, 25],
            [4, 5],
          ]),
          childAgeBand: pick(AGE_BANDS),
          question: QUESTIONS[Math.floor(random() * QUESTIONS.length)]!,
          caseSummaryDueAt: dueAt,
          caseSummarySubmittedAt: null,
          cancelledAt: null,
          cancelledById: null,
          cancelReason: null,
          lateCancellation: false,
          createdAt,
          outcomeAttendance: null,
          outcomeRecommendation: null,
          outcomeGpParticipated: null,
          outcomeRecordedAt: null,
          ratingValue: null,
          ratedAt: null,
        };
        const roll = random();
        const recent = input.now.getTime() - startsAt.getTime() < 14 * DAY;
        if (roll < 0.13) {
          const byBup = random() < 0.3;
          const late = !byBup && random() < 0.4;
          booking.status = 'cancelled';
          booking.cancelledById = byBup ? m.contactId : m.consultantId;
          booking.cancelReason = CANCEL_REASONS[Math.floor(random() * CANCEL_REASONS.length)]!;
          booking.lateCancellation = late;
          const before = late ? (2 + random() * 18) * HOUR : (2 + random() * 5) * DAY;
          booking.cancelledAt = new Date(Math.max(createdAt.getTime() + HOUR, startsAt.getTime() - before));
        } else {
          const submitted = random() < 0.86;
          if (submitted) {
            const onTime = random() < 0.82;
            const at = onTime
              ? Math.max(createdAt.getTime() + HOUR, dueAt.getTime() - random() * 3 * DAY)
              : dueAt.getTime() + (1 + random() * 20) * HOUR;
            booking.caseSummarySubmittedAt = new Date(Math.min(at, startsAt.getTime() - HOUR));
          }
          if (recent && roll > 0.9) {
            booking.status = 'booked'; // the contact has not recorded the outcome yet
          } else if (roll < 0.2) {
            booking.status = 'no_show';
            booking.outcomeAttendance = 'no_show';
            booking.outcomeRecommendation = 'none';
            booking.outcomeGpParticipated = false;
            booking.outcomeRecordedAt = new Date(endsAt.getTime() + (1 + random() * 30) * HOUR);
          } else {
            booking.outcomeAttendance = 'held';
            booking.outcomeRecommendation = pick(RECOMMENDATIONS);
            booking.outcomeGpParticipated = random() < 0.22;
            booking.outcomeRecordedAt = new Date(endsAt.getTime() + (1 + random() * 30) * HOUR);
            if (random() < 0.6) {
              booking.ratingValue = pick(RATINGS);
              booking.ratedAt = new Date(booking.outcomeRecordedAt.getTime() + random() * 3 * DAY);
            }
          }
        }
        if (booking.outcomeRecordedAt && booking.outcomeRecordedAt > input.now) {
          // A session of the last day or so: its outcome is still to be recorded.
          Object.assign(booking, {
            status: 'booked',
            outcomeAttendance: null,
            outcomeRecommendation: null,
            outcomeGpParticipated: null,
            outcomeRecordedAt: null,
            ratingValue: null,
            ratedAt: null,
          });
        }
        if (booking.ratedAt && booking.ratedAt > input.now) booking.ratedAt = input.now;
        bookings.push(booking);
      }
    }
  }
  return { slots, bookings };
}
