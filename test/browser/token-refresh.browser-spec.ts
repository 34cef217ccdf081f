import type { Browser } from 'playwright-core';
import { ACCOUNTS, launchBrowser, newPage, openRoute, signIn } from './support/browser';
import { waitFor } from '../support/wait-for';
import { platformUrl } from './support/env';

const ACCESS = 'sparringsportalen.accessToken';
const REFRESH = 'sparringsportalen.refreshToken';

/** Short-lived access tokens: a 401 is answered by one refresh and a retry; Log ud ends the session. */
describe('token refresh and sign-out', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('renews a rejected access token once and retries, and Log ud ends the session at the API', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, ACCOUNTS.consultantAarhus, 'Find tid');
    const firstRefresh = await page.evaluate(`sessionStorage.getItem('${REFRESH}')`);
    expect(firstRefresh).toEqual(expect.any(String));

    // An access token the API rejects, as an expired one would be.
    await page.evaluate(`sessionStorage.setItem('${ACCESS}', 'expired.token.value')`);
    await openRoute(page, '/bookinger');
    await page.getByRole('heading', { level: 1, name: 'Mine bookinger' }).waitFor();
    await page.locator('.loading').waitFor({ state: 'detached' });
    expect(await page.getByRole('alert').count()).toBe(0);
    const renewedAccess = await page.evaluate(`sessionStorage.getItem('${ACCESS}')`);
    const renewedRefresh = await page.evaluate(`sessionStorage.getItem('${REFRESH}')`);
    expect(renewedAccess).not.toBe('expired.token.value');
    expect(renewedRefresh).not.toBe(firstRefresh);

    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
    expect(await page.evaluate(`sessionStorage.getItem('${REFRESH}')`)).toBeNull();
    // The session is over at the API: neither the last access token nor the refresh token works.
    // The page sends the logout as it signs out: wait until the API has it (the token is refused).
    const me = await waitFor(
      async () => {
        const response = await fetch(`${platformUrl()}/api/v1/auth/me`, {
          headers: { Authorization: `Bearer ${String(renewedAccess)}` },
        });
        return response.status === 401 ? response : undefined;
      },
      { timeout: 10_000, what: 'the API to refuse the signed-out access token' },
    );
    expect(me.status).toBe(401);
    const refreshed = await fetch(`${platformUrl()}/api/v1/auth/refresh`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ refreshToken: renewedRefresh }),
    });
    expect(refreshed.status).toBe(401);
    await context.close();
  });
});
