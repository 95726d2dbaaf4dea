// "Samenvatting afdrukken" (issue 18): a summary to take to another doctor,
// in the order a doctor reads it, on screen and printed. Both modes.
import {
  test, expect, signIn, texts, fill, visit, setSwitch, switchToEnglish, expectNoViolations,
} from './pages.mjs';

const t = texts.nl;
const en = texts.en;

/** The summary of `patient`, opened from Patiëntgegevens. */
async function openSummary(page, patient) {
  await visit(page, `/p/${patient}/gegevens`);
  await page.getByRole('link', { name: t['export.summary_link'] }).click();
  await expect(page).toHaveURL(new RegExp(`/p/${patient}/samenvatting$`));
  await expect(page.getByTestId('summary-who')).toBeVisible();
}

test.describe('the printable summary', () => {
  test('Emma\'s summary, made by Sanne: who, allergies first, then problems, medicines, vaccinations, measurements, results, appointments', async ({ page }) => {
    await signIn(page, 'sanne');
    await openSummary(page, 'emma');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${t['summary.title']} Emma de Vries`);
    await expect(page.getByTestId('summary-made')).toHaveText(
      new RegExp(`^${fill(t['summary.made_for'], { date: '\\d{1,2} \\w+ \\d{4}', by: 'Sanne de Vries', for: 'Emma de Vries' }).replace(/\./g, '\\.')}$`),
    );
    await expect(page.locator('main h2')).toHaveText([
      t['summary.who'], t['allergies.title'], t['problems.title'], t['summary.medicines'], t['vaccinations.title'],
      t['summary.measurements'], t['summary.results'], t['summary.appointments'],
    ]);
    const who = page.getByTestId('summary-who');
    await expect(who).toContainText('27 maart 2012');
    await expect(who).toContainText('******607');
    await expect(who).not.toContainText(/\d{6}607/);
    await expect(who).toContainText('Huisartsenpraktijk Oudegracht');
    await expect(who).toContainText('Apotheek Lombok');
    await expect(page.getByTestId('summary-allergies').getByRole('row', { name: /Nikkel/ })).toContainText('Eczeem waar een knoop of sieraad de huid raakt');
    await expect(page.getByTestId('summary-problems')).toContainText('ADHD');
    // Current medicines only, with the dosage in words.
    const medicines = page.getByTestId('summary-medicines');
    await expect(medicines.getByRole('row', { name: /Methylfenidaat/ })).toContainText("1x per dag 1 tablet, 's ochtends bij het ontbijt");
    await expect(page.getByTestId('summary-vaccinations').getByRole('row', { name: /Meningokokken ACWY/ }).first()).toContainText(t['vaccinations.given']);
    await expect(page.getByTestId('summary-measurements').getByRole('row', { name: /Gewicht/ })).toContainText('kg');
    // Results of the last 12 months, each report with its status in words.
    const reports = page.getByTestId('summary-report');
    expect(await reports.count()).toBeGreaterThan(0);
    await expect(reports.first().getByRole('heading', { level: 3 })).toContainText(t['status.provisional']);
    await expect(page.getByTestId('summary-results')).toContainText(t['summary.provisional']);
    await expect(page.getByTestId('summary-appointments')).toContainText(t['summary.indicative']);
    await expect(page.getByTestId('summary-appointments').getByRole('row')).not.toHaveCount(0);
    await expectNoViolations(page, 'summary');
  });

  test('Sanne\'s own summary puts her high-risk penicillin allergy first, marked in words, and says only who made it', async ({ page }) => {
    await signIn(page, 'sanne');
    await openSummary(page, 'sanne');
    await expect(page.getByTestId('summary-made')).toHaveText(new RegExp(`door Sanne de Vries\\.$`));
    await expect(page.getByTestId('summary-made')).not.toContainText(' voor ');
    const first = page.getByTestId('summary-allergies').getByRole('row').nth(1);
    await expect(first).toContainText('Penicilline');
    await expect(first).toContainText(t['allergies.risk_high']);
  });

  test('printed: A4 with the patient\'s name and the page number on every page, nothing of the portal around it', async ({ page }, testInfo) => {
    await page.addInitScript(() => {
      window.__printed = 0;
      window.print = () => { window.__printed += 1; };
    });
    await signIn(page, 'sanne');
    await openSummary(page, 'emma');
    // "Afdrukken" by keyboard.
    const print = page.getByRole('button', { name: t['summary.print'] });
    await print.focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => window.__printed)).toBe(1);
    const vars = () => page.evaluate(() => ['--print-patient', '--print-page', '--print-of']
      .map((p) => getComputedStyle(document.documentElement).getPropertyValue(p).trim()));
    expect(await vars()).toEqual(['"Emma de Vries"', '"Pagina "', '" van "']);
    const pageRule = await page.evaluate(() => [...document.styleSheets].flatMap((s) => [...s.cssRules])
      .find((r) => r instanceof CSSPageRule && r.selectorText === 'summary')?.cssText ?? '');
    expect(pageRule.toLowerCase()).toContain('size: a4');
    expect(pageRule).toContain('var(--print-patient');
    expect(pageRule).toContain('counter(page)');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.side-nav')).toBeHidden();
    await expect(page.locator('.portal-header')).toBeHidden();
    await expect(print).toBeHidden();
    await page.screenshot({ path: testInfo.outputPath('summary-print-nl.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    await switchToEnglish(page);
    await expect(page.locator('main h2').first()).toHaveText(en['summary.who']);
    expect(await vars()).toEqual(['"Emma de Vries"', '"Page "', '" of "']);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('summary-made')).toContainText('Made on');
    await page.screenshot({ path: testInfo.outputPath('summary-print-en.png'), fullPage: true });
    await expectNoViolations(page, 'summary in English, printed');
    // Leaving the summary takes its print header away.
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('link', { name: en['summary.back'] }).click();
    await expect(page).toHaveURL(/\/p\/emma\/gegevens$/);
    expect(await vars()).toEqual(['', '', '']);
  });

  test('a part that cannot be fetched says so in its place, never as an empty list', async ({ page }) => {
    await signIn(page, 'sanne');
    await visit(page, '/p/emma/gegevens');
    await setSwitch(page, 'fail', 'search:AllergyIntolerance');
    await page.getByRole('link', { name: t['export.summary_link'] }).click();
    const allergies = page.getByTestId('summary-allergies');
    await expect(allergies.getByTestId('summary-part-failed')).toContainText(t['summary.part_failed']);
    await expect(allergies).not.toContainText(t['allergies.empty']);
    // The rest is there.
    await expect(page.getByTestId('summary-problems')).toContainText('ADHD');
  });
});
