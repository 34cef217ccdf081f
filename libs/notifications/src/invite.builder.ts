import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
} from 'ical-generator';
import { DateTime } from 'luxon';
import { NotificationBooking, recipientsOf } from './notification-booking';

export const TIME_ZONE = 'Europe/Copenhagen';

/** Europe/Copenhagen since 1996 (EU rules): what Outlook, Gmail and Apple need to place TZID times. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Copenhagen',
  'X-LIC-LOCATION:Europe/Copenhagen',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

export interface InviteOptions {
  mailFrom: string;
  appUrl: string;
}

export const inviteUid = (bookingId: string) => `${bookingId}@sparringsportalen`;
export const bookingLink = (appUrl: string, bookingId: string) => `${appUrl}/#/bookinger/${bookingId}`;
export const inviteSummary = (booking: NotificationBooking) =>
  `Sparring med BUP — ${booking.municipalityName}`;

/** The method of a booking's current invite: CANCEL once cancelled, REQUEST otherwise. */
export const inviteMethod = (booking: NotificationBooking): 'REQUEST' | 'CANCEL' =>
  booking.status === 'cancelled' ? 'CANCEL' : 'REQUEST';

/**
 * The booking's iCalendar invite: one stable UID for the booking's whole life, SEQUENCE from the
 * booking, METHOD REQUEST or CANCEL, Europe/Copenhagen times. No case content: a link to the portal.
 */
export function buildInvite(booking: NotificationBooking, options: InviteOptions): string {
  const method = inviteMethod(booking);
  const calendar = ical({
    prodId: { company: 'Sparringsportalen', product: 'sparring', language: 'DA' },
    method: method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
    timezone: { name: TIME_ZONE, generator: () => VTIMEZONE },
  });
  addEvent(calendar, booking, options);
  return calendar.toString();
}

/** The user's sessions as a subscribable feed (METHOD:PUBLISH). */
export function buildFeed(bookings: NotificationBooking[], options: InviteOptions): string {
  const calendar = ical({
    prodId: { company: 'Sparringsportalen', product: 'sparring', language: 'DA' },
    name: 'Sparringsportalen',
    method: ICalCalendarMethod.PUBLISH,
    timezone: { name: TIME_ZONE, generator: () => VTIMEZONE },
    ttl: 15 * 60,
  });
  for (const booking of bookings) addEvent(calendar, booking, options);
  return calendar.toString();
}

function addEvent(
  calendar: ReturnType<typeof ical>,
  booking: NotificationBooking,
  options: InviteOptions,
): void {
  const link = bookingLink(options.appUrl, booking.id);
  const cancelled = booking.status === 'cancelled';
  const event = calendar.createEvent({
    id: inviteUid(booking.id),
    sequence: booking.icsSequence,
    // luxon in the zone: ical-generator then writes the local wall-clock time with TZID.
    start: DateTime.fromJSDate(booking.startsAt, { zone: TIME_ZONE }),
    end: DateTime.fromJSDate(booking.endsAt, { zone: TIME_ZONE }),
    timezone: TIME_ZONE,
    stamp: new Date(),
    summary: inviteSummary(booking),
    description: `Virtuel sparring med BUP.\nVideolink: ${booking.videoUrl ?? 'følger'}\nBookingen i Sparringsportalen: ${link}`,
    location: booking.videoUrl ?? undefined,
    url: booking.videoUrl ?? link,
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: { name: 'Sparringsportalen', email: options.mailFrom },
  });
  for (const recipient of recipientsOf(booking)) {
    event.createAttendee({
      email: recipient.email,
      name: recipient.name ? icsParameterText(recipient.name) : undefined,
      role: ICalAttendeeRole.REQ,
      status: recipient.role === 'contact' ? ICalAttendeeStatus.ACCEPTED : ICalAttendeeStatus.NEEDSACTION,
      rsvp: recipient.role !== 'contact' && !cancelled,
    });
  }
}

/**
 * A name fit for a quoted iCalendar parameter value (`CN="…"`). RFC 5545 allows no DQUOTE inside a
 * quoted value and defines no escape for it; ical-generator writes `\"`, which clients read as the end
 * of the value — a name like `Bo"; ROLE=CHAIR` would then add parameters. So a double quote becomes a
 * single one, backslashes go, and control characters (line breaks) become spaces.
 */
export function icsParameterText(value: string): string {
  return (
    value
      .replace(/"/g, "'")
      .replace(/\\/g, '')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
