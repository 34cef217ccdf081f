import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  ACCOUNTS,
  expectAccessible,
  launchBrowser,
  newPage,
  openRoute,
  screenshot,
  signIn,
} from './support/browser';
import { platformDatabaseUrl } from './support/env';

/**
 * The three journeys of issue 9 against the real platform (Randers, so the booking spec's Aarhus
 * bookings do not interfere):
 * 1. the consultant books a slot and submits a case summary — the first attempt with a CPR number
 *    is marked in place and refused, the corrected one is accepted;
 * 2. the contact opens the booking, reads question and summary, and records the outcome;
 * 3. the admin sees the session counted in the statistics and downloads the CSV.
 *
 * The outcome can only be recorded once the session has started, and booking closes 24 hours
 * before the start. Rather than waiting, the test moves the booked slot so it started five minutes
 * ago, with one UPDATE on the platform's (fresh, per-run) database. That is the only step not done
 * through the browser; it is deterministic and takes no time.
 */
describe('issue 9 journeys: book, summarise, record the outcome, count it', () => {
  const stamp = Date.now();
  const question = `Hvordan hjælper vi en 11-årig med tvangstanker i skolen? (journey ${stamp})`;
  const identifying = `Barnet har CPR 010315-1234 og går i 5. klasse. Tvangshandlinger morgen og aften.`;
  const anonymous = `Barnet går i 5. klasse. Tvangshandlinger morgen og aften, stigende over et halvt år. (${stamp})`;
  let browser: Browser;
  let consultant: { context: BrowserContext; page: Page };
  let bookingId = '';
  let sessionWeek = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    consultant = await newPage(browser);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lets the consultant book a slot', async () => {
    const { page } = consultant;
    await signIn(page, ACCOUNTS.consultantRanders, 'Find tid');
    const bookLinks = page.getByRole('link', { name: /^Book/ });
    for (let week = 0; week < 4; week += 1) {
      const shownWeek = (await page.locator('.week-label').textContent()) ?? '';
      await page.getByRole('button', { name: 'Næste uge' }).click();
      const nextWeek = await page.locator('.week-label', { hasNotText: shownWeek }).textContent();
      const weekNumber = /Uge (\d+)/.exec(nextWeek ?? '')?.[1];
      await page.locator('.result-count', { hasText: `i uge ${weekNumber}.` }).waitFor();
      if ((await bookLinks.count()) > 0) break;
    }
    expect(await bookLinks.count()).toBeGreaterThan(0);
    await bookLinks.first().click();
    await page.getByRole('heading', { level: 1, name: 'Book tid' }).waitFor();
    await page.getByLabel('Emne').selectOption({ label: 'OCD' });
    await page.locator('label', { hasText: '10–13 år' }).click();
    await page.getByLabel('Dit spørgsmål til BUP').fill(question);
    await page.getByRole('button', { name: 'Fortsæt' }).click();
    await page.getByRole('heading', { name: 'Tjek dine oplysninger' }).waitFor();
    await page.getByRole('button', { name: 'Book tiden' }).click();
    await page.getByRole('status').filter({ hasText: 'Tiden er booket' }).waitFor();
    bookingId = /#\/bookinger\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';
    expect(bookingId).not.toBe('');
  });

  it('marks a CPR number in the case summary in place and refuses it, then accepts the corrected text', async () => {
    const { page } = consultant;
    await page.getByRole('link', { name: 'Skriv eller ret sagsresumé' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sagsresumé' }).waitFor();
    await expectAccessible(page, 'the empty case summary form');

    const textarea = page.getByLabel('Beskrivelse af problemstillingen');
    await textarea.fill(identifying);
    await page.getByRole('button', { name: 'Send sagsresumé' }).click();

    // Refused by the API (422 NOT_ANONYMOUS): the hit is marked where it stands in the text field.
    const mark = page.locator('.screened-backdrop mark.screened-mark');
    await mark.waitFor();
    expect(await mark.count()).toBe(1);
    expect(await mark.textContent()).toContain('010315-1234');
    expect(await page.locator('.findings-list').textContent()).toContain('CPR-nummer');
    expect(await page.getByRole('status').filter({ hasText: 'Sagsresuméet er sendt' }).count()).toBe(0);
    // "Marker i tekstfeltet" selects the hit in the textarea for correction.
    await page
      .getByRole('button', { name: /Marker i tekstfeltet/ })
      .first()
      .click();
    const selected = await page.evaluate(
      '(() => { const el = document.getElementById("field-caseText"); return el.value.slice(el.selectionStart, el.selectionEnd); })()',
    );
    expect(selected).toBe('010315-1234');
    await expectAccessible(page, 'the case summary with findings');
    await screenshot(page, 'sagsresume-fund');

    await textarea.fill(anonymous);
    await page.getByRole('button', { name: 'Send sagsresumé' }).click();
    await page.getByRole('status').filter({ hasText: 'Sagsresuméet er sendt' }).waitFor();
    expect(await page.locator('.screened-backdrop').count()).toBe(0);
    await page.getByRole('heading', { name: 'Det sendte resumé' }).waitFor();
    await page.getByText(anonymous).first().waitFor();
    await expectAccessible(page, 'the submitted case summary');
    await screenshot(page, 'sagsresume-sendt');
  });

  it('lets the contact read the question and summary and record the outcome once the session has started', async () => {
    sessionWeek = await startSessionFiveMinutesAgo(bookingId);

    const contact = await newPage(browser);
    const { page } = contact;
    await signIn(page, ACCOUNTS.contactRanders, 'Kalender');
    await openRoute(page, `/kalender?uge=${sessionWeek}`);
    const openLink = page.locator(`a[href="#/bookinger/${bookingId}"]`);
    await openLink.first().waitFor();
    await expectAccessible(page, 'the contact’s calendar with the session');
    await openLink.first().click();

    await page.getByText(question).waitFor();
    await page.getByText(anonymous).first().waitFor();
    await page.getByRole('heading', { name: 'Registrér udfald' }).waitFor();
    await expectAccessible(page, 'the started session as the contact sees it');
    await screenshot(page, 'booking-kontakt-udfald');

    await page.locator('label', { hasText: 'Ja, mødet blev holdt' }).click();
    await page.locator('label', { hasText: 'Henvisning til BUP' }).click();
    await page.getByRole('button', { name: 'Gem udfald' }).click();
    await page.getByRole('status').filter({ hasText: 'Udfaldet er gemt.' }).waitFor();
    await page.getByRole('heading', { name: 'Registreret udfald' }).waitFor();
    await page.locator('.badge', { hasText: 'Afholdt' }).first().waitFor();
    await expectAccessible(page, 'the recorded outcome');
    await screenshot(page, 'booking-udfald-gemt');
    await contact.context.close();
  });

  it('shows the admin the held session in the statistics and downloads it as CSV', async () => {
    const admin = await newPage(browser);
    const { page } = admin;
    await signIn(page, ACCOUNTS.admin, 'Statistik');
    // The demo data has two years of history: look at yesterday and today only, where this journey's
    // session is, and expect what the database holds for Randers there (this session included).
    const { from, to, held } = await heldInRandersSinceYesterday();
    expect(held).toBeGreaterThanOrEqual(1);
    await page.getByLabel('Fra').fill(from);
    await page.getByLabel('Til').fill(to);
    await page.getByRole('button', { name: 'Vis statistik' }).click();
    const table = page.locator('table', { has: page.locator('#stats-caption') });
    await table.waitFor();
    const headers = (await table.locator('thead th').allTextContents()).map((h) => h.trim());
    const heldColumn = headers.indexOf('Afholdt');
    expect(heldColumn).toBeGreaterThan(0);
    const randers = table.locator('tbody tr', { has: page.locator('th', { hasText: /^Randers$/ }) });
    // The table is re-fetched for the new period: wait for the row to show it (or give up after 15 s).
    let cells: string[] = [];
    for (const deadline = Date.now() + 15_000; Date.now() < deadline;) {
      await randers.waitFor();
      cells = (await randers.locator('th, td').allTextContents()).map((c) => c.trim());
      if (cells[heldColumn] === String(held)) break;
      await page.waitForTimeout(200);
    }
    expect(cells[heldColumn]).toBe(String(held));
    await expectAccessible(page, 'the statistics');
    await screenshot(page, 'statistik');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Hent CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const path = await download.path();
    const csv = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    const [header, ...lines] = csv.trim().split(/\r?\n/);
    const columns = header.split(';');
    expect(columns).toContain('Afholdt');
    const row = lines.map((line) => line.split(';')).find((fields) => fields[1] === 'Randers');
    expect(row).toBeDefined();
    // Small counts are suppressed in exports (shown as "<5"); the session is counted, never 0.
    expect([String(held), '<5']).toContain(row![columns.indexOf('Afholdt')]);
    await page.getByRole('status').filter({ hasText: 'Filen er hentet.' }).waitFor();
    await expectAccessible(page, 'the statistics after the download');
    await admin.context.close();
  });
});

