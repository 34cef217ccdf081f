import type { Browser, Page } from 'playwright-core';
import {
  ACCOUNTS,
  expectAccessible,
  launchBrowser,
  newPage,
  openRoute,
  screenshot,
  signIn,
} from './support/browser';

/**
 * The contact plans ahead (issue 15): a series is previewed with its holidays marked before it is
 * published, changed with its effect shown before saving, and ended; an absence shows the sessions
 * it touches before it is registered, and is undone while nobody has been told.
 * Thursdays at 07:15 in the spring of 2027, far from the times the other browser specs book.
 */
describe('contact: series preview and change, absence preview and undo', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page } = await newPage(browser));
    await signIn(page, ACCOUNTS.contactRanders, 'Kalender');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('previews a Thursday series with Maundy Thursday marked, then publishes it', async () => {
    await openRoute(page, '/faste-tider');
    await page.getByRole('heading', { level: 1, name: 'Faste tider' }).waitFor();
    await page.locator('label', { hasText: 'Randers' }).first().click();
    await page.getByLabel('Ugedag').selectOption({ label: 'torsdag' });
    await page.getByLabel('Starttid').fill('07.15');
    await page.getByLabel('Første dato').fill('2027-03-01');
    await page.getByLabel('Sidste dato').fill('2027-02-01');
    await page.getByRole('button', { name: 'Se datoerne' }).click();
    // The last date before the first is caught in the form, in Danish, at the field.
    await page.getByText('Sidste dato skal ligge på eller efter første dato.').first().waitFor();
    await page.getByLabel('Sidste dato').fill('2027-04-15');
    await page.getByRole('button', { name: 'Se datoerne' }).click();

    const preview = page.getByTestId('series-preview');
    await preview.getByRole('heading', { name: 'Tjek datoerne' }).waitFor();
    await preview.getByText('Ingen tid – Skærtorsdag').waitFor();
    await expect(preview.getByText(/Serien giver 6 tider/).isVisible()).resolves.toBe(true);
    await expectAccessible(page, 'the series preview');
    await screenshot(page, 'contact-series-preview');

    await page.getByRole('button', { name: 'Opret serien' }).click();
    await page.getByRole('status').filter({ hasText: 'Serien er oprettet med 6 tider' }).waitFor();
  });

  it('shows the effect of moving the series to 07.30 before saving it', async () => {
    const item = page.locator('.series-item', { hasText: 'Hver torsdag kl. 07.15' });
    await item.getByRole('button', { name: /Ret serien/ }).click();
    await item.getByLabel('Starttid').fill('07.30');
    await item.getByRole('button', { name: 'Se virkningen' }).click();
    const effect = item.getByTestId('series-change-effect');
    await effect.getByText('Ændringen fjerner 6 ledige tider og opretter 6 nye tider.').waitFor();
    await expectAccessible(page, 'the effect of a series change');
    await screenshot(page, 'contact-series-change-effect');
    await item.getByRole('button', { name: 'Gem ændringen' }).click();
    await page.getByRole('status').filter({ hasText: 'Serien er ændret.' }).waitFor();
    await page.locator('.series-item', { hasText: 'Hver torsdag kl. 07.30' }).waitFor();
  });

  it('previews an absence with the sessions it touches, registers it and undoes it', async () => {
    await openRoute(page, '/fravaer');
    await page.getByRole('heading', { level: 1, name: 'Fravær' }).waitFor();
    await page.getByLabel('Fra og med').fill('2027-04-15');
    await page.getByLabel('Til og med').fill('2027-04-15');
    await page.getByRole('button', { name: 'Se de berørte tider' }).click();

    const table = page.getByTestId('absence-preview');
    await table.waitFor();
    await table.getByRole('row', { name: /07\.30/ }).waitFor();
    await expectAccessible(page, 'the absence preview');
    await screenshot(page, 'contact-absence-preview');

    await page.getByRole('button', { name: 'Registrér fraværet' }).click();
    await page
      .getByText(/Ingen har fået besked endnu/)
      .first()
      .waitFor();
    const listed = page.getByTestId('absence-list').locator('li').first();
    await listed.getByRole('button', { name: /Fortryd fraværet/ }).waitFor();
    await expectAccessible(page, 'the registered absence with its undo');
    await screenshot(page, 'contact-absence-registered');

    await listed.getByRole('button', { name: /Fortryd fraværet/ }).click();
    await page.getByRole('status').filter({ hasText: 'Fraværet er fortrudt.' }).waitFor();
    await page.getByTestId('absence-list').locator('li').first().getByText('Fortrudt').waitFor();
    await screenshot(page, 'contact-absence-undone');
  });

  it('ends the series and keeps it in the list as ended', async () => {
    await openRoute(page, '/faste-tider');
    const item = page.locator('.series-item', { hasText: 'Hver torsdag kl. 07.30' });
    await item.getByRole('button', { name: /Afslut serien/ }).click();
    await item.getByRole('button', { name: 'Ja, afslut serien' }).click();
    await page.getByRole('status').filter({ hasText: 'Serien er afsluttet.' }).waitFor();
    await page
      .locator('.series-item', { hasText: 'Hver torsdag kl. 07.30' })
      .getByText('Afsluttet')
      .first()
      .waitFor();
    await expectAccessible(page, 'the series list after ending one');
  });
});
