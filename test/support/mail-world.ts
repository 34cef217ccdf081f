import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
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
