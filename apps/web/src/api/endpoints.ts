import { downloadFile, request, requestAllPages, requestPage, type Page } from './client';
import type {
  Absence,
  AbsencePreview,
  AbsenceResult,
  AuthConfig,
  AnonymisationResult,
  AuditEvent,
  Booking,
  BookingStatus,
  CaseSummary,
  Cluster,
  CreateBooking,
  CreateOneOffSlot,
  CreateSlotSeries,
  HomeRealm,
  IdentityProvider,
  CreateIdentityProvider,
  LoginResponse,
  MfaChallenge,
  Municipality,
  PublicConfig,
  RecordOutcome,
  Role,
  Screening,
  Slot,
  SeriesChange,
  SeriesChangeRequest,
  SeriesPreviewDate,
  SlotSeries,
  StatsGroup,
  StatusReport,
  TotpEnrolment,
  UsageStats,
  User,
} from './types';

// One function per contract endpoint the web app uses; paths are relative to /api/v1.

export const authApi = {
  login: (email: string, password: string) =>
    request<LoginResponse | MfaChallenge>('POST', '/auth/login', { body: { email, password } }),
  loginMfa: (mfaToken: string, proof: { code: string } | { recoveryCode: string }) =>
    request<LoginResponse>('POST', '/auth/login/mfa', { body: { mfaToken, ...proof } }),
  forgotPassword: (email: string) => request<void>('POST', '/auth/password/forgot', { body: { email } }),
  setPassword: (token: string, password: string) =>
    request<void>('POST', '/auth/password', { body: { token, password } }),
  mfaStatus: () => request<{ enabled: boolean; recoveryCodesLeft: number }>('GET', '/auth/mfa'),
  startTotp: () => request<TotpEnrolment>('POST', '/auth/mfa/totp'),
  confirmTotp: (code: string) =>
    request<{ recoveryCodes: string[] }>('POST', '/auth/mfa/totp/confirm', { body: { code } }),
  me: () => request<User>('GET', '/auth/me'),
  config: () => request<AuthConfig>('GET', '/auth/config'),
  discover: (email: string) => request<HomeRealm>('POST', '/auth/discover', { body: { email } }),
  logout: () => request<void>('POST', '/auth/logout'),
};

export const identityProviderApi = {
  list: () => request<IdentityProvider[]>('GET', '/identity-providers'),
  create: (body: CreateIdentityProvider) =>
    request<IdentityProvider>('POST', '/identity-providers', { body }),
  remove: (id: string) => request<void>('DELETE', `/identity-providers/${id}`),
};

export const organisationApi = {
  clusters: () => request<Cluster[]>('GET', '/clusters'),
  municipalities: () => request<Municipality[]>('GET', '/municipalities'),
  setContact: (municipalityId: string, contactId: string, deputyContactId: string | null) =>
    request<Municipality>('PUT', `/municipalities/${municipalityId}/contact`, {
      body: deputyContactId ? { contactId, deputyContactId } : { contactId },
    }),
  setPopulation: (municipalityId: string, population0to17: number) =>
    request<Municipality>('PATCH', `/municipalities/${municipalityId}`, { body: { population0to17 } }),
};

export interface CreateUser {
  email: string;
  name: string;
  role: Role;
  municipalityId?: string;
  profession?: string;
}

export const userApi = {
  /** One page of users by name; `q` searches name and e-mail on the server. */
  page: (
    filter: { role?: Role; municipalityId?: string; q?: string },
    page: { limit: number; cursor?: string | null },
    signal?: AbortSignal,
  ) => requestPage<User>('/users', { query: { ...filter, ...page }, signal }),
  /** Every user matching the filter (a region has a few hundred at most). */
  list: (filter: { role?: Role; municipalityId?: string } = {}, signal?: AbortSignal) =>
    requestAllPages<User>('/users', { query: { ...filter }, signal }),
  create: (user: CreateUser) => request<User>('POST', '/users', { body: user }),
  deactivate: (userId: string) => request<User>('POST', `/users/${userId}/deactivate`),
  sendPasswordReset: (userId: string) => request<void>('POST', `/users/${userId}/password-reset`),
  resetMfa: (userId: string) => request<void>('POST', `/users/${userId}/mfa-reset`),
};

