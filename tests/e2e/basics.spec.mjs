// The basic data set's sections (issue 17): problems and diagnoses,
// allergies, vaccinations; and the results outside reports (questionnaire
// scores) under their own tab of the results page. Both modes.
import { test, expect, signIn, texts, people, menu, switchToEnglish, expectNoViolations } from './pages.mjs';

const t = texts.nl;
const en = texts.en;
// Medical terms are buttons with a hidden hint: compare the text people see.
const seen = { useInnerText: true };

test.describe('problems, allergies and vaccinations', () => {
  test('the three sections come after Uitslagen in the menu, in this order', async ({ page }) => {
    await signIn(page, 'sanne');
    const links = menu(page).getByRole('link');
    const names = await links.allTextContents();
    const at = names.indexOf(t['nav.results']);
    expect(at).toBeGreaterThan(0);
    expect(names.slice(at + 1, at + 4)).toEqual([t['nav.problems'], t['nav.allergies'], t['nav.vaccinations']]);
  });

  test('Sanne\'s penicillin allergy comes first and says "Hoog risico" in words, with its reactions', async ({ page }) => {
    await signIn(page, 'sanne');
    await menu(page).getByRole('link', { name: t['nav.allergies'] }).click();
    await expect(page).toHaveURL(/\/p\/sanne\/allergieen$/);
    await expect(page.getByRole('heading', { level: 1, name: t['allergies.title'] })).toBeVisible();
    const cards = page.getByTestId('allergy');
    await expect(cards).toHaveCount(2);
    const first = cards.first();
    await expect(first.getByRole('heading', { level: 2 })).toHaveAccessibleName('Penicilline');
    await expect(first.getByTestId('allergy-high')).toContainText(t['allergies.risk_high']);
    await expect(first).toContainText(`${t['allergies.reactions']}\nNetelroos over het hele lichaam, Zwelling van lippen en oogleden (${t['allergies.severity_severe']})`, seen);
    await expect(first).toContainText('Geen penicillines voorschrijven', seen);
    // "Netelroos" is explained on request.
    await first.getByRole('button', { name: 'Netelroos' }).click();
    await expect(first.getByRole('note')).toContainText('Jeukende, rode bulten op de huid');
    // The low-risk one carries no warning.
    await expect(cards.nth(1).getByTestId('allergy-high')).toHaveCount(0);
    await expect(cards.nth(1)).toContainText(`${t['allergies.risk']}\n${t['allergies.risk_low']}`, seen);
    await expectNoViolations(page, 'allergies');
  });

  test('Noah\'s intolerance is named as such; Willem\'s empty list says nothing was recorded, not that he has none', async ({ page }) => {
    await signIn(page, 'sanne');
    await page.goto('/p/noah/allergieen');
    const montelukast = page.getByTestId('allergy').filter({ hasText: 'Montelukast' });
    await expect(montelukast).toContainText(`${t['allergies.kind']}\n${t['allergies.intolerance']}`, seen);
    await page.getByRole('button', { name: t.sign_out, exact: true }).click();
    await signIn(page, 'peter');
    await page.goto('/p/willem/allergieen');
    await expect(page.getByTestId('allergies-empty')).toHaveText(t['allergies.empty']);
  });

  test('Willem\'s problems: the current ones with since when and who recorded them, then the earlier ones', async ({ page }) => {
    await signIn(page, 'peter');
    await menu(page).getByRole('link', { name: t['nav.problems'] }).click();
    await expect(page).toHaveURL(/\/p\/willem\/problemen$/);
    const current = page.getByTestId('problems-current');
    await expect(current.getByRole('rowheader')).toHaveText([
      'Hypothyreoïdie door lithium',
      /^Chronische nierschade stadium 3a/,
      'Diabetes mellitus type 2',
      'Bipolaire stoornis type I',
    ], seen);
    const bipolar = current.getByRole('row').filter({ hasText: 'Bipolaire stoornis type I' });
    await expect(bipolar).toContainText(t['problems.status_active']);
    await expect(bipolar).toContainText('Dr. J. Prins, psychiater');
    const earlier = page.getByTestId('problems-earlier');
    await expect(earlier.getByRole('row').filter({ hasText: 'Depressieve episode' })).toContainText(t['problems.status_resolved']);
    await expectNoViolations(page, 'problems');
  });

  test('Emma\'s vaccinations: newest first, a dose number, "niet gegeven" with the reason, and a list to print', async ({ page }) => {
    await signIn(page, 'sanne');
    await page.goto('/p/emma/vaccinaties');
    const table = page.getByTestId('vaccinations');
    await expect(table.getByRole('caption')).toHaveText(`Vaccinaties van ${people.emma}, nieuwste eerst`);
    const rows = table.getByRole('rowgroup').last().getByRole('row');
    await expect(rows).toHaveCount(16);
    await expect(rows.first()).toContainText('Meningokokken ACWY', seen);
    await expect(rows.first()).toContainText(t['vaccinations.given']);
    await expect(rows.nth(1)).toContainText('Niet gegeven: Koorts op de dag van de vaccinatie', seen);
    const firstDose = rows.filter({ hasText: '23 april 2012' }).filter({ hasText: 'DKTP-Hib-HepB' });
    await expect(firstDose).toContainText('1e dosis');
    await expect(rows.last()).toContainText('23 april 2012');
    await page.evaluate(() => {
      window.__printed = 0;
      window.print = () => { window.__printed += 1; };
    });
    await page.getByTestId('vaccinations-print').click();
    expect(await page.evaluate(() => window.__printed)).toBe(1);
    // On paper: the list with whose it is, without the menu or the button.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('vaccinations-print')).toBeHidden();
    await expect(menu(page)).toBeHidden();
    await expect(table.getByRole('caption')).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
    await expectNoViolations(page, 'vaccinations');
  });

  test('in English the sections and their words are English; the record stays as written', async ({ page }) => {
    await signIn(page, 'sanne');
    await switchToEnglish(page);
    await page.goto('/p/noah/vaccinaties');
    await expect(page.getByRole('heading', { level: 1, name: en['vaccinations.title'] })).toBeVisible();
    await expect(page.getByTestId('vaccinations')).toContainText('dose 1');
    await page.goto('/p/sanne/allergieen');
    await expect(page.getByTestId('allergy-high')).toContainText(en['allergies.risk_high']);
    await expect(page.getByTestId('allergy').first().getByRole('heading', { level: 2 })).toHaveAccessibleName('Penicilline');
    await page.goto('/p/sanne/problemen');
    await expect(page.getByRole('heading', { level: 2, name: en['problems.current'] })).toBeVisible();
    await expectNoViolations(page, 'problems (en)');
  });

  test('a patient one may not see: the sections say so, as every section does', async ({ page }) => {
    await signIn(page, 'sanne');
    for (const section of ['problemen', 'allergieen', 'vaccinaties']) {
      await page.goto(`/p/lucas/${section}`);
      await expect(page.getByTestId('no-access-reason')).toContainText('Vanaf 16 jaar heeft alleen Lucas de Vries zelf toegang.');
      await expect(page.getByRole('table')).toHaveCount(0);
      await expect(page.getByTestId('allergy')).toHaveCount(0);
    }
  });
});

