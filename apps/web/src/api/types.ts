// Shapes of the HTTP contract (docs/api.md). The `Schemas[...]` names are the api's own types,
// generated from its OpenAPI document into ./schema.d.ts (`npm run api:types`, checked in CI). The
// interfaces still written here are answers the api does not yet declare for Swagger (an
// `@ApiOkResponse({ type })` with a response class): declare it there, regenerate, and alias it here.
import type { components } from './schema';

type Schemas = components['schemas'];

/**
 * Every value of a contract enum, in display order: compiles only while the list holds exactly the
 * values the api accepts.
 */
const allOf =
  <T extends string>() =>
  <const L extends readonly T[]>(
    list: L & ([Exclude<T, L[number]>] extends [never] ? unknown : { missing: Exclude<T, L[number]> }),
  ): L =>
    list;

export type Role = Schemas['Role'];

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  municipalityId: string | null;
  profession: string | null;
  active?: boolean;
  deactivatedAt?: string | null;
  /** From GET /auth/me: how this session was signed in. */
  amr?: string[];
  mfa?: boolean;
  mfaEnabled?: boolean;
  /** An admin's session without a second factor: only enrolment works until it is done. */
  mfaEnrolmentRequired?: boolean;
}

export type LoginResponse = Schemas['LoginResponse'];

/** POST /auth/login for an account with an authenticator: a code is due next. */
export type MfaChallenge = Schemas['MfaChallengeResponse'];

export type TotpEnrolment = Schemas['TotpEnrolmentResponse'];

/** `GET /config`: public settings of the platform. */
export interface PublicConfig {
  /** BUP's acute service; null when the platform has none configured. */
  acutePhone: string | null;
}

export type AuthConfig = Schemas['AuthConfigResponse'];

/** An identity provider as the admin API shows it (never its secret). */
export type IdentityProvider = Schemas['IdentityProviderResponse'];

export type IdentityProviderKind = Schemas['IdentityProviderKind'];
export type CreateIdentityProvider = Schemas['CreateIdentityProviderDto'];

/** `POST /auth/discover`: where an e-mail address signs in (by its domain only). */
export type HomeRealm = Schemas['HomeRealmResponse'];

export interface Region {
  id: string;
  name: string;
}

export interface Cluster {
  id: string;
  name: string;
  regionId?: string;
}

export type Municipality = Schemas['MunicipalityResponse'];

export type SessionKind = Schemas['SessionKind'];

export type PersonRef = Schemas['PersonRefResponse'];

export type Slot = Schemas['SlotResponse'];

/** A series; `slotsCreated` only in the answer to creating it (`CreatedSlotSeriesResponse`). */
export type SlotSeries = Schemas['SlotSeriesResponse'] & { slotsCreated?: number };

export interface CreateOneOffSlot {
  kind: SessionKind;
  municipalityIds: string[];
  startsAt: string;
  capacity?: number;
}

/** The 409 for a slot that would overlap another of the contact's slots. */
export interface ClashingSlot {
  id: string;
  startsAt: string;
  endsAt: string;
}

export type CreateSlotSeries = Schemas['CreateSlotSeriesDto'];

export type Topic = Schemas['Topic'];
export const TOPICS = allOf<Topic>()([
  'anxiety',
  'depression',
  'adhd',
  'autism',
  'eating_disorder',
  'self_harm',
  'school_absence',
  'ocd',
  'psychosis',
  'trauma',
  'attachment',
  'other',
]);

export type AgeBand = Schemas['ChildAgeBand'];
export const AGE_BANDS = allOf<AgeBand>()(['0-5', '6-9', '10-13', '14-17', '18+']);

export type BookingStatus = Schemas['BookingStatus'];

export type Attendance = Schemas['Attendance'];
export const ATTENDANCES = allOf<Attendance>()(['held', 'no_show', 'cancelled_late']);

export type Recommendation = Schemas['Recommendation'];
export const RECOMMENDATIONS = allOf<Recommendation>()([
  'continue_municipal',
  'refer_bup',
  'refer_private_specialist',
  'other',
  'none',
]);

export type Outcome = Schemas['OutcomeResponse'];
export type RecordOutcome = Schemas['RecordOutcomeDto'];

export type Booking = Schemas['BookingResponse'];

export type CreateBooking = Schemas['CreateBookingDto'];

export interface Screening {
  instrument: string;
  informant?: string;
  score: number;
  subscales?: Record<string, number>;
  date?: string;
}