export interface SlotQuery {
  from: string;
  to: string;
  available?: boolean;
  municipalityId?: string;
}

export const configApi = {
  get: (signal?: AbortSignal) => request<PublicConfig>('GET', '/config', { signal }),
};

export const slotApi = {
  /** All slots of a bounded period (the API pages them; every page is fetched). */
  list: (query: SlotQuery, signal?: AbortSignal) =>
    requestAllPages<Slot>('/slots', {
      query: { ...query, available: query.available ? 'true' : undefined },
      signal,
    }),
  createOneOff: (slot: CreateOneOffSlot) => request<Slot>('POST', '/slots', { body: slot }),
  /**
   * The first `count` free slots from `from` on (default now), soonest first, following the cursor
   * past pages whose slots are all taken meanwhile. Without `to` the API looks 26 weeks ahead.
   */
  nextFree: async (
    query: { from?: string; count?: number; exclude?: (slot: Slot) => boolean },
    signal?: AbortSignal,
  ): Promise<Slot[]> => {
    const count = query.count ?? 1;
    const found: Slot[] = [];
    let cursor: string | null = null;
    do {
      const page: Page<Slot> = await requestPage<Slot>('/slots', {
        query: { from: query.from, available: 'true', limit: Math.max(count, 10), cursor },
        signal,
      });
      found.push(
        ...page.items.filter(
          (slot) => slot.available && slot.status === 'open' && !(query.exclude?.(slot) ?? false),
        ),
      );
      cursor = page.nextCursor;
    } while (cursor && found.length < count);
    return found.slice(0, count);
  },
  cancel: (slotId: string, reason: string) =>
    request<Slot>('POST', `/slots/${slotId}/cancel`, { body: { reason } }),
  listSeries: () => request<SlotSeries[]>('GET', '/slot-series'),
  createSeries: (series: CreateSlotSeries) => request<SlotSeries>('POST', '/slot-series', { body: series }),
  endSeries: (seriesId: string) => request<unknown>('DELETE', `/slot-series/${seriesId}`),
  previewSeries: (series: CreateSlotSeries) =>
    request<{ dates: SeriesPreviewDate[] }>('POST', '/slot-series/preview', { body: series }),
  changeSeries: (seriesId: string, change: SeriesChangeRequest) =>
    request<SeriesChange>('PATCH', `/slot-series/${seriesId}`, { body: change }),
  registerAbsence: (absence: { from: string; to: string; reason?: string; deputyContactId?: string }) =>
    request<AbsenceResult>('POST', '/absences', { body: absence }),
  previewAbsence: (absence: { from: string; to: string; deputyContactId?: string }) =>
    request<AbsencePreview>('POST', '/absences/preview', { body: absence }),
  listAbsences: () => request<Absence[]>('GET', '/absences'),
  undoAbsence: (absenceId: string) =>
    request<{ id: string; slotsRestored: number }>('DELETE', `/absences/${absenceId}`),
};

export interface BookingQuery {
  from?: string;
  to?: string;
  status?: BookingStatus;
  municipalityId?: string;
}

