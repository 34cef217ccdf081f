import { Client } from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ACCOUNTS, expectAccessible, launchBrowser, newPage, openRoute, signIn } from './support/browser';
import { platformDatabaseUrl } from './support/env';

/**
 * Mine bookinger follows the API's pages: with more history than one page (50), "Vis flere" appends
 * the next page. The history — 60 held sessions of Samsø over the last years — is written straight
 * into the platform's fresh per-run database: the API rightly refuses to book in the past.
 */
describe('Mine bookinger with years of history', () => {
  let browser: Browser;
  let consultant: { context: BrowserContext; page: Page };

  beforeAll(async () => {
    const client = new Client({ connectionString: platformDatabaseUrl() });
    await client.connect();
    try {
      await client.query(
        `WITH who AS (
           SELECT u.id AS consultant_id, u.municipality_id, m.contact_id
           FROM users u JOIN municipalities m ON m.id = u.municipality_id WHERE u.email = $1),
         s AS (
           INSERT INTO slots (contact_id, kind, starts_at, ends_at, capacity)
           SELECT who.contact_id, 'sparring', t, t + interval '45 minutes', 1
           FROM who, generate_series(1, 60) n,
                LATERAL (SELECT date_trunc('hour', now()) - n * interval '13 days' AS t) x
           -- A time the contact's demo history already holds is left out (no overlapping slots).
           ON CONFLICT DO NOTHING
           RETURNING id, starts_at),
         o AS (INSERT INTO slot_offers (slot_id, municipality_id) SELECT s.id, who.municipality_id FROM s, who)
         INSERT INTO bookings (slot_id, municipality_id, consultant_id, status, topic, child_age_band, question_purged_at,
                               case_summary_due_at, outcome_attendance, outcome_recommendation, outcome_recorded_at,
                               created_at)
         -- Past sessions: their questions were emptied by retention long ago.
         SELECT s.id, who.municipality_id, who.consultant_id, 'held', 'anxiety', '10-13', s.starts_at + interval '1 day',
                s.starts_at - interval '2 days', 'held', 'continue_municipal', s.starts_at + interval '1 hour',
                s.starts_at - interval '7 days'
         FROM s, who`,
        [ACCOUNTS.consultantSamsoe],
      );
    } finally {
      await client.end();
    }
    browser = await launchBrowser();
    consultant = await newPage(browser);
    await signIn(consultant.page, ACCOUNTS.consultantSamsoe, 'Find tid');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the first page and appends the next with "Vis flere"', async () => {
    const { page } = consultant;
    await openRoute(page, '/bookinger');
    await page.getByRole('heading', { level: 1, name: 'Mine bookinger' }).waitFor();
    const rows = page.locator('[data-booking-id]');
    const more = page.getByRole('button', { name: 'Vis flere' });
    await more.waitFor();
    const firstPage = await rows.count();
    expect(firstPage).toBe(50);
    await expectAccessible(page, 'Mine bookinger with more pages');

    await more.click();
    // The 60th row arrives with the second page; then there is nothing more to show.
    await rows.nth(59).waitFor();
    await page.getByRole('button', { name: /Vis flere|Henter flere/ }).waitFor({ state: 'detached' });
    expect(await rows.count()).toBeGreaterThanOrEqual(60);
    // Past sessions stay newest first across the page boundary.
    const times = await page
      .locator('[data-testid="bookings-past"] [data-booking-id]')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-booking-id')));
    expect(new Set(times).size).toBe(times.length);
    await expectAccessible(page, 'Mine bookinger after Vis flere');
  });
});
