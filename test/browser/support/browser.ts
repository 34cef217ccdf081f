import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { Secret, TOTP } from 'otpauth';
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

/** The code an authenticator app shows for `secret`, `steps` 30-second steps from now. */
export function totpCode(secret: string, steps = 0): string {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({
    timestamp: Date.now() + steps * 30_000,
  });
}

// Authenticators the browser tests enrolled, kept in a file: the spec files run one after another
// (maxWorkers 1) against one platform, and a later file must finish the sign-in the first one enrolled.
const ENROLMENTS = join(RESULTS_DIR, 'browser-mfa-enrolments.json');
type Enrolments = Record<string, { secret: string; recoveryCodes: string[] }>;
const enrolmentKey = (email: string) => `${platformUrl()} ${email.toLowerCase()}`;
const readEnrolments = (): Enrolments =>
  existsSync(ENROLMENTS) ? (JSON.parse(readFileSync(ENROLMENTS, 'utf8')) as Enrolments) : {};
function saveEnrolment(email: string, enrolment: { secret: string; recoveryCodes: string[] }): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(ENROLMENTS, JSON.stringify({ ...readEnrolments(), [enrolmentKey(email)]: enrolment }));
}
export const enrolmentOf = (email: string) => readEnrolments()[enrolmentKey(email)];

/**
 * On the two-step page: sets up the authenticator as a person would (reads the key shown under the
 * QR code, types the app's code) and keeps the recovery codes the page shows once.
 */
export async function enrolAuthenticator(
  page: Page,
  email: string,
): Promise<{ secret: string; recoveryCodes: string[] }> {
  await page.getByRole('button', { name: 'Opsæt godkendelsesapp' }).click();
  const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
  await page.getByLabel('Kode fra appen').fill(totpCode(secret));
  await page.getByRole('button', { name: 'Slå totrinsbekræftelse til' }).click();
  const list = page.getByTestId('recovery-codes');
  await list.waitFor();
  const recoveryCodes = (await list.locator('code').allTextContents()).map((code) => code.trim());
  const enrolment = { secret, recoveryCodes };
  saveEnrolment(email, enrolment);
  return enrolment;
}

/**
 * Signs in through the login form and waits for the role's start page. An admin without an
 * authenticator enrols one on the way (the demo admins are not pre-enrolled: a newcomer does the
 * same); an account with one gives a saved recovery code, which never collides with a TOTP code
 * used a moment earlier in the same 30-second step.
 */
export async function signIn(
  page: Page,
  email: string,
  landingHeading: string | RegExp,
  password = DEMO_PASSWORD,
): Promise<void> {
  await openRoute(page, '/log-ind');
  await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode').fill(password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  const landing = page.getByRole('heading', { level: 1, name: landingHeading });
  const enrol = page.getByRole('button', { name: 'Opsæt godkendelsesapp' });
  const step = page.getByRole('button', { name: 'Bekræft', exact: true });
  await landing.or(enrol).or(step).first().waitFor();
  if (await enrol.isVisible()) {
    await enrolAuthenticator(page, email);
    await page.getByRole('button', { name: 'Fortsæt til portalen' }).click();
  } else if (await step.isVisible()) {
    const enrolment = enrolmentOf(email);
    const recoveryCode = enrolment?.recoveryCodes.shift();
    if (!enrolment || !recoveryCode) throw new Error(`${email} asks for a code, but the tests hold none`);
    saveEnrolment(email, enrolment);
    await page.getByRole('button', { name: 'Jeg har ikke min telefon – brug en gendannelseskode' }).click();
    await page.getByLabel('Gendannelseskode').fill(recoveryCode);
    await page.getByRole('button', { name: 'Bekræft', exact: true }).click();
  }
  await landing.waitFor();
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