export const bookingApi = {
  /** One page: upcoming sessions first (soonest first), then past ones (latest first). */
  page: (query: BookingQuery & { cursor?: string | null; limit?: number } = {}, signal?: AbortSignal) =>
    requestPage<Booking>('/bookings', { query: { ...query }, signal }),
  /** All bookings of a bounded period (every page is fetched). */
  list: (query: BookingQuery = {}, signal?: AbortSignal) =>
    requestAllPages<Booking>('/bookings', { query: { ...query }, signal }),
  get: (bookingId: string, signal?: AbortSignal) =>
    request<Booking>('GET', `/bookings/${bookingId}`, { signal }),
  create: (booking: CreateBooking, idempotencyKey: string) =>
    request<Booking>('POST', '/bookings', { body: booking, headers: { 'Idempotency-Key': idempotencyKey } }),
  cancel: (bookingId: string, reason?: string) =>
    request<Booking>('POST', `/bookings/${bookingId}/cancel`, { body: reason ? { reason } : {} }),
  rebook: (bookingId: string, slotId: string, idempotencyKey: string) =>
    request<Booking>('POST', `/bookings/${bookingId}/rebook`, {
      body: { slotId },
      headers: { 'Idempotency-Key': idempotencyKey },
    }),
  reschedule: (bookingId: string, slotId: string) =>
    request<Booking>('POST', `/bookings/${bookingId}/reschedule`, { body: { slotId } }),
  recordOutcome: (bookingId: string, outcome: RecordOutcome) =>
    request<Booking>('POST', `/bookings/${bookingId}/outcome`, { body: outcome }),
  renewVideoRoom: (bookingId: string) => request<Booking>('POST', `/bookings/${bookingId}/video-room`),
  rate: (bookingId: string, value: number, comment?: string) =>
    request<unknown>('POST', `/bookings/${bookingId}/rating`, {
      body: comment ? { value, comment } : { value },
    }),
  downloadInvite: (bookingId: string) => downloadFile(`/bookings/${bookingId}/invite.ics`, 'sparring.ics'),
};

export const caseSummaryApi = {
  get: (bookingId: string, signal?: AbortSignal) =>
    request<CaseSummary>('GET', `/bookings/${bookingId}/case-summary`, { signal }),
  /** Without a file: an attached file is kept unless `removeFile`. */
  submitText: (bookingId: string, text: string, screenings: Screening[], removeFile = false) =>
    request<CaseSummary>('PUT', `/bookings/${bookingId}/case-summary`, {
      body: removeFile ? { text, screenings, removeFile } : { text, screenings },
    }),
  submitFile: (bookingId: string, file: File, text: string, screenings: Screening[]) => {
    const form = new FormData();
    form.append('file', file);
    if (text.trim()) form.append('text', text);
    form.append('screenings', JSON.stringify(screenings));
    return request<CaseSummary>('PUT', `/bookings/${bookingId}/case-summary`, { body: form });
  },
  remove: (bookingId: string) => request<unknown>('DELETE', `/bookings/${bookingId}/case-summary`),
  downloadFile: (bookingId: string, fileName: string) =>
    downloadFile(`/bookings/${bookingId}/case-summary/file`, fileName),
  check: (text: string) => request<AnonymisationResult>('POST', '/anonymisation/check', { body: { text } }),
};

export const statsApi = {
  usage: (query: { from: string; to: string; groupBy: StatsGroup }, signal?: AbortSignal) =>
    request<UsageStats>('GET', '/stats/usage', { query, signal }),
  download: (query: { from: string; to: string; groupBy: StatsGroup }, format: 'csv' | 'xlsx') =>
    downloadFile('/stats/usage', `sparring-statistik-${query.from}-${query.to}.${format}`, {
      query: { ...query, format },
    }),
};

export const reportApi = {
  list: (signal?: AbortSignal) => request<StatusReport[]>('GET', '/reports', { signal }),
  produce: (period: { from?: string; to?: string }) =>
    request<Pick<StatusReport, 'id' | 'status'> & Partial<StatusReport>>('POST', '/reports/status', {
      body: period,
    }),
  download: (report: StatusReport, format: 'pdf' | 'csv' | 'xlsx') =>
    downloadFile(`/reports/${report.id}/file`, `statusrapport-${report.from}-${report.to}.${format}`, {
      query: { format },
    }),
};

export interface AuditFilter {
  from?: string;
  to?: string;
  actorId?: string;
  action?: string;
  bookingId?: string;
}

export const auditApi = {
  page: (filter: AuditFilter, page: { limit: number; cursor?: string | null }, signal?: AbortSignal) =>
    requestPage<AuditEvent>('/audit-events', { query: { ...filter, ...page }, signal }),
  download: (filter: AuditFilter, format: 'csv' | 'xlsx') =>
    downloadFile('/audit-events/export', `revisionslog.${format}`, { query: { ...filter, format } }),
};

export const calendarFeedApi = {
  /** A new secret subscription URL; the previous one stops working. */
  create: () => request<{ url: string }>('POST', '/me/calendar-feed'),
};
