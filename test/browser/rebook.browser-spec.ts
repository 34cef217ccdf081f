import type { Browser, BrowserContext, Page } from 'playwright-core';
import { platformUrl } from './support/env';
import {
  ACCOUNTS,
  DEMO_PASSWORD,
  expectAccessible,
  launchBrowser,
  newPage,
  openRoute,
  signIn,
} from './support/browser';

const DAY = 24 * 3600_000;

/** A call to the running platform's API, as the given demo account. */
async function api(token: string | null, method: string, path: string, body?: unknown) {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  let payload: FormData | string | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const response = await fetch(`${platformUrl()}/api/v1${path}`, { method, headers, body: payload });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}
const login = async (email: string): Promise<string> =>
  (await api(null, 'POST', '/auth/login', { email, password: DEMO_PASSWORD })).accessToken;

/** Monday (YYYY-MM-DD) of the Copenhagen week an instant falls in. */
function mondayOf(instant: Date): string {
  const day = new Date(instant.toLocaleDateString('en-CA', { timeZone: 'Europe/Copenhagen' }));
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}

/**
 * BUP cancels a consultant's booking; the consultant books a new time with the same details in one
 * step and finds the case summary (with its file) on the new booking, then keeps and removes the file.
 */
describe('book a new time with the same details, and keep the attached file', () => {
  const question = `Hvordan støtter vi en elev med angst efter aflysning? (browsertest ${Date.now()})`;
  let browser: Browser;
  let consultant: { context: BrowserContext; page: Page };
  let cancelledId: string;
  let newSlotId: string;
  let newSlotStart: Date;
  let consultantToken: string;

  beforeAll(async () => {
    consultantToken = await login(ACCOUNTS.consultantAarhus);
    const contactToken = await login(ACCOUNTS.contactAarhus);
    const me = await api(consultantToken, 'GET', '/auth/me');
    // Two one-off times far ahead at an odd minute, clear of the demo series.
    const base = new Date(Date.now() + 80 * DAY);
    base.setUTCHours(5, 17, 0, 0);
    newSlotStart = new Date(base.getTime() + DAY);
    const slot = (startsAt: Date) =>
      api(contactToken, 'POST', '/slots', {
        kind: 'sparring',
        municipalityIds: [me.municipalityId],
        startsAt: startsAt.toISOString(),
      });
    const first = await slot(base);
    newSlotId = (await slot(newSlotStart)).id;
    const booking = await api(consultantToken, 'POST', '/bookings', {
      slotId: first.id,
      topic: 'anxiety',
      step: 2,
      childAgeBand: '10-13',
      question,
    });
    cancelledId = booking.id;
    const form = new FormData();
    form.append('text', 'Eleven har haft stigende fravær gennem et halvt år.');
    form.append('file', new Blob(['Skolen har afprøvet tilpasset skema uden effekt.']), 'resume.txt');
    await api(consultantToken, 'PUT', `/bookings/${cancelledId}/case-summary`, form);
    await api(contactToken, 'POST', `/slots/${first.id}/cancel`, { reason: 'Sygdom' });

    browser = await launchBrowser();
    consultant = await newPage(browser);
    await signIn(consultant.page, ACCOUNTS.consultantAarhus, 'Find tid');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('offers the action on the cancelled booking and books the chosen time with the same details', async () => {
    const { page } = consultant;
    await openRoute(page, `/bookinger/${cancelledId}`);
    await page.getByText(/Gemt krypteret til/).waitFor();
    await expectAccessible(page, 'a booking BUP cancelled');

    await page.getByRole('link', { name: 'Book ny tid med samme oplysninger' }).click();
    await page.getByRole('heading', { level: 1, name: 'Book ny tid med samme oplysninger' }).waitFor();
    await openRoute(page, `/bookinger/${cancelledId}/ny-tid?uge=${mondayOf(newSlotStart)}`);
    const choose = page.locator(`button[data-slot-id="${newSlotId}"]`);
    await choose.waitFor();
    await expectAccessible(page, 'choosing a new time');
    await choose.click();

    await page.getByRole('heading', { name: 'Bekræft den nye tid' }).waitFor();
    await page.getByText(question).waitFor();
    await page.getByText('Sagsresuméet flyttes med til den nye booking.').waitFor();
    await expectAccessible(page, 'confirming the new time');
    await page.getByRole('button', { name: 'Bekræft ny booking' }).click();

    await page.getByRole('status').filter({ hasText: 'er booket med de samme oplysninger' }).waitFor();
    const newId = /#\/bookinger\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';
    expect(newId).not.toBe(cancelledId);
    await page.getByText(question).waitFor();
    await expectAccessible(page, 'the new booking');
    const created = await api(consultantToken, 'GET', `/bookings/${newId}`);
    expect(created).toMatchObject({ rebookedFromId: cancelledId, slot: { id: newSlotId }, question });
    const summary = await api(consultantToken, 'GET', `/bookings/${newId}/case-summary`);
    expect(summary.fileName).toBe('resume.txt');

    // The case summary page shows the kept file; sending again keeps it, "Fjern fil" removes it.
    await openRoute(page, `/bookinger/${newId}/sagsresume`);
    const kept = page.getByTestId('kept-file');
    await kept.getByText(/Vedhæftet fil: resume\.txt/).waitFor();
    await expectAccessible(page, 'the case summary with a kept file');
    await page.getByLabel('Beskrivelse af problemstillingen').fill('Ny tekst om forløbet i skolen.');
    await page.getByRole('button', { name: 'Send sagsresumé' }).click();
    await page.getByRole('status').filter({ hasText: 'Sagsresuméet er sendt' }).waitFor();
    expect((await api(consultantToken, 'GET', `/bookings/${newId}/case-summary`)).fileName).toBe(
      'resume.txt',
    );

    await page.getByRole('button', { name: 'Fjern filen resume.txt' }).click();
    await kept.getByText('Filen resume.txt fjernes, når du sender resuméet.').waitFor();
    await expectAccessible(page, 'a file marked for removal');
    await page.getByRole('button', { name: 'Send sagsresumé' }).click();
    await kept.waitFor({ state: 'detached' });
    expect((await api(consultantToken, 'GET', `/bookings/${newId}/case-summary`)).fileName).toBeNull();
  });
});
