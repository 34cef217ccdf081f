import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  ACCOUNTS,
  expectAccessible,
  focused,
  launchBrowser,
  newPage,
  screenshot,
  signIn,
} from './support/browser';

/**
 * The findings panel of issue 12 as a hurried social worker meets it (Samsø, so the other specs'
 * Aarhus and Randers bookings do not interfere): a booking question with a CPR number is refused and
 * marked in the field; the panel stays while the user keeps typing; one rewrite (by keyboard) clears
 * it and the booking goes through. Then a cancellation reason with a name is refused and fixed by
 * hand, from the panel's "select in the text field". axe runs on every state.
 */
describe('the findings panel on free-text fields', () => {
  const stamp = Date.now();
  const cpr = '010315-1234';
  const questionStart = `Drengen ${cpr} undgår skolen og har ondt i maven om morgenen.`;
  const questionMore = ` Hvordan skelner vi angst fra belastning? (fritekst ${stamp})`;
  const name = 'Rasmus Jørgensen';
  const reason = `Aflyst efter aftale med ${name} (${stamp})`;
  let browser: Browser;
  let consultant: { context: BrowserContext; page: Page };

  beforeAll(async () => {
    browser = await launchBrowser();
    consultant = await newPage(browser);
  });

  afterAll(async () => {
    await browser?.close();
  });

  const fieldValue = (page: Page, id: string) =>
    page.evaluate(`document.getElementById(${JSON.stringify(id)}).value`) as Promise<string>;
  const marks = (page: Page) => page.locator('.screened-backdrop mark.screened-mark');

  it('keeps the panel while the question is edited, applies a rewrite by keyboard, and books', async () => {
    const { page } = consultant;
    await signIn(page, ACCOUNTS.consultantSamsoe, 'Find tid');
    const bookLinks = page.getByRole('link', { name: /^Book/ });
    for (let week = 0; week < 4; week += 1) {
      const shownWeek = (await page.locator('.week-label').textContent()) ?? '';
      await page.getByRole('button', { name: 'Næste uge' }).click();
      const nextWeek = await page.locator('.week-label', { hasNotText: shownWeek }).textContent();
      const weekNumber = /Uge (\d+)/.exec(nextWeek ?? '')?.[1];
      await page.locator('.result-count', { hasText: `i uge ${weekNumber}.` }).waitFor();
      if ((await bookLinks.count()) > 0) break;
    }
    await bookLinks.first().click();
    await page.getByRole('heading', { level: 1, name: 'Book tid' }).waitFor();
    await page.getByLabel('Emne').selectOption({ label: 'Angst' });
    await page.locator('label', { hasText: '10–13 år' }).click();
    const question = page.getByLabel('Dit spørgsmål til BUP');
    await question.fill(questionStart);
    await page.getByRole('button', { name: 'Fortsæt' }).click();

    // Refused: the panel opens with focus on its heading, the CPR number is marked in the field.
    const heading = page.locator('#question-findings-heading');
    await heading.waitFor();
    expect(await heading.textContent()).toMatch(/Vi fandt 1 sted/);
    expect((await focused(page)).id).toBe('question-findings-heading');
    await marks(page).first().waitFor();
    expect(await marks(page).allTextContents()).toEqual([cpr]);
    expect(await page.locator('.findings-panel').textContent()).toContain('CPR-nummer');
    expect(await page.getByText('Tiden er booket').count()).toBe(0);
    await expectAccessible(page, 'the booking question refused with a CPR number');
    await screenshot(page, 'fritekst-spoergsmaal-afvist');

    // The user keeps typing at the end: the panel and the mark stay, nothing typed is lost.
    const recheck = page.waitForResponse(
      (r) => r.url().includes('/anonymisation/check') && r.status() === 200,
    );
    await question.focus();
    await page.keyboard.press('End');
    await page.keyboard.type(questionMore);
    expect(await fieldValue(page, 'field-question')).toBe(questionStart + questionMore);
    expect(await marks(page).allTextContents()).toEqual([cpr]);
    // Still there after the re-check the pause in typing triggers.
    await recheck;
    await heading.waitFor();
    expect(await heading.textContent()).toMatch(/Vi fandt 1 sted/);
    expect(await marks(page).allTextContents()).toEqual([cpr]);
    await expectAccessible(page, 'the booking question while it is edited');
    await screenshot(page, 'fritekst-spoergsmaal-redigeres');

    // The rewrite, by keyboard: focus the button and press Enter; exactly the CPR number is replaced.
    const rewrite = page.locator('#question-finding-rewrite-0');
    const replacement = /»(.+)«/.exec((await rewrite.textContent()) ?? '')?.[1] ?? '';
    expect(replacement).not.toBe('');
    await rewrite.focus();
    await page.keyboard.press('Enter');
    const expected = questionStart.replace(cpr, replacement) + questionMore;
    expect(await fieldValue(page, 'field-question')).toBe(expected);
    await page
      .locator('.findings-panel [role="status"]', { hasText: `Erstattet med »${replacement}«` })
      .waitFor();
    expect((await focused(page)).id).toBe('question-findings-heading');
    await page.getByRole('heading', { name: 'Ingen markerede steder tilbage' }).waitFor();
    expect(await marks(page).count()).toBe(0);
    await expectAccessible(page, 'the booking question after the rewrite');
    await screenshot(page, 'fritekst-spoergsmaal-omskrevet');

    await page.getByRole('button', { name: 'Fortsæt' }).click();
    await page.getByRole('heading', { name: 'Tjek dine oplysninger' }).waitFor();
    await page.getByRole('button', { name: 'Book tiden' }).click();
    await page.getByRole('status').filter({ hasText: 'Tiden er booket' }).waitFor();
    await page.getByText(expected).waitFor();
    expect(await page.getByText(cpr).count()).toBe(0);
    await expectAccessible(page, 'the booking made with the rewritten question');
  });

  it('refuses a cancellation reason with a name, then cancels once the user fixed it by hand', async () => {
    const { page } = consultant;
    await page.getByRole('button', { name: 'Aflys booking' }).click();
    await page.getByRole('heading', { name: 'Aflys booking' }).waitFor();
    await page.getByLabel('Årsag').fill(reason);
    await page.getByRole('button', { name: 'Ja, aflys bookingen' }).click();

    const heading = page.locator('#cancelReason-findings-heading');
    await heading.waitFor();
    expect((await focused(page)).id).toBe('cancelReason-findings-heading');
    expect(await marks(page).allTextContents()).toEqual([name]);
    expect(await page.locator('.findings-panel').textContent()).toContain('navn');
    expect(await page.locator('.badge', { hasText: 'Aflyst' }).count()).toBe(0);
    await expectAccessible(page, 'the cancellation reason refused with a name');
    await screenshot(page, 'fritekst-aflysning-afvist');

    // "Marker i tekstfeltet" selects exactly the name; typing replaces it.
    await page.getByRole('button', { name: /Marker i tekstfeltet/ }).click();
    expect((await focused(page)).id).toBe('field-cancelReason');
    await page.keyboard.type('kollegaen');
    const fixed = reason.replace(name, 'kollegaen');
    expect(await fieldValue(page, 'field-cancelReason')).toBe(fixed);
    await page.getByRole('heading', { name: 'Ingen markerede steder tilbage' }).waitFor();
    // Told to screen-reader users once the edited text has been checked again.
    await page
      .locator('.findings-panel [role="status"]', { hasText: 'Ingen markerede steder tilbage' })
      .waitFor();
    await expectAccessible(page, 'the cancellation reason fixed by hand');
    await screenshot(page, 'fritekst-aflysning-rettet');

    await page.getByRole('button', { name: 'Ja, aflys bookingen' }).click();
    await page.getByRole('status').filter({ hasText: 'Bookingen er aflyst' }).waitFor();
    await page.locator('.badge', { hasText: 'Aflyst' }).waitFor();
    await page.getByText(fixed).waitFor();
    await expectAccessible(page, 'the booking cancelled with the fixed reason');
  });

  it('gives the contact the same panel on an absence reason: one click rewrites the phone number', async () => {
    const contact = await newPage(browser);
    const { page } = contact;
    await signIn(page, ACCOUNTS.contactAarhus, /Kalender/);
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Fravær' }).click();
    await page.getByRole('heading', { level: 1, name: 'Fravær' }).waitFor();
    // Beyond the slot horizon, so no slot of the other specs moves.
    const day = `${new Date().getUTCFullYear() + 2}-06-15`;
    await page.getByLabel('Fra og med').fill(day);
    await page.getByLabel('Til og med').fill(day);
    const phone = '20 30 40 50';
    const absenceReason = `Kursus, ring på ${phone} ved spørgsmål`;
    await page.getByLabel('Årsag').fill(absenceReason);
    // First the sessions it touches, then registering it: the reason is screened when it is sent.
    await page.getByRole('button', { name: 'Se de berørte tider' }).click();
    await page.getByRole('button', { name: 'Registrér fraværet' }).click();

    await page.locator('#reason-findings-heading').waitFor();
    expect((await focused(page)).id).toBe('reason-findings-heading');
    expect(await marks(page).allTextContents()).toEqual([phone]);
    await expectAccessible(page, 'the absence reason refused with a phone number');
    await screenshot(page, 'fritekst-fravaer-afvist');

    await page.locator('#reason-finding-rewrite-0').click();
    const replacement = /»(.+)«/.exec(
      (await page.locator('.findings-panel [role="status"]').textContent()) ?? '',
    )?.[1];
    expect(replacement).toBeTruthy();
    expect(await fieldValue(page, 'field-reason')).toBe(absenceReason.replace(phone, replacement!));
    await page.getByRole('heading', { name: 'Ingen markerede steder tilbage' }).waitFor();
    await expectAccessible(page, 'the absence reason after the rewrite');

    await page.getByRole('button', { name: 'Se de berørte tider' }).click();
    await page.getByRole('button', { name: 'Registrér fraværet' }).click();
    await page.getByRole('status').filter({ hasText: 'Fraværet er registreret' }).waitFor();
    expect(await page.locator('.findings-panel').count()).toBe(0);
    await expectAccessible(page, 'the absence registered');
    await screenshot(page, 'fritekst-fravaer-registreret');
    await contact.context.close();
  });
});
