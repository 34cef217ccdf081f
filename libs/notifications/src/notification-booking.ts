/**
 * What notifications know about a booking. Deliberately without any free text — the question, the
 * case summary, the outcome note, the rating comment or a cancellation reason: nothing here can leak
 * what a person wrote into a mail, an invite, a job or a log.
 */
export interface NotificationBooking {
  id: string;
  status: 'booked' | 'cancelled' | 'held' | 'no_show';
  icsSequence: number;
  startsAt: Date;
  endsAt: Date;
  videoUrl: string | null;
  municipalityName: string;
  consultant: { name: string; email: string };
  contact: { name: string; email: string };
  gpEmail: string | null;
  participantEmails: string[];
  caseSummaryDueAt: Date;
  caseSummarySubmitted: boolean;
  outcomeRecorded: boolean;
  cancelledBy: { name: string; role: 'consultant' | 'contact' | 'admin' } | null;
  /** The slot itself was cancelled by BUP (the contact or an admin), not just this booking. */
  slotCancelled: boolean;
}

export interface Recipient {
  email: string;
  name: string | null;
  role: 'consultant' | 'contact' | 'guest';
}

/** Everyone who gets the invite: consultant, contact, GP and extra participants, each once. */
export function recipientsOf(booking: NotificationBooking): Recipient[] {
  const all: Recipient[] = [
    { email: booking.consultant.email, name: booking.consultant.name, role: 'consultant' },
    { email: booking.contact.email, name: booking.contact.name, role: 'contact' },
    ...(booking.gpEmail ? [{ email: booking.gpEmail, name: null, role: 'guest' as const }] : []),
    ...booking.participantEmails.map((email) => ({ email, name: null, role: 'guest' as const })),
  ];
  const seen = new Set<string>();
  return all.filter((r) => {
    const key = r.email.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
