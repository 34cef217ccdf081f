import { formatDanish, localTimeOf } from '@app/scheduling';
import { bookingLink } from './invite.builder';
import { MailKind } from './mail-kind';
import { NotificationBooking } from './notification-booking';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

// The platform's Danish date and time, e.g. "tirsdag 30. marts 2027 kl. 09.00–09.45".
const when = (b: NotificationBooking) =>
  `${formatDanish(b.startsAt)}–${localTimeOf(b.endsAt).replace(':', '.')}`;

const escape = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const ROLE_LABEL = { consultant: 'kommunen', contact: 'BUP', admin: 'en administrator' } as const;

export interface TemplateInput {
  kind: MailKind;
  booking: NotificationBooking;
  appUrl: string;
  /** For reminders: how long before the session (ms). */
  offsetMs?: number;
  /** When the mail is rendered: a deadline already passed reads "now", not a date in the past. */
  now?: Date;
}

function describeOffset(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes >= 60 * 24 && minutes % (60 * 24) === 0) return `${minutes / (60 * 24)} døgn`;
  if (minutes >= 60 && minutes % 60 === 0) return minutes === 60 ? '1 time' : `${minutes / 60} timer`;
  return minutes <= 1 ? 'kort tid' : `${minutes} minutter`;
}

/**
 * The Danish mail of each kind, as plain text and accessible HTML (one column, real headings,
 * a text link). Built only from the booking's logistics — never free text anyone wrote (question,
 * case content, notes, comments, cancellation reasons): a cancellation says who cancelled, not why.
 */
export function renderMail({
  kind,
  booking,
  appUrl,
  offsetMs,
  now = new Date(),
}: TemplateInput): RenderedMail {
  const link = bookingLink(appUrl, booking.id);
  const facts: [string, string][] = [
    ['Tidspunkt', when(booking)],
    ['Kommune', booking.municipalityName],
    ['Kontaktperson i BUP', booking.contact.name],
    ['Videolink', booking.videoUrl ?? 'Følger fra BUP'],
  ];
  let subject: string;
  let lead: string[];
  switch (kind) {
    case MailKind.Booked:
      subject = `Booket: sparring med BUP ${formatDanish(booking.startsAt)}`;
      lead = [
        'Der er booket en sparring med Børne- og Ungdomspsykiatrien (BUP). Kalenderinvitationen er vedhæftet.',
      ];
      break;
    case MailKind.Moved:
      subject = `Flyttet: sparring med BUP til ${formatDanish(booking.startsAt)}`;
      lead = ['Sparringen er flyttet til et nyt tidspunkt. Den opdaterede kalenderinvitation er vedhæftet.'];
      break;
    case MailKind.DeputyAssigned:
      subject = `Ny kontaktperson: sparring med BUP ${formatDanish(booking.startsAt)}`;
      lead = [
        `Den faste kontaktperson er fraværende. Sparringen holdes på samme tidspunkt af ${booking.contact.name} som stedfortræder.`,
        'Den opdaterede kalenderinvitation er vedhæftet.',
      ];
      break;
    case MailKind.VideoLinkChanged:
      subject = `Nyt videolink: sparring med BUP ${formatDanish(booking.startsAt)}`;
      lead = [
        'Sparringen har fået et nyt videolink. Tidspunktet er det samme; brug kun det nye link — det gamle virker ikke længere.',
        'Den opdaterede kalenderinvitation er vedhæftet.',
      ];
      break;
    case MailKind.Cancelled: {
      subject = `Aflyst: sparring med BUP ${formatDanish(booking.startsAt)}`;
      const by = booking.cancelledBy;
      lead = [
        booking.slotCancelled
          ? `${by ? `${by.name} (${ROLE_LABEL[by.role]})` : 'BUP'} har aflyst tiden, og sparringen er derfor aflyst.`
          : `Sparringen er aflyst${by ? ` af ${by.name} (${ROLE_LABEL[by.role]})` : ''}.`,
        'Kalenderinvitationen fjernes med den vedhæftede aflysning. Book gerne en ny tid i portalen.',
      ];
      break;
    }
    case MailKind.Reminder:
      subject = `Påmindelse: sparring med BUP ${formatDanish(booking.startsAt)}`;
      lead = [`Påmindelse: sparringen med BUP begynder om ${describeOffset(offsetMs ?? 0)}.`];
      break;
    case MailKind.SummaryMissing:
      subject = 'Mangler: kort beskrivelse til sparring med BUP';
      lead = [
        booking.caseSummaryDueAt > now
          ? `Den anonymiserede sagsbeskrivelse til sparringen mangler. Upload den i portalen senest ${formatDanish(booking.caseSummaryDueAt)}.`
          : `Den anonymiserede sagsbeskrivelse til sparringen mangler, og fristen er passeret. Upload den i portalen nu, så kontaktpersonen kan nå at læse den før sparringen ${formatDanish(booking.startsAt)}.`,
        'Skriv ikke navne, CPR-numre eller andre personoplysninger.',
      ];
      break;
    case MailKind.OutcomeRequested:
      subject = 'Registrér udfaldet af sparringen';
      lead = [
        'Sparringen er afholdt. Registrér venligst udfaldet (afholdt/udeblevet og anbefaling) i portalen.',
      ];
      break;
    default: {
      const unknown: never = kind;
      throw new Error(`No template for mail kind ${String(unknown)}`);
    }
  }
  const text = [
    ...lead,
    '',
    ...facts.map(([label, value]) => `${label}: ${value}`),
    '',
    `Se bookingen i Sparringsportalen: ${link}`,
    '',
    'Akutte problemstillinger går ikke gennem portalen: ring til BUP’s akutfunktion. En underretning sendes ad de sædvanlige kanaler.',
    '',
    'Venlig hilsen',
    'Sparringsportalen',
  ].join('\n');
  const html = `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escape(subject)}</title></head>
<body style="margin:0;padding:0;background:#ffffff;color:#1a1a1a;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5">
<main style="max-width:600px;margin:0 auto;padding:24px">
<h1 style="font-size:22px;margin:0 0 16px">${escape(subject)}</h1>
${lead.map((line) => `<p>${escape(line)}</p>`).join('\n')}
<table role="presentation" style="border-collapse:collapse;margin:16px 0">
${facts.map(([label, value]) => `<tr><th scope="row" style="text-align:left;padding:4px 16px 4px 0;vertical-align:top">${escape(label)}</th><td style="padding:4px 0">${escape(value)}</td></tr>`).join('\n')}
</table>
<p><a href="${escape(link)}" style="color:#0059b3;text-decoration:underline">Se bookingen i Sparringsportalen</a></p>
<p style="font-size:14px;color:#454545">Akutte problemstillinger går ikke gennem portalen: ring til BUP’s akutfunktion. En underretning sendes ad de sædvanlige kanaler.</p>
<p>Venlig hilsen<br>Sparringsportalen</p>
</main></body></html>`;
  return { subject, text, html };
}
