import { formatDanish } from '@app/scheduling';
import { RenderedMail } from './mail-templates';

const escape = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const ROLE_NAME = {
  consultant: 'kommunal rådgiver',
  contact: 'kontaktperson i BUP',
  admin: 'administrator',
} as const;

export type AccountMail =
  | { kind: 'invitation'; name: string; role: string; link: string; expiresAt: Date }
  | { kind: 'password_reset'; name: string; link: string; expiresAt: Date }
  | { kind: 'locked'; name: string; lockedUntil: Date; clientIp: string | null; forgotLink: string };

/**
 * The Danish account mails. The only secret a mail ever carries is a one-time link; never a password,
 * a code or case content.
 */
export function renderAccountMail(mail: AccountMail): RenderedMail {
  let subject: string;
  let lead: string[];
  let action: { label: string; href: string } | null = null;
  switch (mail.kind) {
    case 'invitation':
      subject = 'Du er oprettet i Sparringsportalen';
      lead = [
        `Hej ${mail.name}`,
        `Du er oprettet som ${ROLE_NAME[mail.role as keyof typeof ROLE_NAME] ?? 'bruger'} i Sparringsportalen. Vælg din egen adgangskode via linket herunder.`,
        `Linket virker én gang og udløber ${formatDanish(mail.expiresAt)}. Ingen andre kender eller vælger din adgangskode.`,
      ];
      action = { label: 'Vælg adgangskode', href: mail.link };
      break;
    case 'password_reset':
      subject = 'Nulstil din adgangskode til Sparringsportalen';
      lead = [
        `Hej ${mail.name}`,
        'Der er bedt om at nulstille adgangskoden til din konto i Sparringsportalen. Vælg en ny adgangskode via linket herunder.',
        `Linket virker én gang og udløber ${formatDanish(mail.expiresAt)}. Har du ikke bedt om det, kan du se bort fra denne mail: din adgangskode er uændret.`,
      ];
      action = { label: 'Vælg ny adgangskode', href: mail.link };
      break;
    case 'locked':
      subject = 'Din konto i Sparringsportalen er midlertidigt låst';
      lead = [
        `Hej ${mail.name}`,
        `Der er forsøgt at logge ind på din konto med forkert adgangskode for mange gange${mail.clientIp ? ` fra IP-adressen ${mail.clientIp}` : ''}. Log ind herfra er derfor låst til ${formatDanish(mail.lockedUntil)}.`,
        'Var det dig, kan du vente eller vælge en ny adgangskode under "Glemt adgangskode". Var det ikke dig, så vælg en ny adgangskode og kontakt din administrator.',
      ];
      action = { label: 'Glemt adgangskode', href: mail.forgotLink };
      break;
  }
  const text = [
    ...lead,
    '',
    ...(action ? [`${action.label}: ${action.href}`, ''] : []),
    'Venlig hilsen',
    'Sparringsportalen',
  ].join('\n');
  const html = `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escape(subject)}</title></head>
<body style="margin:0;padding:0;background:#ffffff;color:#1a1a1a;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5">
<main style="max-width:600px;margin:0 auto;padding:24px">
<h1 style="font-size:22px;margin:0 0 16px">${escape(subject)}</h1>
${lead.map((line) => `<p>${escape(line)}</p>`).join('\n')}
${action ? `<p><a href="${escape(action.href)}" style="color:#0059b3;text-decoration:underline">${escape(action.label)}</a></p>` : ''}
<p>Venlig hilsen<br>Sparringsportalen</p>
</main></body></html>`;
  return { subject, text, html };
}
