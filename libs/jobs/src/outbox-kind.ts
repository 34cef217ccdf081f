/** What an outbox row asks the worker to do. Payload types beside each kind; ids only. */
export enum OutboxKind {
  BookingCreated = 'booking.created',
  BookingCancelled = 'booking.cancelled',
  BookingRescheduled = 'booking.rescheduled',
  /** An absence moved the session to a deputy: same time, new contact. */
  BookingContactChanged = 'booking.contact_changed',
  /** The contact gave the session a new video room ("Ny videolink"): same time, new link. */
  BookingVideoRoomChanged = 'booking.video_room_changed',
  /** A one-time password link (invitation or reset) is due: the worker makes the token and mails it. */
  AccountLinkIssued = 'account.link_issued',
  /** Sign-in was locked for an address and client: tell the account's owner. */
  AccountLocked = 'account.locked',
}

export interface AccountLinkPayload {
  /** The account_tokens row; the token itself exists only in the mail. */
  tokenId: string;
}

export interface AccountLockedPayload {
  userId: string;
  lockedUntil: string;
  clientIp: string | null;
}

export interface BookingEventPayload {
  bookingId: string;
  /** The invite sequence the event belongs to, so a stale event can be recognised. */
  icsSequence: number;
}

export interface OutboxPayloads {
  [OutboxKind.BookingCreated]: BookingEventPayload;
  [OutboxKind.BookingCancelled]: BookingEventPayload & { cancelledById: string };
  [OutboxKind.BookingRescheduled]: BookingEventPayload & { previousSlotId: string };
  [OutboxKind.BookingContactChanged]: BookingEventPayload & { previousContactId: string };
  [OutboxKind.BookingVideoRoomChanged]: BookingEventPayload;
  [OutboxKind.AccountLinkIssued]: AccountLinkPayload;
  [OutboxKind.AccountLocked]: AccountLockedPayload;
}
