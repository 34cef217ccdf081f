import { videoRoomUrl } from '@app/config';
import { Role } from '@app/organisations';
import { SlotView } from '@app/scheduling';
import { Attendance, BookingStatus, ChildAgeBand, Recommendation, Topic } from './entities/booking.enums';

/** One row of the booking queries (bookings joined with people and the slot's contact). */
export interface BookingRow {
  id: string;
  slot_id: string;
  status: BookingStatus;
  municipality_id: string;
  consultant_id: string;
  consultant_name: string;
  contact_id: string;
  contact_name: string;
  topic: Topic;
  step: number;
  child_age_band: ChildAgeBand;
  /** The question, encrypted (ContentCipher, field `question`); null once purged by retention. */
  question_encrypted: Buffer | null;
  question_key_id: string | null;
  gp_email: string | null;
  participant_emails: string[];
  case_summary_due_at: Date;
  case_summary_submitted_at: Date | null;
  created_at: Date;
  cancelled_at: Date | null;
  cancelled_by_id: string | null;
  cancelled_by_name: string | null;
  cancelled_by_role: Role | null;
  cancel_reason: string | null;
  late_cancellation: boolean;
  ics_sequence: number;
  starts_at: Date;
  ends_at: Date;
  session_starts_at: Date;
  rebooked_from_id: string | null;
  rebooked_as_id: string | null;
  /** The case_summaries row: whether one exists, and when and why its content went. */
  case_summary_stored: boolean;
  case_summary_purged_at: Date | null;
  case_summary_purge_reason: 'retention' | 'booking_cancelled' | 'carried_over' | null;
  outcome_attendance: Attendance | null;
  outcome_recommendation: Recommendation | null;
  outcome_gp_participated: boolean | null;
  outcome_note: string | null;
  outcome_recorded_at: Date | null;
  rating_value: number | null;
  rating_comment: string | null;
  rated_at: Date | null;
  /** Recipients whose latest mail about this booking the SMTP server refused. */
  undelivered_recipients: string[];
  /** The session's own video room id (see VIDEO_ROOM_URL_TEMPLATE). */
  video_room_id: string;
}

export interface OutcomeView {
  attendance: Attendance;
  /** Null for a session that was not held (no recommendation is asked then). */
  recommendation: Recommendation | null;
  /** False also when no GP was invited (the question is not asked then). */
  gpParticipated: boolean;
  /** Absent for admins. */
  note?: string | null;
  recordedAt: string;
}

export interface RatingView {
  value: number;
  comment: string | null;
  ratedAt: string;
}

/**
 * What happened to the booking's case summary, truthfully: `none` (never given, or the consultant
 * deleted it), `stored` (content held; `stateAt` = when retention deletes it), `kept-until` (BUP
 * cancelled the booking; the content is kept for a new booking until `stateAt`), `carried-over`
 * (moved to the new booking at `stateAt`), `deleted` (content deleted at `stateAt`).
 */
export type CaseSummaryState = 'none' | 'stored' | 'kept-until' | 'carried-over' | 'deleted';

export interface CaseSummaryStatusView {
  submitted: boolean;
  submittedAt: string | null;
  dueAt: string;
  /** Booked (or moved) after the regular deadline, so the summary was due at once. */
  dueImmediately: boolean;
  state: CaseSummaryState;
  stateAt: string | null;
}

/** Who looks: the question and the outcome note depend on the viewer's current role and the session's contact. */
export interface BookingViewer {
  id: string;
  role: Role;
}

/** A booking as the API shows it (shared/docs/api.md `booking`). */
export interface BookingView {
  id: string;
  status: BookingStatus;
  slot: SlotView;
  municipalityId: string;
  consultant: { id: string; name: string };
  contact: { id: string; name: string };
  topic: Topic;
  step: number;
  childAgeBand: ChildAgeBand;
  /**
   * Only for the municipality's consultants and the contact holding the session (admins and other
   * contacts never read the free-text question); absent too once retention emptied it.
   */
  question?: string;
  gpEmail: string | null;
  participantEmails: string[];
  /**
   * The session's video link: its own room (VIDEO_ROOM_URL_TEMPLATE with the booking's random room
   * id) or, without a template, the slot's link; the invite's LOCATION.
   */
  videoUrl: string | null;
  /** Addresses the mail server refused (their latest mail about this booking failed for good). */
  undeliveredRecipients: string[];
  caseSummary: CaseSummaryStatusView;
  outcome: OutcomeView | null;
  rating: RatingView | null;
  createdAt: string;
  cancelledAt: string | null;
  cancelledBy: { id: string; name: string } | null;
  cancelReason: string | null;
  lateCancellation: boolean;
  icsSequence: number;
  /** The BUP-cancelled booking this one replaces ("book a new time with the same details"). */
  rebookedFromId: string | null;
  /** The booking that replaced this cancelled one. */
  rebookedAsId: string | null;
  /** Whether the viewer may book a new time with the same details (`POST /bookings/:id/rebook`). */
  canRebook: boolean;
}

