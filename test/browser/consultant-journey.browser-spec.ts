import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import * as argon2 from 'argon2';
import { Client } from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  ACCOUNTS,
  DEMO_PASSWORD,
  expectAccessible,
  focused,
  launchBrowser,
  newPage,
  openRoute,
  screenshot,
  signIn,
} from './support/browser';
import { platformDatabaseUrl, platformUrl } from './support/env';
import { RESULTS_DIR } from './support/platform';

const ACCESS = 'sparringsportalen.accessToken';
const REFRESH = 'sparringsportalen.refreshToken';
const COLLEAGUE = 'kollega.aarhus@sparring.test';

/**
 * Issue 15, the consultant's daily journey as the people doing it want it (Aarhus, against the real
 * platform): Find tid opens on the next free time; fill in, check, book, get a receipt; a time someone
 * else took keeps everything typed and offers the nearest free times; a reload and an expired session
 * keep the draft; a move asks first; Mine bookinger puts one's own bookings first, colleagues' and
 * cancelled ones apart, without sideways scrolling at 320 px; an idle session warns before it ends.
 *
 * A colleague in Aarhus is the only thing made outside the browser: one user row with a password
 * (the demo has one consultant per municipality), who books through the API like any client would.
 */
describe('issue 15: the consultant journey', () => {
  const question = 'Hvordan hjælper vi en elev med angst, der undgår frikvartererne? (journey femten)';
  let browser: Browser;
  let consultant: { context: BrowserContext; page: Page };
  let colleagueToken = '';
  let bookingId = '';

  const api = async (path: string, init: { method?: string; body?: unknown; token?: string } = {}) => {
    const response = await fetch(`${platformUrl()}/api/v1${path}`, {
      method: init.method ?? 'GET',
      headers: {
        'Content-Type': 'application/json',
        ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    return { status: response.status, body: (await response.json().catch(() => null)) as never };
  };

  const colleagueBooks = async (slotId: string, topic = 'adhd') =>
    api('/bookings', {
      method: 'POST',
      token: colleagueToken,
      body: {
        slotId,
        topic,
        step: 2,
        childAgeBand: '6-9',
        question: 'Kollegaen spørger om uro i klassen og koncentration.',
      },
    });

  const noSidewaysScroll = (page: Page) =>
    page.evaluate(
      'document.documentElement.scrollWidth <= document.documentElement.clientWidth',
    ) as Promise<boolean>;

  /** What fits on the screen (the long lists make full-page pictures unreadable). */
  const screenView = async (page: Page, name: string) => {
    const dir = join(RESULTS_DIR, 'screenshots');
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: join(dir, `${name}.png`) });
  };

  const bookSlotIdFromUrl = (page: Page) => /#\/book\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';

  beforeAll(async () => {
    const client = new Client({ connectionString: platformDatabaseUrl() });
    await client.connect();
    try {
      const hash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id });
      await client.query(
        `INSERT INTO users (email, name, role, region_id, municipality_id, password_hash)
         SELECT $1, 'Kollega Aarhus', 'consultant', region_id, municipality_id, $2 FROM users WHERE email = $3
         ON CONFLICT DO NOTHING`,
        [COLLEAGUE, hash, ACCOUNTS.consultantAarhus],
      );
    } finally {
      await client.end();
    }
    const login = await api('/auth/login', {
      method: 'POST',
      body: { email: COLLEAGUE, password: DEMO_PASSWORD },
    });
    colleagueToken = (login.body as { accessToken: string }).accessToken;
    expect(colleagueToken).toEqual(expect.any(String));

    browser = await launchBrowser();
    consultant = await newPage(browser);
    await signIn(consultant.page, ACCOUNTS.consultantAarhus, 'Find tid');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens Find tid on the week of the next free time, jumps on with "Næste ledige tid", shows the acute number', async () => {
    const { page } = consultant;
    const bookLinks = page.getByRole('link', { name: /^Book/ });
    // No week chosen: the first screen is the week of the next free time, never an empty one.
    await page.waitForURL(/#\/find-tid\?uge=\d{4}-\d{2}-\d{2}/);
    await bookLinks.first().waitFor();
    expect(await page.locator('.result-count').textContent()).toMatch(/^\d+ ledige? tid(er)? i uge \d+\.$/);
    const acute = page.locator('#acute-notice');
    expect(await acute.textContent()).toContain('70 10 20 30');
    expect(await acute.getByRole('link', { name: '70 10 20 30' }).getAttribute('href')).toBe('tel:70102030');
    await expectAccessible(page, 'Find tid on the next free week');
    await screenshot(page, 'konsulent-find-tid-naeste-ledige');

    // "Næste ledige tid" skips to the week of the first free time after the shown week.
    const firstWeek = new URL(page.url()).hash.split('uge=')[1];
    await page.getByRole('button', { name: 'Næste ledige tid' }).click();
    await page.waitForURL((url) => !url.hash.endsWith(`uge=${firstWeek}`));
    const jumped = new URL(page.url()).hash.split('uge=')[1];
    expect(jumped > firstWeek).toBe(true);
    await bookLinks.first().waitFor();

    // Month navigation: a month on, and back.
    await page.getByRole('button', { name: 'Næste måned' }).click();
    await page.waitForURL((url) => (url.hash.split('uge=')[1] ?? '') > jumped);
    await page.getByRole('button', { name: 'Forrige måned' }).click();
    await page.waitForURL((url) => (url.hash.split('uge=')[1] ?? '') <= jumped);
    await page.locator('.result-count', { hasText: /i uge \d+\./ }).waitFor();
    await expectAccessible(page, 'Find tid after month navigation');
  });

  it('keeps the draft through a reload and an expired session, back on the same page', async () => {
    const { page } = consultant;
    await openRoute(page, '/find-tid');
    const bookLinks = page.getByRole('link', { name: /^Book/ });
    await bookLinks.first().waitFor();
    await bookLinks.first().click();
    await page.getByRole('heading', { level: 1, name: 'Book tid' }).waitFor();
    await page.getByLabel('Emne').selectOption({ label: 'Angst' });
    await page.locator('label', { hasText: '10–13 år' }).click();
    await page.getByLabel('Dit spørgsmål til BUP').fill(question);
    await page.getByLabel('Andre deltagere').fill('laerer.aarhus@sparring.test');
    const bookUrl = page.url();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Book tid' }).waitFor();
    await page.getByLabel('Dit spørgsmål til BUP').waitFor();
    expect(await page.getByLabel('Dit spørgsmål til BUP').inputValue()).toBe(question);
    expect(await page.getByLabel('Emne').inputValue()).toBe('anxiety');
    expect(await page.getByLabel('10–13 år').isChecked()).toBe(true);
    expect(await page.getByLabel('Andre deltagere').inputValue()).toBe('laerer.aarhus@sparring.test');
    await screenshot(page, 'konsulent-kladde-efter-genindlaesning');

    // The session ends (neither token works any more) while the form is filled in.
    await page.evaluate(`sessionStorage.setItem('${ACCESS}', 'ended.session.token')`);
    await page.evaluate(`sessionStorage.setItem('${REFRESH}', 'ended-refresh-token')`);
    await page.getByRole('button', { name: 'Fortsæt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
    await page.getByText('Din session er udløbet').waitFor();
    expect(decodeURIComponent(page.url())).toContain(`til=${new URL(bookUrl).hash.slice(1)}`);
    await expectAccessible(page, 'the login page after the session expired');
    await page.getByLabel('E-mail').fill(ACCOUNTS.consultantAarhus);
    await page.getByLabel('Adgangskode').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('heading', { level: 1, name: 'Book tid' }).waitFor();
    expect(page.url()).toBe(bookUrl);
    await page.getByLabel('Dit spørgsmål til BUP').waitFor();
    expect(await page.getByLabel('Dit spørgsmål til BUP').inputValue()).toBe(question);
    expect(await page.getByLabel('Emne').inputValue()).toBe('anxiety');
  });

  it('reviews before booking; a time someone else took keeps everything and offers the nearest; receipt', async () => {
    const { page } = consultant;
    await page.getByRole('button', { name: 'Fortsæt' }).click();
    const review = page.getByRole('heading', { name: 'Tjek dine oplysninger' });
    await review.waitFor();
    expect((await focused(page)).id).toBe('review-heading');
    const reviewList = page.getByTestId('booking-review');
    expect(await reviewList.textContent()).toContain(question);
    expect(await reviewList.textContent()).toContain('Angst');
    await expectAccessible(page, 'the review step');
    await screenshot(page, 'konsulent-tjek-oplysninger');

    // "Ret" goes back to the field; the change shows in the review.
    await page.getByRole('button', { name: /^Ret\W+Barnets alder/ }).click();
    expect((await focused(page)).id).toBe('field-childAgeBand-10-13');
    await page.locator('label', { hasText: '14–17 år' }).click();
    await page.getByRole('button', { name: 'Fortsæt' }).click();
    await review.waitFor();
    expect(await reviewList.textContent()).toContain('14–17 år');

    // Meanwhile a colleague books this very time.
    const takenSlot = bookSlotIdFromUrl(page);
    expect((await colleagueBooks(takenSlot)).status).toBe(201);
    await page.getByRole('button', { name: 'Book tiden' }).click();
    await page.getByRole('alert').filter({ hasText: 'En anden har netop booket denne tid' }).waitFor();
    const nearest = page.getByTestId('nearest-free-slots');
    await nearest
      .getByRole('button', { name: /^Vælg denne tid/ })
      .first()
      .waitFor();
    expect(await reviewList.textContent()).toContain(question);
    expect(await page.getByRole('button', { name: 'Book tiden' }).count()).toBe(0);
    await expectAccessible(page, 'the review after the time was taken');
    await screenshot(page, 'konsulent-tiden-blev-taget');

    // Pick the nearest free time: straight back to the review, everything typed still there.
    await nearest
      .getByRole('button', { name: /^Vælg denne tid/ })
      .first()
      .click();
    await page.waitForURL((url) => url.hash.includes('tjek=1') && !url.hash.includes(takenSlot));
    await review.waitFor();
    expect(await reviewList.textContent()).toContain(question);
    expect(await reviewList.textContent()).toContain('14–17 år');
    expect(await reviewList.textContent()).toContain('laerer.aarhus@sparring.test');
    await page.getByRole('button', { name: 'Book tiden' }).click();

    const receipt = page.getByTestId('booking-receipt');
    await receipt.waitFor();
    bookingId = /#\/bookinger\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';
    expect(bookingId).not.toBe('');
    const text = (await receipt.textContent()) ?? '';
    expect(text).toContain(`Bookingreference${bookingId.slice(0, 8).toUpperCase()}`);
    expect(text).toMatch(/Frist for sagsresumé/);
    expect(text).toContain('kalenderinvitation');
    await expectAccessible(page, 'the receipt');
    await screenshot(page, 'konsulent-kvittering');

    // The draft was removed once the booking was made: a new form for another time starts empty.
    const drafts = (await page.evaluate(
      `Object.keys(sessionStorage).filter((key) => key.startsWith('sparringsportalen.draft.'))`,
    )) as string[];
    expect(drafts).toEqual([]);
  });

  it('moves the booking only after a confirmation', async () => {
    const { page } = consultant;
    await page.getByRole('link', { name: 'Flyt til en anden tid' }).click();
    await page.getByRole('heading', { level: 1, name: 'Flyt booking' }).waitFor();
    await page.waitForURL(/uge=\d{4}-\d{2}-\d{2}/);
    const moveButtons = page.getByRole('button', { name: /^Flyt hertil/ });
    await moveButtons.first().waitFor();
    await expectAccessible(page, 'the move page');
    await moveButtons.first().click();
    const confirm = page.getByRole('heading', { name: 'Bekræft flytningen' });
    await confirm.waitFor();
    expect((await focused(page)).id).toBe('move-confirm-heading');
    expect(await page.locator('.confirm-panel').textContent()).toContain('ny kalenderinvitation');
    await expectAccessible(page, 'the move confirmation');
    await screenshot(page, 'konsulent-bekraeft-flytning');

    // "Vælg en anden tid" leaves the booking as it was.
    await page.getByRole('button', { name: 'Vælg en anden tid' }).click();
    await moveButtons.first().click();
    await page.getByRole('button', { name: 'Flyt bookingen' }).click();
    await page.getByRole('status').filter({ hasText: 'Bookingen er flyttet' }).waitFor();
    expect(page.url()).toContain(`/bookinger/${bookingId}`);
  });

  it('asks before deleting a case summary', async () => {
    const { page } = consultant;
    await page.getByRole('link', { name: 'Skriv eller ret sagsresumé' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sagsresumé' }).waitFor();
    const summary =
      'Eleven undgår frikvartererne og har ondt i maven om morgenen. Skolen har prøvet en rolig plads.';
    await page.getByLabel('Beskrivelse af problemstillingen').fill(summary);
    // The summary draft survives a reload as well.
    await page.reload();
    await page.getByLabel('Beskrivelse af problemstillingen').waitFor();
    expect(await page.getByLabel('Beskrivelse af problemstillingen').inputValue()).toBe(summary);
    await page.getByRole('button', { name: 'Send sagsresumé' }).click();
    await page.getByRole('status').filter({ hasText: 'Sagsresuméet er sendt' }).waitFor();

    await page.getByRole('button', { name: 'Slet resuméet' }).click();
    await page.getByRole('heading', { name: 'Vil du slette sagsresuméet?' }).waitFor();
    expect((await focused(page)).id).toBe('remove-confirm-heading');
    await expectAccessible(page, 'the delete confirmation');
    await screenshot(page, 'konsulent-bekraeft-slet-resume');
    await page.getByRole('button', { name: 'Fortryd' }).click();
    expect((await focused(page)).id).toBe('remove-summary');
    await page.getByRole('button', { name: 'Slet resuméet' }).click();
    await page.getByRole('button', { name: 'Ja, slet resuméet' }).click();
    await page.getByRole('status').filter({ hasText: 'Resuméet er slettet.' }).waitFor();
  });

  it('groups Mine bookinger: own first, colleagues apart without summary editing, cancelled apart; no sideways scroll', async () => {
    const { page } = consultant;
    // A colleague's booking that was cancelled again, for the cancelled group.
    const slots = await api('/slots?available=true&limit=20', { token: colleagueToken });
    const free = (slots.body as { id: string; available: boolean }[]).filter((s) => s.available);
    const cancelled = await colleagueBooks(free[free.length - 1].id, 'ocd');
    expect(cancelled.status).toBe(201);
    const cancelledId = (cancelled.body as { id: string }).id;
    expect(
      (await api(`/bookings/${cancelledId}/cancel`, { method: 'POST', token: colleagueToken, body: {} }))
        .status,
    ).toBe(200);

    await openRoute(page, '/bookinger');
    await page.getByRole('heading', { level: 1, name: 'Mine bookinger' }).waitFor();
    const mine = page.getByTestId('bookings-upcoming');
    await mine.locator(`[data-booking-id="${bookingId}"]`).waitFor();
    const colleagues = page.getByTestId('bookings-colleagues-upcoming');
    expect(await colleagues.textContent()).toContain('Kollega Aarhus');
    expect(await mine.textContent()).not.toContain('Kollega Aarhus');
    await page.getByTestId('bookings-cancelled').locator(`[data-booking-id="${cancelledId}"]`).waitFor();
    // Own bookings come before colleagues' on the page.
    const order = (await page.locator('h2').allTextContents()).filter((h) =>
      ['Dine egne bookinger', 'Kollegers bookinger i kommunen', 'Aflyste bookinger'].includes(h),
    );
    expect(order).toEqual(['Dine egne bookinger', 'Kollegers bookinger i kommunen', 'Aflyste bookinger']);
    await expectAccessible(page, 'Mine bookinger in groups');
    await screenshot(page, 'konsulent-mine-bookinger');
    await screenView(page, 'konsulent-mine-bookinger-skaerm');

    // A colleague's booking: readable, but no case-summary editor to end in.
    await colleagues.getByRole('link', { name: /^Åbn/ }).first().click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByText('Kollega Aarhus').first().waitFor();
    expect(await page.getByRole('link', { name: 'Skriv eller ret sagsresumé' }).count()).toBe(0);
    const colleagueBookingId = /#\/bookinger\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';
    await openRoute(page, `/bookinger/${colleagueBookingId}/sagsresume`);
    await page.getByText('kan kun skrives og læses af den kollega, der har booket tiden').waitFor();
    expect(await page.getByLabel('Beskrivelse af problemstillingen').count()).toBe(0);
    await expectAccessible(page, "a colleague's case summary page");

    // 320 px wide (and 640 px, what 200 % zoom of a laptop screen leaves): no sideways scrolling.
    for (const width of [320, 640]) {
      await page.setViewportSize({ width, height: 800 });
      await openRoute(page, '/bookinger');
      await mine.locator(`[data-booking-id="${bookingId}"]`).waitFor();
      expect(await noSidewaysScroll(page)).toBe(true);
      await screenView(page, `konsulent-mine-bookinger-${width}px-skaerm`);
      await openRoute(page, '/find-tid');
      await page.getByRole('link', { name: /^Book/ }).first().waitFor();
      expect(await noSidewaysScroll(page)).toBe(true);
      await page.getByRole('link', { name: /^Book/ }).first().click();
      await page.getByLabel('Dit spørgsmål til BUP').waitFor();
      expect(await noSidewaysScroll(page)).toBe(true);
      await screenView(page, `konsulent-book-tid-${width}px-skaerm`);
    }
    await openRoute(page, '/bookinger');
    await mine.locator(`[data-booking-id="${bookingId}"]`).waitFor();
    await expectAccessible(page, 'Mine bookinger at 320 px');
    await page.setViewportSize({ width: 320, height: 800 });
    await screenshot(page, 'konsulent-mine-bookinger-320px');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('warns an idle user before the session ends; "Forbliv logget ind" renews it', async () => {
    const { context, page } = await newPage(browser);
    await page.clock.install();
    await signIn(page, ACCOUNTS.consultantAarhus, 'Find tid');
    await openRoute(page, '/bookinger');
    await page.getByRole('heading', { level: 1, name: 'Mine bookinger' }).waitFor();
    const before = await page.evaluate(`sessionStorage.getItem('${ACCESS}')`);
    // Thirteen and a half idle minutes of the fifteen an access token lives.
    await page.clock.fastForward('13:30');
    const dialog = page.getByRole('alertdialog', { name: 'Du bliver snart logget ud' });
    await dialog.waitFor();
    expect(await focused(page)).toEqual(
      expect.objectContaining({ className: expect.stringContaining('button-primary') }),
    );
    await expectAccessible(page, 'the session warning');
    await screenView(page, 'konsulent-session-advarsel');
    await dialog.getByRole('button', { name: 'Forbliv logget ind' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(`sessionStorage.getItem('${ACCESS}')`)).not.toBe(before);
    await context.close();
  });

  it('ends an unanswered idle session as expired and brings the user back to the page after signing in', async () => {
    const { context, page } = await newPage(browser);
    await page.clock.install();
    await signIn(page, ACCOUNTS.consultantAarhus, 'Find tid');
    await openRoute(page, '/bookinger');
    await page.getByRole('heading', { level: 1, name: 'Mine bookinger' }).waitFor();
    await page.clock.fastForward('13:30');
    await page.getByRole('alertdialog', { name: 'Du bliver snart logget ud' }).waitFor();
    await page.clock.fastForward('02:00');
    await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
    await page.getByText('Din session er udløbet').waitFor();
    expect(decodeURIComponent(page.url())).toContain('til=/bookinger');
    expect(await page.evaluate(`sessionStorage.getItem('${REFRESH}')`)).toBeNull();
    await context.close();
  });
});
