import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Client } from 'pg';
import {
  ACCOUNTS,
  expectAccessible,
  focused,
  launchBrowser,
  newPage,
  openRoute,
  screenshot,
  signIn,
} from './support/browser';
import { platformDatabaseUrl } from './support/env';

/**
 * The consultant's main journey against the real platform: find a free slot of the municipality's
 * contact, book it, see it in Mine bookinger, and cancel it — and nobody outside the municipality
 * sees it meanwhile.
 */
describe('booking a sparring session', () => {
  const question = `Hvordan kan skolen støtte en elev med angst og stigende fravær? (browsertest ${Date.now()})`;
  let browser: Browser;
  let consultant: { context: BrowserContext; page: Page };
  let bookingId: string;
  let bookedWeek: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    consultant = await newPage(browser);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lets the consultant find a free slot and book it, with the acute notice in view', async () => {
    const { page } = consultant;
    await signIn(page, ACCOUNTS.consultantAarhus, 'Find tid');
    await page.locator('#acute-notice').waitFor();
    await expectAccessible(page, 'Find tid');

    // Next week and on: clear of the booking closing time (24 hours by default).
    const bookLinks = page.getByRole('link', { name: /^Book/ });
    for (let week = 0; week < 4; week += 1) {
      const shownWeek = (await page.locator('.week-label').textContent()) ?? '';
      await page.getByRole('button', { name: 'Næste uge' }).click();
      const nextWeek = await page.locator('.week-label', { hasNotText: shownWeek }).textContent();
      const weekNumber = /Uge (\d+)/.exec(nextWeek ?? '')?.[1];
      // The live region names the week once that week's slots have arrived.
      await page.locator('.result-count', { hasText: `i uge ${weekNumber}.` }).waitFor();
      if ((await bookLinks.count()) > 0) break;
    }
    await screenshot(page, 'find-tid');
    expect(await bookLinks.count()).toBeGreaterThan(0);
    bookedWeek = new URLSearchParams(new URL(page.url()).hash.split('?')[1]).get('uge') ?? '';
    expect(bookedWeek).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    await bookLinks.first().click();
    await page.getByRole('heading', { level: 1, name: 'Book tid' }).waitFor();
    const notice = await page.locator('#acute-notice').textContent();
    expect(notice).toContain('akutfunktion');
    expect(notice).toContain('underretning');

    // An empty form is refused at the fields, with focus on the first one.
    await page.getByRole('button', { name: 'Fortsæt' }).click();
    await page.getByText('Vælg et emne.').waitFor();
    await page.getByText('Skriv dit spørgsmål til BUP.').waitFor();
    expect((await focused(page)).id).toBe('field-topic');
    await expectAccessible(page, 'the booking form with errors');

    await page.getByLabel('Emne').selectOption({ label: 'Angst' });
    expect(await page.getByLabel('Trin 2', { exact: false }).isChecked()).toBe(true);
    await page.locator('label', { hasText: '10–13 år' }).click();
    await page.getByLabel('Dit spørgsmål til BUP').fill(question);
    await page.getByLabel('Egen læges e-mail').fill('egen.laege@sparring.test');
    await screenshot(page, 'book-tid');
    await page.getByRole('button', { name: 'Fortsæt' }).click();
    await page.getByRole('heading', { name: 'Tjek dine oplysninger' }).waitFor();
    await page.getByRole('button', { name: 'Book tiden' }).click();

    const confirmation = page.getByRole('status').filter({ hasText: 'Tiden er booket' });
    await confirmation.waitFor();
    bookingId = /#\/bookinger\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';
    expect(bookingId).not.toBe('');
    await page.getByText(question).waitFor();
    await expectAccessible(page, 'the new booking');
    await screenshot(page, 'booking-bekraeftet');
  });

  it('warns on the booking page about an address the mail server refused', async () => {
    const { page } = consultant;
    // The local mail catcher accepts everything: record the refusal the mail job writes on a 5xx.
    const client = new Client({ connectionString: platformDatabaseUrl() });
    await client.connect();
    try {
      await client.query(
        `INSERT INTO mail_sends (booking_id, kind, ics_sequence, recipient, status, attempts, last_error, created_at)
         VALUES ($1, 'booking-created', 99, 'egen.laege@sparring.test', 'failed', 1, '550 No such user', now() + interval '1 hour')`,
        [bookingId],
      );
    } finally {
      await client.end();
    }
    await page.reload();
    const warning = page.locator('.alert', { hasText: 'Nogle mails kunne ikke leveres' });
    await warning.waitFor();
    expect(await warning.textContent()).toContain('egen.laege@sparring.test');
    await expectAccessible(page, 'a booking with an undelivered address');
  });

  it('shows the booking under Mine bookinger', async () => {
    const { page } = consultant;
    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Mine bookinger' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Mine bookinger' }).waitFor();
    const row = page.locator(`[data-testid="bookings-upcoming"] [data-booking-id="${bookingId}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('Booket');
    expect(await row.textContent()).toContain('Angst');
    await expectAccessible(page, 'Mine bookinger');
    await screenshot(page, 'mine-bookinger');
  });

  it('keeps the booking from a consultant of another municipality', async () => {
    const other = await newPage(browser);
    const { page } = other;
    await signIn(page, ACCOUNTS.consultantSamsoe, 'Find tid');
    await openRoute(page, '/bookinger');
    await page.getByRole('heading', { level: 1, name: 'Mine bookinger' }).waitFor();
    await page.locator('.loading').waitFor({ state: 'detached' });
    expect(await page.locator(`[data-booking-id="${bookingId}"]`).count()).toBe(0);
    expect(await page.getByText(question).count()).toBe(0);
    await expectAccessible(page, 'Mine bookinger of another municipality');

    await openRoute(page, `/bookinger/${bookingId}`);
    await page.getByRole('alert').filter({ hasText: 'Vi kunne ikke finde det, du leder efter' }).waitFor();
    expect(await page.getByText(question).count()).toBe(0);
    await expectAccessible(page, 'a booking outside the municipality');
    await other.context.close();
  });

  it('shows the booking in the contact’s calendar with the question', async () => {
    const contact = await newPage(browser);
    const { page } = contact;
    await signIn(page, ACCOUNTS.contactAarhus, 'Kalender');
    await openRoute(page, `/kalender?uge=${bookedWeek}`);
    const openLink = page.locator(`a[href="#/bookinger/${bookingId}"]`);
    await openLink.waitFor();
    await expectAccessible(page, 'the contact’s calendar, week view');
    await screenshot(page, 'kalender-uge');

    await page.getByRole('tab', { name: 'Liste' }).click();
    await page.getByRole('heading', { name: 'Tider de næste 8 uger' }).waitFor();
    await page.locator('.loading').waitFor({ state: 'detached' });
    await expectAccessible(page, 'the contact’s calendar, list view');
    await screenshot(page, 'kalender-liste');

    await openRoute(page, `/bookinger/${bookingId}`);
    await page.getByText(question).waitFor();
    await expectAccessible(page, 'the booking as the contact sees it');
    await contact.context.close();
  });

  it('lets the consultant cancel the booking with a reason', async () => {
    const { page } = consultant;
    await page.locator(`[data-booking-id="${bookingId}"]`).getByRole('link', { name: /^Åbn/ }).click();
    await page.getByText(question).waitFor();
    await page.getByRole('button', { name: 'Aflys booking' }).click();
    await page.getByRole('heading', { name: 'Aflys booking' }).waitFor();
    expect((await focused(page)).id).toBe('cancel-booking-heading');
    await page.getByLabel('Årsag').fill('Sagen er løst lokalt.');
    await expectAccessible(page, 'the cancel confirmation');
    await page.getByRole('button', { name: 'Ja, aflys bookingen' }).click();

    await page.getByRole('status').filter({ hasText: 'Bookingen er aflyst' }).waitFor();
    await page.locator('.badge', { hasText: 'Aflyst' }).waitFor();
    await page.getByText('Sagen er løst lokalt.').waitFor();
    await expectAccessible(page, 'the cancelled booking');
    await screenshot(page, 'booking-aflyst');

    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Mine bookinger' })
      .click();
    const row = page.locator(`[data-booking-id="${bookingId}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('Aflyst');
  });
});