test.describe('questionnaire scores and other results', () => {
  test('Willem\'s scores are on the results page under their own tab and heading, and the search finds them', async ({ page }) => {
    await signIn(page, 'peter');
    await menu(page).getByRole('link', { name: t['nav.results'] }).click();
    await page.getByRole('navigation', { name: t['results.tabs_label'] }).getByRole('link', { name: t['results.tab_other'] }).click();
    await expect(page).toHaveURL(/\/p\/willem\/uitslagen\?soort=overig$/);
    await expect(page.getByRole('heading', { level: 2, name: t['results.other_title'] })).toBeVisible();
    const groups = page.getByTestId('result-group');
    await expect(groups.first().getByRole('heading', { level: 3 })).toBeVisible();
    await expect(groups.first()).toContainText('PHQ-9 totaalscore (depressieve klachten)', seen);
    await expect(groups.first()).toContainText('GAD-7 totaalscore (angstklachten)', seen);
    await expect(page.locator('main')).toContainText('17');
    await expectNoViolations(page, 'other results');
    // Back to the tests: the reports, and the search covers the scores.
    await page.getByRole('link', { name: t['results.tab_reports'] }).click();
    await page.getByLabel(t['results.search_label']).fill('phq');
    await page.getByRole('button', { name: t['results.search'], exact: true }).click();
    await expect(page).toHaveURL(/zoek=phq/);
    await expect(page.getByTestId('result-group').first()).toContainText('PHQ-9');
  });
});

test.describe('attachments in messages', () => {
  test('a file sent by the care team is listed with title, type and size, opens like a letter and downloads; a record it points to is linked', async ({ page }) => {
    await signIn(page, 'sanne');
    await page.goto('/p/emma/e-consult/emma-msg-1-1');
    const answer = page.getByTestId('thread-message').nth(1);
    const files = answer.getByTestId('message-attachments');
    await expect(files.getByRole('heading', { level: 3 })).toHaveText(t['attachments.title']);
    const file = files.getByTestId('attachment').first();
    await expect(file).toContainText(/^Smeerschema zwemmen · PDF-document · \d+ kB/, seen);
    const view = file.getByRole('button', { name: `${t['attachment.show']}: Smeerschema zwemmen` });
    await expect(view).toHaveAttribute('aria-expanded', 'false');
    await view.click();
    await expect(view).toHaveAttribute('aria-expanded', 'true');
    await expect(file.getByTestId('letter-pdf')).toBeVisible();
    const download = page.waitForEvent('download');
    await file.getByRole('button', { name: `${t['attachment.download']}: Smeerschema zwemmen` }).click();
    expect((await download).suggestedFilename()).toBe('Smeerschema zwemmen.pdf');
    await expectNoViolations(page, 'a message with attachments');
    await files.getByRole('link', { name: 'Brief aan huisarts na jaarcontrole eczeem' }).click();
    await expect(page).toHaveURL(/\/p\/emma\/brieven\/emma-letter-3$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Brief aan huisarts na jaarcontrole eczeem');
  });
});