/** Whether the viewer may read the booking's case content (question, outcome note). */
export function readsCaseContent(row: Pick<BookingRow, 'contact_id'>, viewer: BookingViewer): boolean {
  if (viewer.role === Role.Consultant) return true; // the booking scope already limits them to their municipality
  if (viewer.role === Role.Contact) return row.contact_id === viewer.id;
  return false;
}

/** A cancellation by BUP: anyone but a municipal consultant (the contact, an admin, a slot or an absence). */
export const cancelledByBup = (row: BookingRow): boolean =>
  row.status === BookingStatus.Cancelled && row.cancelled_by_role !== Role.Consultant;

function caseSummaryState(
  row: BookingRow,
  retentionMs: number,
): Pick<CaseSummaryStatusView, 'state' | 'stateAt'> {
  if (!row.case_summary_stored) return { state: 'none', stateAt: null };
  if (row.case_summary_purged_at) {
    return {
      state: row.case_summary_purge_reason === 'carried_over' ? 'carried-over' : 'deleted',
      stateAt: row.case_summary_purged_at.toISOString(),
    };
  }
  const deletedBy = new Date(row.ends_at.getTime() + retentionMs).toISOString();
  return { state: cancelledByBup(row) ? 'kept-until' : 'stored', stateAt: deletedBy };
}

export function toBookingView(
  row: BookingRow,
  slot: SlotView,
  viewer: BookingViewer & { caseSummaryRetentionMs: number; videoRoomUrlTemplate?: string | null },
  question: string | null,
  deadline: { dueImmediately: boolean },
): BookingView {
  const view: BookingView = {
    id: row.id,
    status: row.status,
    slot,
    municipalityId: row.municipality_id,
    consultant: { id: row.consultant_id, name: row.consultant_name },
    contact: { id: row.contact_id, name: row.contact_name },
    topic: row.topic,
    step: row.step,
    childAgeBand: row.child_age_band,
    ...(question !== null ? { question } : {}),
    gpEmail: row.gp_email,
    participantEmails: row.participant_emails,
    videoUrl: videoRoomUrl(
      { videoRoomUrlTemplate: viewer.videoRoomUrlTemplate ?? null },
      row.video_room_id,
      slot.videoUrl,
    ),
    undeliveredRecipients: row.undelivered_recipients ?? [],
    caseSummary: {
      submitted: row.case_summary_submitted_at !== null,
      submittedAt: row.case_summary_submitted_at?.toISOString() ?? null,
      dueAt: row.case_summary_due_at.toISOString(),
      dueImmediately: deadline.dueImmediately,
      ...caseSummaryState(row, viewer.caseSummaryRetentionMs),
    },
    outcome:
      row.outcome_attendance && row.outcome_recorded_at
        ? {
            attendance: row.outcome_attendance,
            recommendation: row.outcome_recommendation,
            gpParticipated: row.outcome_gp_participated ?? false,
            note: row.outcome_note,
            recordedAt: row.outcome_recorded_at.toISOString(),
          }
        : null,
    rating:
      row.rating_value !== null && row.rated_at
        ? { value: row.rating_value, comment: row.rating_comment, ratedAt: row.rated_at.toISOString() }
        : null,
    createdAt: row.created_at.toISOString(),
    cancelledAt: row.cancelled_at?.toISOString() ?? null,
    cancelledBy: row.cancelled_by_id ? { id: row.cancelled_by_id, name: row.cancelled_by_name ?? '' } : null,
    cancelReason: row.cancel_reason,
    lateCancellation: row.late_cancellation,
    icsSequence: row.ics_sequence,
    rebookedFromId: row.rebooked_from_id,
    rebookedAsId: row.rebooked_as_id,
    // Only while the question is kept: after retention there are no details left to carry over.
    canRebook:
      viewer.id === row.consultant_id &&
      cancelledByBup(row) &&
      row.rebooked_as_id === null &&
      row.question_encrypted !== null,
  };
  if (!readsCaseContent(row, viewer)) {
    delete view.question;
    if (view.outcome) delete view.outcome.note;
  }
  return view;
}

/** A copy of a booking view without the free texts that are case content (what a stored replay keeps). */
export function withoutCaseContent(view: BookingView): BookingView {
  const copy: BookingView = { ...view, outcome: view.outcome ? { ...view.outcome } : null };
  delete copy.question;
  if (copy.outcome) delete copy.outcome.note;
  return copy;
}
