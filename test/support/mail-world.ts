import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { QueueName } from '@app/jobs';
import ICAL from 'ical.js';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { CaughtMail, MailCatcher } from '../../scripts/local/mail-catcher';
import { freePort } from '../../scripts/local/free-port';

/** A real SMTP server for the test file; SMTP_URL points the worker at it. */
export async function startMailCatcher(): Promise<MailCatcher> {
  const catcher = await new MailCatcher(await freePort()).start();
  process.env.SMTP_URL = catcher.smtpUrl;
  return catcher;
}

export const startWorker = (): Promise<INestApplicationContext> =>
  NestFactory.createApplicationContext(WorkerModule, { logger: false });

/**
 * The run shares one database and queue prefix, so a worker started by a later spec file first relays
 * and mails what earlier files left in the outbox. Waits (on the condition, up to `timeoutMs`) until
 * that backlog is sent, so this file's own mails are not queued behind it.
 */
export async function drainMailBacklog(worker: INestApplicationContext, timeoutMs = 180_000): Promise<void> {
  const db = worker.get(DataSource);
  const config = worker.get(AppConfig);
  const queue = new Queue(QueueName.Mail, {
    connection: { url: config.redisUrl },
    prefix: config.queuePrefix,
  });
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const [{ pending }] = await db.query(
        `SELECT count(*)::int AS pending FROM outbox_messages WHERE processed_at IS NULL`,
      );
      const counts = await queue.getJobCounts('waiting', 'active', 'prioritized');
      if (pending === 0 && counts.waiting + counts.active + counts.prioritized === 0) return;
      if (Date.now() > deadline)
        throw new Error(`Mail backlog not drained: ${pending} outbox rows, ${JSON.stringify(counts)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } finally {
    await queue.close();
  }
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

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