/**
 * Moves the booking's slot so that it started five minutes ago (and out of its series, so the
 * series' one-slot-per-start rule cannot clash); returns the Monday of that week for ?uge=.
 */
async function startSessionFiveMinutesAgo(bookingId: string): Promise<string> {
  const client = new Client({ connectionString: platformDatabaseUrl() });
  await client.connect();
  try {
    const result = await client.query<{ starts_at: Date }>(
      `UPDATE slots SET series_id = NULL,
              starts_at = date_trunc('minute', now()) - interval '5 minutes',
              ends_at = date_trunc('minute', now()) + interval '40 minutes'
        WHERE id = (SELECT slot_id FROM bookings WHERE id = $1)
        RETURNING starts_at`,
      [bookingId],
    );
    expect(result.rowCount).toBe(1);
    return mondayInCopenhagen(result.rows[0].starts_at);
  } finally {
    await client.end();
  }
}

function mondayInCopenhagen(instant: Date): string {
  const date = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(instant);
  const day = new Date(`${date}T12:00:00Z`);
  const isoWeekday = day.getUTCDay() === 0 ? 7 : day.getUTCDay();
  day.setUTCDate(day.getUTCDate() - (isoWeekday - 1));
  return day.toISOString().slice(0, 10);
}

/** Held sessions of Randers from yesterday to today (Danish dates), as the statistics count them. */
async function heldInRandersSinceYesterday(): Promise<{ from: string; to: string; held: number }> {
  const client = new Client({ connectionString: platformDatabaseUrl() });
  await client.connect();
  try {
    const result = await client.query<{ from: string; to: string; held: number }>(
      `WITH period AS (SELECT (now() AT TIME ZONE 'Europe/Copenhagen')::date AS today)
       SELECT to_char(today - 1, 'YYYY-MM-DD') AS from, to_char(today, 'YYYY-MM-DD') AS to,
              (SELECT count(*)::int FROM bookings b JOIN slots s ON s.id = b.slot_id
                 JOIN municipalities m ON m.id = b.municipality_id
                WHERE m.name = 'Randers' AND b.status = 'held'
                  AND (s.starts_at AT TIME ZONE 'Europe/Copenhagen')::date BETWEEN today - 1 AND today) AS held
         FROM period`,
    );
    return result.rows[0]!;
  } finally {
    await client.end();
  }
}
