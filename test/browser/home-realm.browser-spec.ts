import type { Browser } from 'playwright-core';
import { Client } from 'pg';
import {
  ACCOUNTS,
  expectAccessible,
  launchBrowser,
  newPage,
  openRoute,
  screenshot,
  signIn,
} from './support/browser';
import { platformDatabaseUrl, platformUrl } from './support/env';

/**
 * Home realm discovery on the sign-in page: an address at a municipality whose identity provider
 * is registered gets that provider's login, and no password form where passwords are switched off.
 */
describe('home realm discovery on the sign-in page', () => {
  let browser: Browser;
  let db: Client;
  let providerId: string;
  const domain = `kommune-${Date.now().toString(36)}.dk`;

  beforeAll(async () => {
    browser = await launchBrowser();
    db = new Client({ connectionString: platformDatabaseUrl() });
    await db.connect();
    // Registered as an admin would (the admin API is covered end to end in test/saml.e2e-spec.ts).
    const { rows } = await db.query(
      `INSERT INTO identity_providers (region_id, name, kind, email_domains, local_login_allowed, entity_id, sso_url, signing_certs)
       SELECT id, 'Kommunens login (NemLog-in)', 'saml', ARRAY[$1], false, $2, 'https://idp.test/sso', ARRAY['MIIB']
         FROM regions ORDER BY created_at LIMIT 1
       RETURNING id`,
      [domain, `https://idp.test/${domain}`],
    );
    providerId = rows[0].id;
  });
  afterAll(async () => {
    await db?.query(`DELETE FROM identity_providers WHERE id = $1`, [providerId]);
    await db?.end();
    await browser?.close();
  });

  it('offers the organisation’s login for its e-mail domain and hides the password form', async () => {
    const { page, context } = await newPage(browser);
    await openRoute(page, '/log-ind');
    await page.getByText('Vi finder din organisations login ud fra din e-mail.').waitFor();
    // An address of a domain without a provider: the password form as usual.
    await page.getByLabel('E-mail').fill('someone@example.org');
    await page.getByLabel('Adgangskode').focus();
    expect(await page.getByTestId('home-realm').count()).toBe(0);

    await page.getByLabel('E-mail').fill(`ppr@${domain}`);
    await page.getByLabel('E-mail').press('Tab');
    const login = page.getByRole('link', { name: 'Log ind med Kommunens login (NemLog-in)' });
    await login.waitFor();
    expect(await login.getAttribute('href')).toBe(
      `${platformUrl()}/api/v1/auth/saml/login?provider=${providerId}`,
    );
    await page.getByText('Din organisation har slået log ind med adgangskode fra.').waitFor();
    expect(await page.getByLabel('Adgangskode').count()).toBe(0);
    expect(await page.getByText('Glemt adgangskode?').count()).toBe(0);
    await expectAccessible(page, 'the sign-in page with home realm discovery');
    await screenshot(page, 'home-realm-discovery');
    await context.close();
    // Region-wide with passwords off: gone again before anyone of the region signs in with a password.
    await db.query(`DELETE FROM identity_providers WHERE id = $1`, [providerId]);
  });

  it('an admin adds a SAML provider from uploaded metadata and removes it again', async () => {
    const entityId = `https://idp.${domain}/saml`;
    const metadata = `<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="${entityId}"><md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"><md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>MIIBdummy</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor><md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.${domain}/sso"/></md:IDPSSODescriptor></md:EntityDescriptor>`;
    const admin = await newPage(browser);
    await signIn(admin.page, ACCOUNTS.admin, 'Statistik');
    await openRoute(admin.page, '/admin/log-ind-udbydere');
    await admin.page.getByRole('heading', { level: 1, name: 'Log ind-udbydere' }).waitFor();
    await admin.page.getByText(`${platformUrl()}/api/v1/auth/saml/acs`).waitFor();
    // Nothing filled in: Danish errors, focus on the first.
    await admin.page.getByRole('button', { name: 'Tilføj udbyder' }).click();
    await admin.page.getByText('Skriv et navn.').first().waitFor();
    await expectAccessible(admin.page, 'the identity providers page with errors');

    await admin.page.getByLabel('Navn').fill('Context Handler (test)');
    await admin.page.getByLabel('Eller indsæt metadata (XML)').fill(metadata);
    await admin.page.getByLabel('E-maildomæner').fill(`ch.${domain}`);
    await admin.page.getByRole('button', { name: 'Tilføj udbyder' }).click();
    await admin.page.getByText('Context Handler (test) er tilføjet.').waitFor();
    await admin.page.getByRole('rowheader', { name: /Context Handler \(test\)/ }).waitFor();
    await expectAccessible(admin.page, 'the identity providers page with a provider');
    await screenshot(admin.page, 'identity-providers');
    await admin.page.getByRole('button', { name: /^Fjern.*Context Handler \(test\)/ }).click();
    await admin.page.getByText('Context Handler (test) er fjernet.').waitFor();
    await admin.context.close();
  });
});
