import { Injectable, OnModuleDestroy } from '@nestjs/common';
import nodemailer, { Transporter } from 'nodemailer';
import { AppConfig } from '@app/config';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The iCalendar invite: sent inline (text/calendar; method=…) and as an .ics attachment. */
  invite?: { method: 'REQUEST' | 'CANCEL'; content: string };
}

/** An SMTP refusal the retry cannot fix (5xx). */
export class PermanentSmtpError extends Error {
  constructor(
    readonly responseCode: number,
    message: string,
  ) {
    super(message);
    this.name = 'PermanentSmtpError';
  }
}

/** Sends over SMTP_URL with nodemailer. */
@Injectable()
export class MailerService implements OnModuleDestroy {
  private readonly transport: Transporter;

  constructor(private readonly config: AppConfig) {
    this.transport = nodemailer.createTransport(config.smtpUrl);
  }

  async send(mail: OutgoingMail): Promise<void> {
    try {
      await this.transport.sendMail({
        from: { name: 'Sparringsportalen', address: this.config.mailFrom },
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        // Not nodemailer's `icalEvent`: it adds its own `invite.ics` attachment besides the alternative,
        // so the invite would travel three times. Once inline (calendar clients act on it), once as a file.
        ...(mail.invite
          ? {
              alternatives: [
                {
                  contentType: `text/calendar; charset=utf-8; method=${mail.invite.method}`,
                  content: mail.invite.content,
                },
              ],
              attachments: [
                {
                  filename: mail.invite.method === 'CANCEL' ? 'aflysning.ics' : 'invitation.ics',
                  content: mail.invite.content,
                  contentType: `text/calendar; charset=utf-8; method=${mail.invite.method}`,
                },
              ],
            }
          : {}),
      });
    } catch (error) {
      const code = (error as { responseCode?: number }).responseCode;
      if (typeof code === 'number' && code >= 500 && code < 600)
        throw new PermanentSmtpError(code, (error as Error).message);
      throw error; // 4xx, connection refused, timeouts: temporary, the job retries
    }
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}
