import type { Browser } from 'playwright-core';
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

describe('signing in', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows an accessible Danish login page, with an English switch', async () => {
    const { context, page } = await newPage(browser);
    await openRoute(page, '/');
    await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('da');
    await expect(page.getByRole('link', { name: 'Gå til sidens indhold' }).count()).resolves.toBe(1);
    await expectAccessible(page, 'the login page');
    await screenshot(page, 'log-ind');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expectAccessible(page, 'the login page in English');
    await page.getByRole('button', { name: 'Dansk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
    await context.close();
  });

  it('refuses a wrong password politely, in Danish', async () => {
    const { context, page } = await newPage(browser);
    await openRoute(page, '/log-ind');
    await page.getByLabel('E-mail').fill(ACCOUNTS.consultantAarhus);
    await page.getByLabel('Adgangskode').fill('forkert-adgangskode');
    await page.getByRole('button', { name: 'Log ind' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('E-mail eller adgangskode er forkert');
    // Focus moves to the alert so screen-reader users hear it at once.
    expect((await focused(page)).className).toContain('alert');
    await expectAccessible(page, 'the login page with an error');
    await context.close();
  });

  it('asks for the missing fields at the fields', async () => {
    const { context, page } = await newPage(browser);
    await openRoute(page, '/log-ind');
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByText('Skriv din e-mail.').waitFor();
    expect(await page.getByLabel('E-mail').getAttribute('aria-invalid')).toBe('true');
    expect((await focused(page)).id).toBe('field-email');
    await expectAccessible(page, 'the login page with field errors');
    await context.close();
  });

  it.each([
    ['consultant', ACCOUNTS.consultantAarhus, 'Find tid', ['Find tid', 'Mine bookinger']],
    ['contact', ACCOUNTS.contactAarhus, 'Kalender', ['Kalender', 'Faste tider', 'Fravær']],
    ['admin', ACCOUNTS.admin, 'Statistik', ['Statistik', 'Statusrapporter', 'Kommuner', 'Brugere', 'Log']],
  ])('signs in a %s and shows that role’s menu', async (role, email, landing, menu) => {
    const { context, page } = await newPage(browser);
    await signIn(page, email, landing);
    const nav = page.getByRole('navigation', { name: 'Hovedmenu' });
    for (const item of menu) await nav.getByRole('link', { name: item, exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Log ud' }).count()).toBe(1);
    await expectAccessible(page, `the ${role}'s start page`);
    await screenshot(page, `start-${role}`);

    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
    await page.getByText('Du er nu logget ud.').waitFor();
    await context.close();
  });

  it('links the accessibility statement from the footer', async () => {
    const { context, page } = await newPage(browser);
    await openRoute(page, '/log-ind');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Tilgængelighedserklæring' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tilgængelighedserklæring' }).waitFor();
    await expectAccessible(page, 'the accessibility statement');
    await screenshot(page, 'tilgaengelighedserklaering');
    await context.close();
  });
});
