import { Client } from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  ACCOUNTS,
  DEMO_PASSWORD,
  expectAccessible,
  launchBrowser,
  newPage,
  openRoute,
  screenshot,
  signIn,
} from './support/browser';
import { platformDatabaseUrl, platformUrl } from './support/env';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/**
 * The contact's journey of issue 15 (Aarhus contact): the week as a time grid with each session's
 * facts, the list view, the preparation and outcome to-do lists, a one-off slot and the overlap the
 * database refuses (naming the clashing time), a new video link for a session, and the outcome of a
 * no-show without a recommendation. Two bookings are made through the API as the Aarhus consultant;
 * one is moved into the past with one UPDATE (the only step not done through the browser or API).
 */
describe('issue 15: the contact’s calendar journey', () => {
  let browser: Browser;
  let contact: { context: BrowserContext; page: Page };
  let upcoming: { id: string; startsAt: string; consultant: string; videoUrl: string };
  let past: { id: string; startsAt: string };

  beforeAll(async () => {
    const token = await apiLogin(ACCOUNTS.consultantAarhus);
    const slots = (await api(token, 'GET', '/slots?available=true&limit=20')) as {
      id: string;
      kind: string;
      startsAt: string;
    }[];
    const sparring = slots.filter((slot) => slot.kind === 'sparring');
    expect(sparring.length).toBeGreaterThanOrEqual(2);
    const book = (slotId: string, gpEmail?: string) =>
      api(token, 'POST', '/bookings', {
        slotId,
        topic: 'anxiety',
        step: 2,
        childAgeBand: '10-13',
        question: 'Hvordan støtter skolen en elev med angst og stigende fravær?',
        ...(gpEmail ? { gpEmail } : {}),
      }) as Promise<{
        id: string;
        slot: { startsAt: string };
        consultant: { name: string };
        videoUrl: string;
      }>;
    const first = await book(sparring[0].id, 'laege@praksis.test');
    const second = await book(sparring[1].id);
    upcoming = {
      id: first.id,
      startsAt: first.slot.startsAt,
      consultant: first.consultant.name,
      videoUrl: first.videoUrl,
    };
    past = { id: second.id, startsAt: await startInThePast(second.id) };
    browser = await launchBrowser();
    contact = await newPage(browser);
    await signIn(contact.page, ACCOUNTS.contactAarhus, 'Kalender');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the week as a time grid with each session’s facts, and as a list', async () => {
    const { page } = contact;
    await openRoute(page, `/kalender?uge=${mondayInCopenhagen(new Date(upcoming.startsAt))}`);
    const grid = page.locator('table.calendar-grid');
    await grid.waitFor();
    // Column headers are the days, row headers the start times: each cell is announced with both.
    expect(await grid.locator('thead th[scope="col"]').count()).toBeGreaterThanOrEqual(6);
    expect(await grid.locator('tbody th[scope="row"]').count()).toBeGreaterThanOrEqual(1);
    const cell = grid.locator('td', { has: page.locator(`a[href="#/bookinger/${upcoming.id}"]`) });
    await cell.waitFor();
    const text = (await cell.textContent()) ?? '';
    expect(text).toContain('Sparring');
    expect(text).toContain('Aarhus');
    expect(text).toContain('Emne: Angst');
    expect(text).toContain('Alder: 10–13 år');
    expect(text).toMatch(/Sagsbeskrivelse: (mangler|for sent)/);
    expect(text).toContain('Egen læge inviteret');
    await expectAccessible(page, 'the contact’s week grid');
    await screenshot(page, 'kontakt-uge-gitter');

    // The cancel form of a booked time names who booked it and what happens to their summary.
    await cell.getByRole('button', { name: /Aflys tiden/ }).click();
    await page.getByText(`Tiden er booket af ${upcoming.consultant}`).waitFor();
    await page.getByText('Der er endnu ikke sendt en sagsbeskrivelse til tiden.').waitFor();
    await expectAccessible(page, 'the cancel form of a booked time');
    await screenshot(page, 'kontakt-aflys-booket-tid');
    await page.getByRole('button', { name: 'Fortryd' }).first().click();

    await page.getByRole('tab', { name: 'Liste' }).click();
    await page.getByRole('heading', { name: 'Tider de næste 8 uger' }).waitFor();
    await page.locator(`a[href="#/bookinger/${upcoming.id}"]`).first().waitFor();
    await expectAccessible(page, 'the contact’s list view');
    await screenshot(page, 'kontakt-liste');
  });

  it('lists the next sessions to prepare and the held sessions without an outcome', async () => {
    const { page } = contact;
    await openRoute(page, '/kalender');
    const prep = page.locator('section', {
      has: page.getByRole('heading', { name: 'Forberedelse: de næste sparringer' }),
    });
    await prep.locator(`a[href="#/bookinger/${upcoming.id}"]`).waitFor();
    const todo = page.locator('section', { has: page.getByRole('heading', { name: 'Mangler udfald' }) });
    await todo.locator(`a[href="#/bookinger/${past.id}#outcome-heading"]`).waitFor();
    await expectAccessible(page, 'the preparation and to-do lists');
    await screenshot(page, 'kontakt-forberedelse-og-udfald');
  });

  it('creates a one-off slot, and refuses an overlapping one naming the clashing time', async () => {
    const { page } = contact;
    await openRoute(page, '/kalender');
    const form = page.locator('section', { has: page.getByRole('heading', { name: 'Opret en enkelt tid' }) });
    await form.waitFor();
    const day = oneOffDay();
    await form.locator('label', { hasText: /^Aarhus$/ }).click();
    await form.getByLabel('Dato').fill(day);
    await form.getByLabel('Starttid').fill('11.00');
    await form.getByRole('button', { name: 'Opret tiden' }).click();
    await page.getByRole('status').filter({ hasText: 'er oprettet' }).waitFor();
    await expectAccessible(page, 'the calendar after creating a one-off slot');

    await form.getByLabel('Starttid').fill('11.30');
    await form.getByRole('button', { name: 'Opret tiden' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Tiden overlapper en anden af dine tider' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/kl\. 11[.:]00/);
    // What the contact typed stays.
    expect(await form.getByLabel('Starttid').inputValue()).toBe('11.30');
    await expectAccessible(page, 'the refused overlapping slot');
    await screenshot(page, 'kontakt-enkelt-tid-overlap');
  });

  it('gives a session a new video link', async () => {
    const { page } = contact;
    await openRoute(page, `/bookinger/${upcoming.id}`);
    await page.getByRole('link', { name: upcoming.videoUrl }).waitFor();
    await page.getByRole('button', { name: 'Ny videolink' }).click();
    await page.getByRole('status').filter({ hasText: 'Sessionen har fået et nyt videolink' }).waitFor();
    expect(await page.getByRole('link', { name: upcoming.videoUrl }).count()).toBe(0);
    const link = page.locator('a[href*="/sparring/"]').first();
    expect(await link.getAttribute('href')).not.toBe(upcoming.videoUrl);
    await expectAccessible(page, 'the booking with a new video link');
    await screenshot(page, 'kontakt-ny-videolink');
  });

  it('records a no-show without asking for a recommendation', async () => {
    const { page } = contact;
    await openRoute(page, `/bookinger/${past.id}`);
    await page.getByRole('heading', { name: 'Registrér udfald' }).waitFor();
    await page.locator('label', { hasText: 'Nej, konsulenten udeblev' }).click();
    // No GP was invited to this session and nothing is recommended after a no-show.
    expect(await page.getByRole('group', { name: 'Anbefaling' }).count()).toBe(0);
    expect(await page.getByLabel('Egen læge deltog i mødet').count()).toBe(0);
    await expectAccessible(page, 'the outcome form for a no-show');
    await page.getByRole('button', { name: 'Gem udfald' }).click();
    await page.getByRole('status').filter({ hasText: 'Udfaldet er gemt.' }).waitFor();
    await page.getByRole('heading', { name: 'Registreret udfald' }).waitFor();
    await expectAccessible(page, 'the recorded no-show');
    await screenshot(page, 'kontakt-udeblevet');
  });
});

async function apiLogin(email: string): Promise<string> {
  const body = (await api(null, 'POST', '/auth/login', { email, password: DEMO_PASSWORD })) as {
    accessToken: string;
  };
  return body.accessToken;
}

async function api(token: string | null, method: string, path: string, body?: object): Promise<unknown> {
  const response = await fetch(`${platformUrl()}/api/v1${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await response.json();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

/**
 * Moves the booking's slot into the past (out of its series) so the session has started: the first
 * 45 minutes, going back an hour at a time, that the contact's other slots leave free.
 */
async function startInThePast(bookingId: string): Promise<string> {
  const client = new Client({ connectionString: platformDatabaseUrl() });
  await client.connect();
  try {
    for (let hoursBack = 0; hoursBack < 48; hoursBack += 1) {
      const startsAt = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 50 * 60_000 - hoursBack * HOUR);
      const result = await client.query<{ starts_at: Date }>(
        `UPDATE slots SET series_id = NULL, starts_at = $2, ends_at = $2::timestamptz + interval '45 minutes'
          WHERE id = (SELECT slot_id FROM bookings WHERE id = $1)
            AND NOT EXISTS (
              SELECT 1 FROM slots o WHERE o.contact_id = slots.contact_id AND o.id <> slots.id
                 AND o.status <> 'cancelled'
                 AND tstzrange(o.starts_at, o.ends_at) && tstzrange($2, $2::timestamptz + interval '45 minutes'))
          RETURNING starts_at`,
        [bookingId, startsAt],
      );
      if (result.rowCount === 1) return result.rows[0].starts_at.toISOString();
    }
    throw new Error('no free past time for the session');
  } finally {
    await client.end();
  }
}

/** A Wednesday two to three weeks ahead (the demo series are on Tuesdays and Thursdays). */
function oneOffDay(): string {
  const day = new Date(Date.now() + 14 * DAY);
  while (day.getUTCDay() !== 3) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

function mondayInCopenhagen(instant: Date): string {
  const date = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(instant);
  const day = new Date(`${date}T12:00:00Z`);
  const isoWeekday = day.getUTCDay() === 0 ? 7 : day.getUTCDay();
  day.setUTCDate(day.getUTCDate() - (isoWeekday - 1));
  return day.toISOString().slice(0, 10);
}