export interface CaseSummary {
  bookingId: string;
  submittedAt: string;
  fileName: string | null;
  screenings: Screening[];
  text: string | null;
}

export type FindingType = Schemas['FindingType'];
export const FINDING_TYPES = allOf<FindingType>()([
  'cpr',
  'name',
  'address',
  'postcode',
  'phone',
  'email',
  'birthdate',
  'institution',
  'place',
  'handle',
  'plate',
  'case_number',
  'other',
]);

export type FindingSource = Schemas['FindingSource'];

/** The part of an uploaded document a file finding is in (its offsets are into that part's text). */
export type DocumentPart = Schemas['DocumentPart'];

/** One identifying hit; in a 422 NOT_ANONYMOUS also where it is (`source`, `field`, `part`). */
export type Finding = Schemas['FindingResponse'];

/** Findings whose offsets point into the typed text. */
export function isInText(finding: Finding): boolean {
  return finding.source === undefined || finding.source === 'text';
}

export type AnonymisationResult = Schemas['AnonymisationResultResponse'];

export type StatsGroup = Schemas['StatsGroupBy'];
export const STATS_GROUPS = allOf<StatsGroup>()(['municipality', 'cluster', 'contact', 'topic', 'month']);

export interface UsageRow {
  key: string;
  label: string;
  slotsOffered: number | null;
  bookings: number | null;
  held: number | null;
  noShow: number | null;
  cancelled: number | null;
  cancelledByConsultant: number | null;
  cancelledByBup: number | null;
  lateCancelled: number | null;
  utilisation: number | null;
  medianLeadTimeDays: number | null;
  summariesOnTime: number | null;
  withScreening: number | null;
  gpParticipated: number | null;
  referredBup: number | null;
  sessionsPer1000Children: number | null;
}

export interface UsageStats {
  from: string;
  to: string;
  groupBy: StatsGroup;
  rows: UsageRow[];
  totals: Partial<UsageRow>;
}

export type ReportStatus = 'queued' | 'running' | 'done' | 'failed';

export interface StatusReport {
  id: string;
  status: ReportStatus;
  from: string;
  to: string;
  createdAt: string;
  finishedAt: string | null;
}

export interface AuditEvent {
  id: string;
  occurredAt: string;
  /** The person who acted; null when the platform itself did. */
  actor: { id: string; name: string | null; role: Role | null } | null;
  subject?: { type: string; id: string | null } | null;
  action: string;
  bookingId: string | null;
  details?: unknown;
}

export type AbsenceResult = Schemas['AbsenceResultResponse'];
export type NamedRef = Schemas['NamedRefResponse'];
export type AbsencePreviewSession = Schemas['AbsencePreviewSessionResponse'];
export type AbsencePreview = Schemas['AbsencePreviewResponse'];
export type Absence = Schemas['AbsenceResponse'];
export type SeriesPreviewDate = Schemas['SeriesPreviewDateResponse'];
export type SeriesChangeRequest = Schemas['ChangeSlotSeriesDto'];
export type SeriesChange = Schemas['SeriesChangeResponse'];

export type FieldError = Schemas['FieldErrorResponse'];

/** The error answer (problem+json) of every route. */
export type Problem = Schemas['ProblemResponse'];

/** Every action the audit log records (libs/audit/src/audit-action.ts). */
export const AUDIT_ACTIONS = [
  'login.succeeded',
  'login.failed',
  'login.locked',
  'logout',
  'session.refresh_reused',
  'mfa.enabled',
  'mfa.recovery_code_used',
  'mfa.reset',
  'password.reset_requested',
  'password.set',
  'password.link_refused',
  'booking.created',
  'booking.cancelled',
  'booking.rescheduled',
  'booking.outcome_recorded',
  'booking.rated',
  'case_summary.written',
  'case_summary.read',
  'case_summary.downloaded',
  'case_summary.deleted',
  'slot.cancelled',
  'slot_series.created',
  'slot_series.ended',
  'slot_series.changed',
  'absence.registered',
  'absence.undone',
  'booking.video_room_changed',
  'user.created',
  'user.updated',
  'user.invited',
  'user.password_reset_sent',
  'user.deactivated',
  'municipality.contact_assigned',
  'municipality.population_updated',
  'export.produced',
  'report.produced',
  'identity_provider.registered',
  'identity_provider.updated',
  'identity_provider.removed',
  'sso.logout',
] as const;

export type AuditActionCode = (typeof AUDIT_ACTIONS)[number];
