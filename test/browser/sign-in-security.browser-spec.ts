import type { Browser, Page } from 'playwright-core';
import { PLATFORM_ENV } from './support/env';
import {
  ACCOUNTS,
  enrolAuthenticator,
  expectAccessible,
  launchBrowser,
  newPage,
  openRoute,
  signIn,
  totpCode,
} from './support/browser';

interface Mail {
  envelopeTo: string[];
  subject: string;
  text: string;
}

/** The mails the platform's catcher holds for `email`, waiting (with a deadline) for `count` of them. */
async function mailsTo(email: string, count: number): Promise<Mail[]> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const all = (await (await fetch(process.env[PLATFORM_ENV.mailApiUrl]!)).json()) as Mail[];
    const mine = all.filter((mail) => mail.envelopeTo.includes(email));
    if (mine.length >= count) return mine;
    if (Date.now() > deadline) throw new Error(`no ${count} mail(s) to ${email} within 30 s`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

const signOut = async (page: Page) => {
  await page.getByRole('button', { name: 'Log ud' }).click();
  await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
};

describe('sign-in security in the browser', () => {
  let browser: Browser;
  const email = `inviteret.${Date.now().toString(36)}@sparring.test`;
  const password = 'mit-helt-eget-kodeord';

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('an admin invites a contact, who sets a password from the link and signs in', async () => {
    const admin = await newPage(browser);
    await signIn(admin.page, ACCOUNTS.admin, 'Statistik');
    await openRoute(admin.page, '/admin/brugere');
    await admin.page.getByRole('heading', { level: 2, name: 'Opret bruger' }).waitFor();
    expect(await admin.page.getByLabel('Adgangskode').count()).toBe(0);
    await admin.page.getByLabel('Navn').fill('Inviteret Kontakt');
    await admin.page.getByLabel('E-mail').fill(email);
    await admin.page.getByLabel('Rolle').selectOption('contact');
    await admin.page.getByRole('button', { name: 'Opret bruger' }).click();
    await admin.page.getByText('Inviteret Kontakt er oprettet og har fået en invitation på mail.').waitFor();
    await expectAccessible(admin.page, 'the users page after an invitation');
    await admin.context.close();

    const [invitation] = await mailsTo(email, 1);
    expect(invitation.subject).toBe('Du er oprettet i Sparringsportalen');
    const link = /https?:\/\/\S+#\/adgangskode\?token=[A-Za-z0-9_-]+/.exec(invitation.text)![0];

    const user = await newPage(browser);
    await user.page.goto(link.replace(/^https?:\/\/[^/]+/, ''));
    await user.page.getByRole('heading', { level: 1, name: 'Vælg adgangskode' }).waitFor();
    // The token leaves the address bar at once.
    expect(user.page.url()).not.toContain('token=');
    await expectAccessible(user.page, 'the set-password page');
    await user.page.getByLabel('Ny adgangskode').fill('kort');
    await user.page.getByRole('button', { name: 'Gem adgangskode' }).click();
    await user.page.getByText('Adgangskoden skal have mindst 10 tegn.').first().waitFor();
    await expectAccessible(user.page, 'the set-password page with an error');
    await user.page.getByLabel('Ny adgangskode').fill(password);
    await user.page.getByLabel('Gentag adgangskoden').fill(password);
    await user.page.getByRole('button', { name: 'Gem adgangskode' }).click();
    await user.page.getByText('Din adgangskode er gemt. Log ind med den nye adgangskode.').waitFor();
    await expectAccessible(user.page, 'the login page after setting a password');
    await signIn(user.page, email, 'Kalender', password);

    // The link worked once.
    await user.page.goto(link.replace(/^https?:\/\/[^/]+/, ''));
    await user.page.getByLabel('Ny adgangskode').fill('endnu-et-kodeord');
    await user.page.getByLabel('Gentag adgangskoden').fill('endnu-et-kodeord');
    await user.page.getByRole('button', { name: 'Gem adgangskode' }).click();
    await user.page.getByText('Linket virker ikke længere', { exact: false }).waitFor();
    await user.context.close();
  });

  it('the contact turns on two-step verification and then signs in with a code from the app', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, email, 'Kalender', password);
    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Totrinsbekræftelse' })
      .click();
    await page.getByRole('button', { name: 'Opsæt godkendelsesapp' }).waitFor();
    await expectAccessible(page, 'the two-step verification page');
    await page.getByRole('button', { name: 'Opsæt godkendelsesapp' }).click();
    await page.getByRole('img', { name: 'QR-kode til godkendelsesappen' }).waitFor();
    await expectAccessible(page, 'the enrolment with its QR code');
    await page.reload();
    await page.getByRole('button', { name: 'Opsæt godkendelsesapp' }).waitFor();
    const enrolment = await enrolAuthenticator(page, email);
    expect(enrolment.recoveryCodes).toHaveLength(10);
    await expectAccessible(page, 'the recovery codes');
    await page.getByRole('button', { name: 'Fortsæt til portalen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kalender' }).waitFor();
    await signOut(page);

    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Adgangskode').fill(password);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('heading', { level: 1, name: 'Totrinsbekræftelse' }).waitFor();
    await expectAccessible(page, 'the code step of the sign-in');
    await page.getByLabel('Kode fra appen').fill(totpCode(enrolment.secret, 10));
    await page.getByRole('button', { name: 'Bekræft', exact: true }).click();
    await page.getByText('Koden passer ikke', { exact: false }).waitFor();
    await expectAccessible(page, 'the code step with a wrong code');
    // The code enrolment used is spent; the app's next code signs in.
    await page.getByLabel('Kode fra appen').fill(totpCode(enrolment.secret, 1));
    await page.getByRole('button', { name: 'Bekræft', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Kalender' }).waitFor();
    await context.close();
  });

  it('says in Danish that sign-in is locked, and until when — the same for any address', async () => {
    const { context, page } = await newPage(browser);
    await openRoute(page, '/log-ind');
    const address = `ukendt.${Date.now().toString(36)}@sparring.test`;
    for (let attempt = 0; attempt < 5; attempt++) {
      await page.getByLabel('E-mail').fill(address);
      await page.getByLabel('Adgangskode').fill('forkert-adgangskode');
      await page.getByRole('button', { name: 'Log ind' }).click();
      await page.getByRole('alert').waitFor();
      await page.getByRole('button', { name: 'Log ind' }).and(page.locator(':enabled')).waitFor();
    }
    const alert = page.getByRole('alert');
    await page.getByText('Kontoen er låst for log ind herfra til', { exact: false }).waitFor();
    expect(await alert.textContent()).toMatch(/til .+ kl\. \d{2}[.:]\d{2}/);
    await expectAccessible(page, 'the login page with a lock-out');

    await page.getByRole('link', { name: 'Glemt adgangskode?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Glemt adgangskode' }).waitFor();
    await page.getByLabel('E-mail').fill(address);
    await page.getByRole('button', { name: 'Send link' }).click();
    await page.getByText('Hvis adressen har en konto i Sparringsportalen', { exact: false }).waitFor();
    await expectAccessible(page, 'the forgotten-password page');
    await context.close();
  });
});
