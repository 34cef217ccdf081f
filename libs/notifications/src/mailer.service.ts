import { Injectable, OnModuleDestroy } from '@nestjs/common';
import nodemailer, { Transporter } from 'nodemailer';
import { AppConfig } from '@app/config';

export interface OutgoingMail {
  to: string;
  /** Fixed per send-log row: a repeated delivery of the same mail carries the same Message-ID. */
  messageId: string;
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

/**
 * The SMTP server cannot be reached or does not greet (connection refused, timed out, reset, 421):
 * the server is down, not this mail's fault — the caller pauses sending instead of spending attempts.
 */
export class SmtpUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SmtpUnavailableError';
  }
}

const CONNECTION_CODES = new Set(['ECONNECTION', 'ESOCKET', 'ETIMEDOUT', 'EDNS']);

/** Whether a nodemailer error says the server is unreachable rather than refusing this message. */
export function isServerDown(error: unknown): boolean {
  const { code, responseCode } = error as { code?: string; responseCode?: number };
  if (responseCode === 421) return true; // "service not available, closing transmission channel"
  return responseCode === undefined && typeof code === 'string' && CONNECTION_CODES.has(code);
}

/**
 * Timeouts well under the send lease of the send log (nodemailer's defaults wait minutes), so a
 * dead server is noticed quickly and an attempt in `sending` is over long before its lease ends.
 */
export const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

/**
 * Up to five open connections per worker process (as many mails in flight as WORKER_CONCURRENCY allows,
 * up to five; more wait for a free one), each reused for up to 100 messages and closed after a minute
 * unused.
 */
export const SMTP_POOL = { pool: true, maxConnections: 5, maxMessages: 100, idleTimeout: 60_000 } as const;

const SHUTDOWN_WAIT_MS = 3_000;

/** Sends over SMTP_URL with nodemailer. */
@Injectable()
export class MailerService implements OnModuleDestroy {
  private transport: Transporter;

  constructor(private readonly config: AppConfig) {
    // Pooled: a few connections kept open and reused, instead of a TCP connection, greeting and EHLO
    // (and TLS, where the server offers it) for every recipient of every mail.
    this.transport = nodemailer.createTransport({ url: config.smtpUrl, ...SMTP_TIMEOUTS, ...SMTP_POOL });
  }

  /** Mails handed to the pool and not yet answered: a shutdown lets them finish before it closes the pool. */
  private readonly inFlight = new Set<Promise<unknown>>();

  async send(mail: OutgoingMail): Promise<void> {
    try {
      await this.track(
        this.transport.sendMail({
          from: { name: 'Sparringsportalen', address: this.config.mailFrom },
          to: mail.to,
          messageId: mail.messageId,
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
        }),
      );
    } catch (error) {
      const code = (error as { responseCode?: number }).responseCode;
      if (typeof code === 'number' && code >= 500 && code < 600)
        throw new PermanentSmtpError(code, (error as Error).message);
      if (isServerDown(error)) throw new SmtpUnavailableError((error as Error).message);
      throw error; // other 4xx: temporary, the job retries
    }
  }

  private async track<T>(sending: Promise<T>): Promise<T> {
    this.inFlight.add(sending);
    try {
      return await sending;
    } finally {
      this.inFlight.delete(sending);
    }
  }

  /**
   * Closing the pool aborts the mails on its connections, and Nest destroys this service before the
   * BullMQ workers close (they finish their jobs and may start more until then): wait for the mails under
   * way, at most SHUTDOWN_WAIT_MS (well inside the 8 s after which the worker's stop gives up), and send
   * whatever comes after over a connection of its own, as before pooling.
   */
  async onModuleDestroy(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled([...this.inFlight]),
      new Promise((resolve) => (timer = setTimeout(resolve, SHUTDOWN_WAIT_MS))),
    ]);
    clearTimeout(timer);
    const pool = this.transport;
    this.transport = nodemailer.createTransport({ url: this.config.smtpUrl, ...SMTP_TIMEOUTS });
    pool.close();
  }
}
