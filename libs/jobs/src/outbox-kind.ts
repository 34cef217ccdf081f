/** What an outbox row asks the worker to do. Payload types beside each kind; ids only. */
export enum OutboxKind {
  BookingCreated = 'booking.created',
  BookingCancelled = 'booking.cancelled',
  BookingRescheduled = 'booking.rescheduled',
  /** An absence moved the session to a deputy: same time, new contact. */
  BookingContactChanged = 'booking.contact_changed',
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
}
