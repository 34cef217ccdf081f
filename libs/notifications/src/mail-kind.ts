/** Every kind of e-mail the platform sends about a booking. */
export enum MailKind {
  Booked = 'booked',
  Moved = 'moved',
  /** The contact is absent: same time, the deputy holds the session. */
  DeputyAssigned = 'deputy-assigned',
  /** The session has a new video room: same time, the old link no longer works. */
  VideoLinkChanged = 'video-link-changed',
  Cancelled = 'cancelled',
  Reminder = 'reminder',
  SummaryMissing = 'summary-missing',
  OutcomeRequested = 'outcome-requested',
}

/** The kinds that carry the calendar invite. */
export const INVITE_KINDS: ReadonlySet<MailKind> = new Set([
  MailKind.Booked,
  MailKind.Moved,
  MailKind.DeputyAssigned,
  MailKind.VideoLinkChanged,
  MailKind.Cancelled,
]);
