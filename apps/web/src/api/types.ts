// Shapes of the HTTP contract (docs/api.md). Only what the web app reads is typed strictly.

export type Role = 'consultant' | 'contact' | 'admin';

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

export interface LoginResponse {
  accessToken: string;
  expiresIn: number;
  refreshToken?: string;
  user: User;
  mfaEnrolmentRequired?: boolean;
}

/** POST /auth/login for an account with an authenticator: a code is due next. */
export interface MfaChallenge {
  mfaRequired: true;
  mfaToken: string;
  expiresIn: number;
}

export interface TotpEnrolment {
  secret: string;
  otpauthUri: string;
  qrCode: string;
}

/** `GET /config`: public settings of the platform. */
export interface PublicConfig {
  /** BUP's acute service; null when the platform has none configured. */
  acutePhone: string | null;
}

export interface AuthConfig {
  sso: boolean;
  localLogin: boolean;
  /** Identity providers are registered per organisation: ask for the e-mail first. */
  discovery?: boolean;
}

/** An identity provider as the admin API shows it (never its secret). */
export interface IdentityProvider {
  id: string;
  name: string;
  kind: 'saml' | 'oidc';
  municipalityIds: string[];
  emailDomains: string[];
  localLoginAllowed: boolean;
  active: boolean;
  entityId: string;
  metadataUrl: string | null;
  hasClientSecret: boolean;
}

export interface CreateIdentityProvider {
  name: string;
  kind: 'saml' | 'oidc';
  municipalityIds: string[];
  emailDomains: string[];
  localLoginAllowed: boolean;
  metadataUrl?: string;
  metadataXml?: string;
  issuer?: string;
  clientId?: string;
  clientSecret?: string;
}

/** `POST /auth/discover`: where an e-mail address signs in (by its domain only). */
export interface HomeRealm {
  providers: { id: string; name: string; kind: 'saml' | 'oidc'; loginUrl: string }[];
  localLogin: boolean;
}

export interface Region {
  id: string;
  name: string;
}

export interface Cluster {
  id: string;
  name: string;
  regionId?: string;
}

export interface Municipality {
  id: string;
  name: string;
  code: string;
  clusterId: string;
  regionId: string;
  population0to17: number | null;
  contactId: string | null;
  deputyContactId: string | null;
}

export type SessionKind = 'sparring' | 'supervision' | 'teaching';

export interface PersonRef {
  id: string;
  name: string;
}

export interface Slot {
  id: string;
  seriesId: string | null;
  kind: SessionKind;
  startsAt: string;
  endsAt: string;
  contact: PersonRef;
  municipalityIds: string[];
  capacity: number;
  bookedCount: number;
  available: boolean;
  status: 'open' | 'cancelled';
  videoUrl: string | null;
}

export interface SlotSeries {
  id: string;
  contactId?: string;
  kind: SessionKind;
  municipalityIds: string[];
  weekday: number;
  startTime: string;
  intervalWeeks: number;
  startsOn: string;
  endsOn?: string | null;
  capacity?: number;
  videoUrl?: string | null;
  includePublicHolidays?: boolean;
  slotsCreated?: number;
  endedAt?: string | null;
}

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

export interface CreateSlotSeries {
  kind: SessionKind;
  municipalityIds: string[];
  weekday: number;
  startTime: string;
  intervalWeeks: number;
  startsOn: string;
  endsOn?: string;
  capacity?: number;
  videoUrl?: string;
  includePublicHolidays?: boolean;
}

export const TOPICS = [
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
] as const;
export type Topic = (typeof TOPICS)[number];

