import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { platformUrl } from './env';
import { RESULTS_DIR } from './platform';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = join(RESULTS_DIR, 'screenshots');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'sparring-demo';

export const ACCOUNTS = {
  admin: 'admin@sparring.test',
  contactAarhus: 'kontakt.aarhus@sparring.test',
  contactRanders: 'kontakt.randers@sparring.test',
  consultantAarhus: 'ppr.aarhus@sparring.test',
  consultantSamsoe: 'ppr.samsoe@sparring.test',
  consultantRanders: 'ppr.randers@sparring.test',
} as const;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A fresh, signed-out browser context: Danish, Copenhagen time, desktop size. */
export async function newPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    viewport: { width: 1280, height: 900 },
    baseURL: platformUrl(),
    acceptDownloads: true,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}

export async function openRoute(page: Page, route: string): Promise<void> {
  await page.goto(`/#${route}`);
}

/** Signs in through the login form and waits for the role's start page. */
export async function signIn(page: Page, email: string, landingHeading: string | RegExp): Promise<void> {
  await openRoute(page, '/log-ind');
  await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.getByRole('heading', { level: 1, name: landingHeading }).waitFor();
}

/** Runs axe-core's WCAG 2.1 A/AA rules on the page as it is now and fails on any violation. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const violations = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join('\n    ')}`,
  );
  if (violations.length)
    throw new Error(
      `axe found ${violations.length} accessibility violation(s) on ${what}:\n  ${violations.join('\n  ')}`,
    );
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** The id and classes of the focused element (a string expression: the test code has no DOM types). */
export async function focused(page: Page): Promise<{ id: string; className: string }> {
  return page.evaluate(
    '({ id: document.activeElement?.id ?? "", className: String(document.activeElement?.className ?? "") })',
  );
}
