import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Queue, RedisQueueBackend } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { QueueName } from '@app/jobs';
import ICAL from 'ical.js';
import { CaseSummaryProcessor } from '../../apps/worker/src/processors/case-summary.processor';
import { MailProcessor } from '../../apps/worker/src/processors/mail.processor';
import { RemindersProcessor } from '../../apps/worker/src/processors/reminders.processor';
import { ReportsProcessor } from '../../apps/worker/src/processors/reports.processor';
import { SchedulingProcessor } from '../../apps/worker/src/processors/scheduling.processor';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { CaughtMail, MailCatcher } from '../../scripts/local/mail-catcher';
import { freePort } from '../../scripts/local/free-port';
import { waitFor } from './wait-for';

/** A real SMTP server for the test file; SMTP_URL points the worker at it. */
export async function startMailCatcher(): Promise<MailCatcher> {
  const catcher = await new MailCatcher(await freePort()).start();
  process.env.SMTP_URL = catcher.smtpUrl;
  return catcher;
}

export const startWorker = (): Promise<INestApplicationContext> =>
  NestFactory.createApplicationContext(WorkerModule, { logger: false });

/**
 * A Jest worker's spec files share its database and queue prefix, so a worker started by a later spec
 * file first relays and mails what earlier files of the same Jest worker left in the outbox. Waits (on
 * the condition, up to `timeoutMs`) until that backlog is sent, so this file's own mails are not
 * queued behind it.
 */
export async function drainMailBacklog(worker: INestApplicationContext, timeoutMs = 180_000): Promise<void> {
  const db = worker.get(DataSource);
  const config = worker.get(AppConfig);
  const queue = new Queue(QueueName.Mail, {
    connection: { url: config.redisUrl },
    prefix: config.queuePrefix,
  });
  try {
    let left = '';
    await waitFor(
      async () => {
        const [{ pending }] = await db.query(
          `SELECT count(*)::int AS pending FROM outbox_messages WHERE processed_at IS NULL`,
        );
        const counts = await queue.getJobCounts('waiting', 'active', 'prioritized');
        left = `${pending} outbox rows, ${JSON.stringify(counts)}`;
        return pending === 0 && counts.waiting + counts.active + counts.prioritized === 0;
      },
      { timeout: timeoutMs, interval: 200, what: 'the mail backlog to drain' },
    ).catch((error: Error) => {
      throw new Error(`${error.message} (${left})`);
    });
  } finally {
    await queue.close();
  }
}

/**
 * Waits until the mails of these bookings are finished: every outbox event of theirs relayed and
 * settled by its mail job (each recipient sent, or refused for good, in the send log). After that no
 * further copy can arrive — the mail job is done and the reconciler leaves settled events alone — so
 * a test can count the mails without waiting "a while".
 */
export function waitForBookingMailsSettled(db: DataSource, bookingIds: string[], timeout = 30_000) {
  return waitFor(
    async () => {
      const [{ open }] = await db.query(
        `SELECT count(*)::int AS open FROM outbox_messages
         WHERE payload->>'bookingId' = ANY($1) AND (processed_at IS NULL OR settled_at IS NULL)`,
        [bookingIds],
      );
      return open === 0;
    },
    { timeout, interval: 100, what: `the mails of ${bookingIds.length} booking(s) to be settled` },
  );
}

/**
 * Waits until every BullMQ worker of the app has its Redis connections back (after a Redis restart).
 * Closing a worker while one of them still reconnects can hang: BullMQ's close waits for its blocking
 * connection to end, which a connection between retries may never report.
 */
export function waitForWorkerConnections(worker: INestApplicationContext, timeout = 30_000) {
  const processors = [
    MailProcessor,
    RemindersProcessor,
    SchedulingProcessor,
    CaseSummaryProcessor,
    ReportsProcessor,
  ];
  const connections = processors.flatMap((processor) => {
    const backend = worker.get(processor).worker.backend as RedisQueueBackend;
    return [backend.connection, backend.blockingConnection].filter((c) => c !== undefined);
  });
  return waitFor(
    async () => {
      for (const connection of connections) if ((await connection.client).status !== 'ready') return false;
      return true;
    },
    { timeout, what: "the worker's Redis connections to be back" },
  );
}

export const mailsTo = (messages: CaughtMail[], email: string) =>
  messages.filter((m) => m.envelopeTo.includes(email.toLowerCase()) || m.envelopeTo.includes(email));

export const aboutBooking = (messages: CaughtMail[], bookingId: string) =>
  messages.filter((m) => m.text.includes(bookingId));

/** The invite of a mail (the .ics attachment), parsed with ical.js — an independent parser. */
export function parseInvite(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  const event = new ICAL.Event(vevent);
  return {
    method: calendar.getFirstPropertyValue('method'),
    uid: event.uid,
    sequence: event.sequence,
    status: vevent.getFirstPropertyValue('status'),
    location: event.location,
    start: event.startDate,
    end: event.endDate,
    attendees: vevent.getAllProperties('attendee').map((p) => ({
      email: String(p.getFirstValue())
        .replace(/^mailto:/i, '')
        .toLowerCase(),
      partstat: p.getParameter('partstat'),
    })),
  };
}

export function inviteOf(mail: CaughtMail) {
  const ics = mail.attachments.filter((a) => a.contentType.startsWith('text/calendar'));
  if (ics.length === 0) throw new Error(`no invite in "${mail.subject}"`);
  return parseInvite(ics[0].content);
}
