import ICAL from 'ical.js';
import { buildInvite, icsParameterText } from './invite.builder';
import { NotificationBooking } from './notification-booking';

const booking = (overrides: Partial<NotificationBooking> = {}): NotificationBooking => ({
  id: '0b7f1c9e-0000-4000-8000-000000000001',
  status: 'booked',
  icsSequence: 0,
  startsAt: new Date('2027-03-30T07:00:00Z'),
  endsAt: new Date('2027-03-30T07:45:00Z'),
  videoUrl: 'https://video.test/room',
  municipalityName: 'Aarhus',
  consultant: { name: 'Konsulent', email: 'konsulent@kommune.dk' },
  contact: { name: 'Kontakt', email: 'kontakt@rm.dk' },
  gpEmail: 'laege@praksis.dk',
  participantEmails: ['ekstra@kommune.dk'],
  caseSummaryDueAt: new Date('2027-03-28T07:00:00Z'),
  caseSummarySubmitted: false,
  outcomeRecorded: false,
  cancelledBy: null,
  slotCancelled: false,
  ...overrides,
});

const parse = (ics: string) => {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  return { calendar, vevent, event: new ICAL.Event(vevent) };
};

describe('buildInvite', () => {
  const options = { mailFrom: 'sparring@sparringsportalen.local', appUrl: 'https://portal.test' };

  it.each([
    ['before DST (CET)', '2027-03-23T08:00:00Z', '09:00'],
    ['after DST (CEST)', '2027-03-30T07:00:00Z', '09:00'],
  ])('places a slot %s at 09:00 Europe/Copenhagen', (_name, startsAt, local) => {
    const start = new Date(startsAt);
    const sut = buildInvite(
      booking({ startsAt: start, endsAt: new Date(start.getTime() + 45 * 60_000) }),
      options,
    );
    const { event } = parse(sut);
    expect(event.startDate.zone?.tzid).toBe('Europe/Copenhagen');
    expect(event.startDate.toString().slice(11, 16)).toBe(local);
    expect(event.startDate.toJSDate().toISOString()).toBe(start.toISOString());
    expect(event.endDate.toJSDate().getTime() - start.getTime()).toBe(45 * 60_000);
  });

  it('is a REQUEST with a stable UID, the sequence, attendees and the video link', () => {
    const { calendar, vevent, event } = parse(buildInvite(booking({ icsSequence: 2 }), options));
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(event.uid).toBe('0b7f1c9e-0000-4000-8000-000000000001@sparringsportalen');
    expect(event.sequence).toBe(2);
    expect(event.summary).toBe('Sparring med BUP — Aarhus');
    expect(event.location).toBe('https://video.test/room');
    expect(vevent.getFirstPropertyValue('url')).toBe('https://video.test/room');
    expect(String(vevent.getFirstPropertyValue('organizer'))).toBe('mailto:sparring@sparringsportalen.local');
    const attendees = vevent.getAllProperties('attendee').map((p) => ({
      email: String(p.getFirstValue()).replace(/^mailto:/i, ''),
      partstat: p.getParameter('partstat'),
    }));
    expect(attendees).toEqual(
      expect.arrayContaining([
        { email: 'konsulent@kommune.dk', partstat: 'NEEDS-ACTION' },
        { email: 'kontakt@rm.dk', partstat: 'ACCEPTED' },
        { email: 'laege@praksis.dk', partstat: 'NEEDS-ACTION' },
        { email: 'ekstra@kommune.dk', partstat: 'NEEDS-ACTION' },
      ]),
    );
    expect(attendees).toHaveLength(4);
  });

  it('is a CANCEL with STATUS:CANCELLED once cancelled', () => {
    const { calendar, vevent } = parse(
      buildInvite(booking({ status: 'cancelled', icsSequence: 1 }), options),
    );
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(vevent.getFirstPropertyValue('sequence')).toBe(1);
  });
});

describe('icsParameterText', () => {
  it('leaves no DQUOTE, backslash or line break for a quoted CN value', () => {
    expect(icsParameterText('Anna "Bo"; ROLE=CHAIR\r\nX: y\\')).toBe("Anna 'Bo'; ROLE=CHAIR X: y");
  });
});
