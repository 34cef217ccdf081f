import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  ACCOUNTS,
  expectAccessible,
  launchBrowser,
  newPage,
  openRoute,
  screenshot,
  signIn,
} from './support/browser';
import { waitFor } from '../support/wait-for';
import { PLATFORM_ENV, platformDatabaseUrl } from './support/env';

/**
 * The admin's journey of issue 15 against the real platform: users (search, filters, paging, an
 * invitation instead of a password, a duplicate e-mail), municipalities (the missing-contact
 * warning, "4.512" accepted), the audit log (filters, paging past 100, export), the statistics
 * (the last 12 months by default, how shared slots count, the children-number prompt), the queue
 * dashboard opening signed in in a new tab, and the accessibility statement. axe on every state.
 *
 * Two things are prepared in the platform's (fresh, per-run) database, as the journeys spec does:
 * 30 extra users (so the list has more than one page) and 130 audit events (more than one page of
 * the log). Lemvig loses its contact and number of children for the warning and the prompt, and gets
 * them back afterwards; no other spec uses Lemvig.
 */
describe('issue 15: the admin journey', () => {
  const stamp = Date.now().toString(36);
  const pagingName = `Sidevisning${stamp}`;
  let browser: Browser;
  let admin: { context: BrowserContext; page: Page };
  let db: Client;
  let lemvig: { contact_id: string; population0to17: number };

  beforeAll(async () => {
    db = new Client({ connectionString: platformDatabaseUrl() });
    await db.connect();
    [lemvig] = (
      await db.query(`SELECT contact_id, population0to17 FROM municipalities WHERE name = 'Lemvig'`)
    ).rows;
    await db.query(
      `INSERT INTO users (email, name, role, region_id, municipality_id)
       SELECT 'side.' || n || '.' || $1 || '@sparring.test', $2 || ' ' || lpad(n::text, 2, '0'), 'consultant',
              m.region_id, m.id
         FROM municipalities m, generate_series(1, 30) AS n WHERE m.name = 'Lemvig'`,
      [stamp, pagingName],
    );
    await db.query(
      `UPDATE municipalities SET contact_id = NULL, population0to17 = NULL WHERE name = 'Lemvig'`,
    );
    browser = await launchBrowser();
    admin = await newPage(browser);
    await signIn(admin.page, ACCOUNTS.admin, 'Statistik');
  });

  afterAll(async () => {
    await db
      ?.query(`UPDATE municipalities SET contact_id = $1, population0to17 = $2 WHERE name = 'Lemvig'`, [
        lemvig.contact_id,
        lemvig.population0to17,
      ])
      .catch(() => undefined);
    await db?.end();
    await browser?.close();
  });

  it('users: the create form on top invites (no password field), a duplicate e-mail is refused in Danish', async () => {
    const { page } = admin;
    await openRoute(page, '/admin/brugere');
    await page.getByRole('heading', { level: 2, name: 'Opret bruger' }).waitFor();
    // The form comes before the list.
    const formTop = (await page.getByRole('heading', { level: 2, name: 'Opret bruger' }).boundingBox())!.y;
    const listTop = (await page.getByRole('heading', { level: 2, name: 'Brugere i regionen' }).boundingBox())!
      .y;
    expect(formTop).toBeLessThan(listTop);
    expect(await page.getByLabel('Adgangskode').count()).toBe(0);
    await page.getByText('Brugeren får en mail med et link').waitFor();
    await expectAccessible(page, 'the users page');
    await screenshot(page, 'admin-brugere');

    // Empty submit: the errors are named at the top and at the fields.
    await page.getByRole('button', { name: 'Opret bruger' }).click();
    await page.getByText('Skriv brugerens navn.').first().waitFor();
    await expectAccessible(page, 'the create-user form with errors');

    const email = `ny.${stamp}@sparring.test`;
    await page.getByLabel('Navn', { exact: true }).fill(`Ny Konsulent ${stamp}`);
    await page.getByLabel('E-mail', { exact: true }).fill(email);
    await page.getByLabel('Rolle', { exact: true }).selectOption('consultant');
    await page.getByLabel('Kommune', { exact: true }).selectOption({ label: 'Odder' });
    await page.getByRole('button', { name: 'Opret bruger' }).click();
    await page.getByText(`Ny Konsulent ${stamp} er oprettet og har fået en invitation på mail.`).waitFor();
    const invitation = await mailTo(email);
    expect(invitation.subject).toBe('Du er oprettet i Sparringsportalen');

    // The same e-mail again: refused, said in Danish, and what was typed stays.
    await page.getByLabel('Navn', { exact: true }).fill('Igen Samme');
    await page.getByLabel('E-mail', { exact: true }).fill(email);
    await page.getByLabel('Kommune', { exact: true }).selectOption({ label: 'Odder' });
    await page.getByRole('button', { name: 'Opret bruger' }).click();
    // In the summary and at the e-mail field.
    await page.getByText('Der findes allerede en bruger med denne e-mailadresse.').first().waitFor();
    await page.locator('#field-email-error').waitFor();
    expect(await page.getByLabel('Navn', { exact: true }).inputValue()).toBe('Igen Samme');
    await expectAccessible(page, 'the duplicate e-mail error');
    await screenshot(page, 'admin-brugere-dublet');
  });

  it('users: search, filter by role and municipality, and page with "Vis flere"', async () => {
    const { page } = admin;
    await page.getByRole('searchbox', { name: 'Søg efter bruger' }).fill(pagingName.toLowerCase());
    await page.getByRole('button', { name: 'Søg', exact: true }).click();
    await page.getByText('Viser de første 25 brugere – der er flere.').waitFor();
    expect(page.url()).toContain(`q=${pagingName.toLowerCase()}`);
    const rows = page.locator('table tbody tr');
    expect(await rows.count()).toBe(25);
    await expectAccessible(page, 'the first page of a user search');
    await page.getByRole('button', { name: 'Vis flere brugere' }).click();
    await page.getByText('30 brugere', { exact: true }).waitFor();
    expect(await rows.count()).toBe(30);
    // The focus moves to the first new row, so a keyboard user continues there.
    expect(await page.evaluate('document.activeElement?.textContent?.trim()')).toBe(`${pagingName} 26`);
    expect(await page.getByRole('button', { name: 'Vis flere brugere' }).count()).toBe(0);
    await expectAccessible(page, 'the user search after "Vis flere brugere"');
    await screenshot(page, 'admin-brugere-soegning');

    await page.getByRole('searchbox', { name: 'Søg efter bruger' }).fill('');
    await page.getByLabel('Vis', { exact: true }).selectOption('contact');
    await page.getByRole('button', { name: 'Søg', exact: true }).click();
    const contacts = (
      await db.query(
        `SELECT name FROM users WHERE role = 'contact' AND region_id = (SELECT region_id FROM users WHERE email = $1)`,
        [ACCOUNTS.admin],
      )
    ).rows.map((row: { name: string }) => row.name);
    await page.getByText(`${contacts.length} brugere`, { exact: true }).waitFor();
    const names = (await page.locator('table tbody th').allTextContents()).map((n) => n.trim());
    expect(names.sort()).toEqual(contacts.sort());
    await expectAccessible(page, 'the users filtered by role');

    await page.getByLabel('Vis', { exact: true }).selectOption('');
    await page.getByLabel('Vis kommune').selectOption({ label: 'Odder' });
    await page.getByRole('button', { name: 'Søg', exact: true }).click();
    await page
      .getByRole('cell', { name: `${'Odder'}` })
      .first()
      .waitFor();
    await page.locator('table tbody th', { hasText: `Ny Konsulent ${stamp}` }).waitFor();
    const municipalities = await page.locator('table tbody td:nth-of-type(3)').allTextContents();
    expect(new Set(municipalities.map((m) => m.trim()))).toEqual(new Set(['Odder']));
    await expectAccessible(page, 'the users filtered by municipality');
  });

  it('municipalities: a warning names those without contact or deputy; "4.512" is read as 4512, "4,5" refused', async () => {
    const { page } = admin;
    await openRoute(page, '/admin/kommuner');
    const warning = page.locator('.alert-warning');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('Ingen kontaktperson: Lemvig');
    await page
      .locator('tr', { has: page.locator('th', { hasText: /^Lemvig$/ }) })
      .getByText('Mangler – skal tildeles')
      .waitFor();
    await expectAccessible(page, 'the municipalities with the warning');
    await screenshot(page, 'admin-kommuner-advarsel');

    await page.getByRole('button', { name: /^Ret\W+Lemvig$/ }).click();
    const population = page.getByLabel('Børn 0–17 år');
    await population.fill('4,5');
    await page.getByLabel('Kontaktperson', { exact: true }).selectOption({ label: 'Rasmus Kontakt' });
    await page.getByRole('button', { name: 'Gem' }).click();
    await page
      .getByText('Skriv antallet som et helt tal, fx 4512 eller 4.512 – uden komma.')
      .first()
      .waitFor();
    expect(await population.inputValue()).toBe('4,5');
    await expectAccessible(page, 'the municipality form refusing 4,5');

    await population.fill('4.512');
    await page.getByLabel('Stedfortræder').selectOption({ label: 'Karen Kontakt' });
    await page.getByRole('button', { name: 'Gem' }).click();
    await page.getByText('Lemvig er opdateret.').waitFor();
    const lemvigRow = page.locator('tr', { has: page.locator('th', { hasText: /^Lemvig$/ }) });
    expect((await lemvigRow.locator('td').allTextContents()).map((c) => c.trim())).toEqual(
      expect.arrayContaining(['Rasmus Kontakt', 'Karen Kontakt', '4.512']),
    );
    const [saved] = (await db.query(`SELECT population0to17 FROM municipalities WHERE name = 'Lemvig'`)).rows;
    expect(saved.population0to17).toBe(4512);
    expect(await warning.textContent()).not.toContain('Lemvig');
    await expectAccessible(page, 'the municipalities after saving');
    await screenshot(page, 'admin-kommuner-gemt');
    // The statistics prompt below needs Lemvig without its number of children again.
    await db.query(`UPDATE municipalities SET population0to17 = NULL WHERE name = 'Lemvig'`);
  });

  it('audit log: names and Danish labels, filters by person and action, pages past 100 and exports', async () => {
    const { page } = admin;
    const [me] = (await db.query(`SELECT id, name, region_id FROM users WHERE email = $1`, [ACCOUNTS.admin]))
      .rows;
    await db.query(
      `INSERT INTO audit_events (occurred_at, actor_id, actor_role, action, region_id, details)
       SELECT now() - (n || ' seconds')::interval, $1, 'admin', 'municipality.population_updated', $2, '{}'::jsonb
         FROM generate_series(1, 130) AS n`,
      [me.id, me.region_id],
    );
    await openRoute(page, '/admin/log');
    await page.getByRole('heading', { level: 1, name: 'Log' }).waitFor();
    await page.locator('table tbody tr').first().waitFor();
    await expectAccessible(page, 'the audit log');

    await page.getByLabel('Person').selectOption({ label: `${me.name} (${ACCOUNTS.admin})` });
    await page.getByLabel('Handling', { exact: true }).selectOption({ label: 'Børnetal ændret' });
    await page.getByRole('button', { name: 'Vis', exact: true }).click();
    await page.getByText('Viser de nyeste 100 hændelser – der er flere.').waitFor();
    const firstRow = (await page.locator('table tbody tr').first().locator('td').allTextContents()).map((c) =>
      c.trim(),
    );
    expect(firstRow[1]).toBe(`${me.name} (administrator)`);
    expect(firstRow[2]).toBe('Børnetal ændret');
    await screenshot(page, 'admin-log-filtreret');
    await page.getByRole('button', { name: 'Vis flere hændelser' }).click();
    // The 130 inserted and the one saved on the municipalities page, all on screen now.
    const [{ count }] = (
      await db.query(
        `SELECT count(*)::int AS count FROM audit_events WHERE actor_id = $1 AND action = 'municipality.population_updated'
            AND occurred_at >= now() - interval '31 days'`,
        [me.id],
      )
    ).rows;
    expect(count).toBe(131);
    await page.getByText(`${count} hændelser`, { exact: true }).waitFor();
    await expectAccessible(page, 'the audit log after "Vis flere"');

    // A booking id that is not one: said at the field, nothing sent.
    await page.getByLabel('Booking-id').fill("'; DROP TABLE audit_events; --");
    await page.getByRole('button', { name: 'Vis', exact: true }).click();
    await page.getByText('Et booking-id har formen 8-4-4-4-12 tegn').first().waitFor();
    await expectAccessible(page, 'the audit log with a bad booking id');
    await page.getByLabel('Booking-id').fill('');
    await page.getByRole('button', { name: 'Vis', exact: true }).click();
    await page.getByText('Viser de nyeste 100 hændelser – der er flere.').waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Hent CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^revisionslog-.*\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toBe('Tidspunkt (UTC);Person;Rolle;Handling;Handlingskode;Booking;IP-adresse');
    expect(lines).toHaveLength(1 + 131);
    expect(lines[1]).toContain(`;${me.name};Administrator;Børnetal ændret;`);
    await page.getByText('Filen er hentet.').waitFor();
    // The export is itself in the log.
    await page.getByLabel('Handling', { exact: true }).selectOption({ label: 'Udtræk hentet' });
    await page.getByRole('button', { name: 'Vis', exact: true }).click();
    await page.locator('table tbody td', { hasText: 'Udtræk hentet' }).first().waitFor();
    await expectAccessible(page, 'the audit log showing the export');
    await screenshot(page, 'admin-log-udtraek');
  });

  it('statistics: the last 12 months by default, how shared slots count, cancellations by whom, the children prompt', async () => {
    const { page } = admin;
    await openRoute(page, '/admin/statistik');
    await page.getByRole('heading', { level: 1, name: 'Statistik' }).waitFor();
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());
    const [y, m, d] = today.split('-').map(Number);
    const from = new Date(Date.UTC(y - 1, m - 1, d + 1)).toISOString().slice(0, 10);
    expect(await page.getByLabel('Fra').inputValue()).toBe(from);
    expect(await page.getByLabel('Til').inputValue()).toBe(today);
    const table = page.locator('table', { has: page.locator('#stats-caption') });
    await table.waitFor();
    const headers = (await table.locator('thead th').allTextContents()).map((h) => h.trim());
    expect(headers).toEqual(
      expect.arrayContaining(['Aflyst af kommunen', 'Aflyst af BUP', 'Møder pr. 1.000 børn']),
    );
    await page.getByRole('heading', { name: 'Sådan tælles tallene' }).waitFor();
    await page.getByText('fælles undervisningstid').waitFor();
    const prompt = page.locator('.alert', { hasText: 'Antallet af børn 0–17 år mangler for: Lemvig.' });
    await prompt.waitFor();
    await expectAccessible(page, 'the statistics with the children prompt');
    await screenshot(page, 'admin-statistik');
    // Chart values never overlap each other.
    const boxes = await page.locator('.bar-chart-value').evaluateAll((nodes) =>
      nodes.map((node) => {
        const box = (
          node as unknown as { getBoundingClientRect(): { top: number; bottom: number; left: number } }
        ).getBoundingClientRect();
        return { top: box.top, bottom: box.bottom, left: box.left };
      }),
    );
    expect(boxes.length).toBeGreaterThan(2);
    const sorted = [...boxes].sort((a, b) => a.top - b.top);
    for (let i = 1; i < sorted.length; i += 1)
      expect(sorted[i].top).toBeGreaterThanOrEqual(sorted[i - 1].bottom - 0.5);
    await prompt.getByRole('link', { name: 'Registrér børnetal under Kommuner' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kommuner og kontaktpersoner' }).waitFor();
    await expectAccessible(page, 'the municipalities reached from the statistics prompt');
  });

  it('status report: an absurd period is refused in the form; the PDF produced is tagged', async () => {
    const { page } = admin;
    await openRoute(page, '/admin/rapporter');
    await page.getByRole('heading', { level: 1, name: 'Statusrapporter' }).waitFor();
    await page.getByRole('textbox', { name: 'Fra (valgfri)' }).fill('1999-12-31');
    await page.getByRole('button', { name: 'Bestil rapport' }).click();
    await page.getByText('Fra-datoen må tidligst være 1. januar 2000.').first().waitFor();
    await expectAccessible(page, 'the report form refusing a period before 2000');
    await page.getByRole('textbox', { name: 'Fra (valgfri)' }).fill('2025-01-01');
    await page.getByRole('textbox', { name: 'Til (valgfri)' }).fill('2025-12-31');
    await page.getByRole('button', { name: 'Bestil rapport' }).click();
    await page.getByText('Rapporten er bestilt.').waitFor();
    const row = page.locator('tbody tr', { has: page.getByRole('button', { name: /^PDF/ }) }).first();
    // The worker produces it; the page looks again by itself every 5 seconds.
    await row.waitFor({ timeout: 90_000 });
    await expectAccessible(page, 'the reports with a finished report');
    await screenshot(page, 'admin-rapporter');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('button', { name: /^PDF/ }).click(),
    ]);
    const pdf = readFileSync(await download.path()).toString('latin1');
    expect(pdf).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(pdf).toMatch(/\/Lang \(da\)/);
    expect(pdf).toContain('/S /Table');
  });

  it('the queue dashboard opens signed in, in a new tab', async () => {
    const { page, context } = admin;
    await openRoute(page, '/admin/koeer');
    await page.getByText('Du er logget ind på køoversigten i 15 minutter').waitFor();
    await expectAccessible(page, 'the queue page');
    await screenshot(page, 'admin-koeer');
    const [tab] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('link', { name: /Åbn køoversigten/ }).click(),
    ]);
    await tab.waitForLoadState('domcontentloaded');
    expect(new URL(tab.url()).pathname).toBe('/admin/queues');
    expect(await tab.title()).toContain('Køer — Sparringsportalen');
    expect(await tab.locator('body').textContent()).not.toContain('Log ind som administrator');
    await tab.screenshot({ path: 'test-results/screenshots/admin-koeoversigt.png' });
    await tab.close();
  });

  it('the accessibility statement follows the Danish template', async () => {
    const { page } = admin;
    await openRoute(page, '/tilgaengelighed');
    await page.getByRole('heading', { level: 1, name: 'Tilgængelighedserklæring' }).waitFor();
    const headings = (await page.locator('main h2').allTextContents()).map((h) => h.trim());
    expect(headings).toEqual([
      'Overholdelsesstatus',
      'Ikke-tilgængeligt indhold',
      'Udarbejdelse af denne tilgængelighedserklæring',
      'Feedback og kontaktoplysninger',
      'Håndhævelsesprocedure',
    ]);
    await page.getByText(/Denne erklæring blev udarbejdet den \d+\. [a-zæøå]+ 20\d\d\./).waitFor();
    expect(await page.locator('a[href^="mailto:"]').count()).toBe(1);
    expect(await page.locator('a[href^="tel:"]').count()).toBe(1);
    expect(await page.getByRole('link', { name: /Digitaliseringsstyrelsen/ }).getAttribute('href')).toMatch(
      /^https:\/\/digst\.dk\//,
    );
    await expectAccessible(page, 'the accessibility statement');
    await screenshot(page, 'tilgaengelighedserklaering');
  });
});

interface Mail {
  envelopeTo: string[];
  subject: string;
}

/** The first mail the platform's catcher holds for `email`, waiting up to 30 s for it. */
function mailTo(email: string): Promise<Mail> {
  return waitFor(
    async () => {
      const all = (await (await fetch(process.env[PLATFORM_ENV.mailApiUrl]!)).json()) as Mail[];
      return all.find((mail) => mail.envelopeTo.includes(email));
    },
    { timeout: 30_000, interval: 250, what: `a mail to ${email}` },
  );
}