export const AGE_BANDS = ['0-5', '6-9', '10-13', '14-17', '18+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export type BookingStatus = 'booked' | 'cancelled' | 'held' | 'no_show';

export const ATTENDANCES = ['held', 'no_show', 'cancelled_late'] as const;
export type Attendance = (typeof ATTENDANCES)[number];

export const RECOMMENDATIONS = [
  'continue_municipal',
  'refer_bup',
  'refer_private_specialist',
  'other',
  'none',
] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

export interface Outcome {
  attendance: Attendance;
  /** Null when the session was not held. */
  recommendation: Recommendation | null;
  gpParticipated: boolean;
  note?: string | null;
  recordedAt?: string;
  /** Older shape; the API now sends the rating on the booking itself. */
  rating?: number | null;
}

export interface Booking {
  id: string;
  status: BookingStatus;
  slot: Slot;
  municipalityId: string;
  consultant: PersonRef;
  contact: PersonRef;
  topic: Topic;
  step: number;
  childAgeBand: AgeBand;
  question?: string;
  gpEmail: string | null;
  participantEmails: string[];
  /** The session's own video room (the invite's location). */
  videoUrl?: string | null;
  /** Addresses the mail server refused. */
  undeliveredRecipients?: string[];
  caseSummary: {
    submitted: boolean;
    submittedAt: string | null;
    dueAt: string;
    /** Booked after the regular deadline (2 working days before), so due at once. */
    dueImmediately: boolean;
    /** What happened to the summary; `stateAt` is the date that goes with it. */
    state?: 'none' | 'stored' | 'kept-until' | 'carried-over' | 'deleted';
    stateAt?: string | null;
  };
  outcome: Outcome | null;
  rating?: { value: number; comment?: string | null; ratedAt?: string } | number | null;
  createdAt: string;
  cancelledAt: string | null;
  cancelledBy: PersonRef | string | null;
  cancelReason: string | null;
  /** Cancelled by the consultant after the closing time. */
  lateCancellation?: boolean;
  icsSequence: number;
  rebookedFromId?: string | null;
  rebookedAsId?: string | null;
  /** BUP cancelled it and the viewer may book a new time with the same details. */
  canRebook?: boolean;
}

export interface CreateBooking {
  slotId: string;
  topic: Topic;
  step: number;
  childAgeBand: AgeBand;
  question: string;
  gpEmail?: string;
  participantEmails?: string[];
}

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

export const FINDING_TYPES = [
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
] as const;
export type FindingType = (typeof FINDING_TYPES)[number];

export type FindingSource = 'text' | 'file' | 'screenings';

/** The part of an uploaded document a file finding is in (its offsets are into that part's text). */
export type DocumentPart =
  | 'body'
  | 'header'
  | 'footer'
  | 'footnote'
  | 'endnote'
  | 'comment'
  | 'insertion'
  | 'deletion'
  | 'text-box'
  | 'link'
  | 'properties'
  | 'other'
  | 'pdf-info'
  | 'xmp'
  | 'annotation'
  | 'form-field'
  | 'outline';

export interface Finding {
  type: FindingType;
  start: number;
  end: number;
  excerpt: string;
  /** A neutral Danish rewrite of the hit (`barnet`, `[telefonnummer fjernet]`), when the API offers one. */
  suggestion?: string;
  /** Where the hit is (422 NOT_ANONYMOUS only): offsets are into that source. */
  source?: FindingSource;
  /** Which request field the hit is in: `question`, `reason`, `note`, `comment`, `screenings.0.informant` … */
  field?: string;
  /** For a file: which part of the document. */
  part?: DocumentPart;
}

/** Findings whose offsets point into the typed text. */
export function isInText(finding: Finding): boolean {
  return finding.source === undefined || finding.source === 'text';
}

export interface AnonymisationResult {
  anonymous: boolean;
  findings: Finding[];
}

export const STATS_GROUPS = ['municipality', 'cluster', 'contact', 'topic', 'month'] as const;
export type StatsGroup = (typeof STATS_GROUPS)[number];

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

export interface AbsenceResult {
  id: string;
  slotsMoved: number;
  slotsCancelled: number;
  undoableUntil: string;
}

export interface NamedRef {
  id: string;
  name: string;
}

export interface AbsencePreviewSession {
  slotId: string;
  startsAt: string;
  kind: SessionKind;
  municipalities: NamedRef[];
  bookings: { bookedBy: string; municipality: string }[];
  outcome: 'moved' | 'cancelled';
  deputy: NamedRef | null;
}

export interface AbsencePreview {
  contactId: string;
  from: string;
  to: string;
  sessions: AbsencePreviewSession[];
  deputies: NamedRef[];
}

export interface Absence {
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
  undoableUntil: string | null;
}

export interface SeriesPreviewDate {
  date: string;
  startsAt: string;
  skipped: { reason: 'public_holiday' | 'closing_day'; name: string } | null;
}

export interface SeriesChangeRequest {
  startTime?: string;
  intervalWeeks?: number;
  endsOn?: string | null;
  dryRun?: boolean;
}

export interface SeriesChange {
  series: SlotSeries;
  dryRun: boolean;
  slotsRemoved: number;
  slotsCreated: number;
  bookedKept: { slotId: string; startsAt: string; bookedBy: string[] }[];
}

export interface FieldError {
  field: string;
  message: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  code?: string;
  errors?: FieldError[];
  findings?: Finding[];
  /** Sign-in lock-out: when the address may try again from here. */
  lockedUntil?: string;
  mfaEnrolmentRequired?: boolean;
  /** A slot refused for overlapping another of the contact's slots: the one it overlaps. */
  clashingSlot?: ClashingSlot;
}

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
