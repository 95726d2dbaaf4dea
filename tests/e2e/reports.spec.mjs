// Consult reports: the list (newest first, tabs, specialism filter, pager),
// a report in full, and switching patient on the page.
import { test, expect } from './pages.mjs';
import { signIn, people, texts, fill, expectNoViolations } from './pages.mjs';

const t = texts.nl;

async function openReports(page, who = 'sanne') {
  await page.goto(`/p/${who}/verslagen`);
  await expect(page.getByRole('heading', { level: 1, name: t['reports.title'] })).toBeVisible();
  const table = page.getByRole('table');
  await expect(table).toBeVisible();
  return table;
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** The dates in the first column, as shown ("4 november 2026"). */
async function shownDates(table) {
  return table.locator('tbody tr td:first-child').allInnerTexts();
}

/** A shown Dutch date as a sortable number (yyyymmdd). */
function dayNumber(text) {
  const [day, month, year] = text.trim().split(/\s+/);
  const m = MONTHS.indexOf(month);
  expect(m, `a Dutch month in "${text}"`).toBeGreaterThanOrEqual(0);
  return Number(year) * 10000 + (m + 1) * 100 + Number(day);
}

function expectNewestFirst(days) {
  expect(days).toEqual([...days].sort((a, b) => b - a));
}

test.describe('consult reports', () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, 'sanne');
  });

  test('the menu leads to the reports; newest first, with the invisible-reports notice', async ({ page }) => {
    await page.getByRole('navigation', { name: t['menu.label'] }).getByRole('link', { name: t['nav.reports'] }).click();
    await expect(page).toHaveURL(/\/p\/sanne\/verslagen$/);
    await expect(page.getByText(t['reports.invisible'])).toBeVisible();
    const table = page.getByRole('table');
    await expect(table.getByRole('columnheader')).toHaveText([
      t['column.date'], t['column.specialism'], t['column.contact'], t['column.author'], t['column.report'],
    ]);
    await expect(table.locator('tbody tr')).toHaveCount(10);
    expectNewestFirst((await shownDates(table)).map(dayNumber));
    await expect(page.getByRole('link', { name: t['nav.reports'] })).toHaveAttribute('aria-current', 'page');
  });

  test('paging back to older reports and forward again', async ({ page }) => {
    const table = await openReports(page);
    await expect(table).toContainText(fill(t['reports.caption'], { page: 1, pages: 2, total: 12 }));
    const first = await shownDates(table);
    const pager = page.getByRole('navigation', { name: t['pager.label'] });
    await pager.getByRole('link', { name: t['pager.next'] }).click();
    await expect(page).toHaveURL(/pagina=2/);
    await expect(table).toContainText(fill(t['reports.caption'], { page: 2, pages: 2, total: 12 }));
    await expect(table.locator('tbody tr')).toHaveCount(2);
    const second = (await shownDates(table)).map(dayNumber);
    // Older reports: every one on page 2 is at most as new as the last on page 1.
    expectNewestFirst(second);
    expect(Math.max(...second)).toBeLessThanOrEqual(Math.min(...first.map(dayNumber)));
    await expect(pager.getByRole('link', { name: fill(t['pager.page'], { n: 2, of: 2 }) })).toHaveAttribute('aria-current', 'page');
    await page.reload();
    await expect(table).toContainText(fill(t['reports.caption'], { page: 2, pages: 2, total: 12 }));
    await pager.getByRole('link', { name: fill(t['pager.page'], { n: 1, of: 2 }) }).click();
    await expect(table.locator('tbody tr')).toHaveCount(10);
  });

  test('filtering by specialism shows only that specialism', async ({ page }) => {
    const table = await openReports(page);
    await page.getByLabel(t['reports.filter']).selectOption({ label: 'Cardiologie' });
    await expect(page).toHaveURL(/specialisme=/);
    await expect(table.locator('tbody tr td:nth-child(2)').first()).toHaveText('Cardiologie');
    const specialisms = await table.locator('tbody tr td:nth-child(2)').allInnerTexts();
    expect(new Set(specialisms)).toEqual(new Set(['Cardiologie']));
  });

  test('the old portal notes are under their own tab, all before 24 February 2015', async ({ page }) => {
    await openReports(page);
    await page.getByRole('link', { name: t['reports.tab_agreements'] }).click();
    await expect(page.getByRole('link', { name: t['reports.tab_agreements'] })).toHaveAttribute('aria-current', 'page');
    // The tab is marked at once; its rows come with the server's answer.
    await expect(page.getByRole('table').locator('tbody tr').first()).toBeVisible();
    const dates = await shownDates(page.getByRole('table'));
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(dayNumber(d)).toBeLessThan(20150224);
  });

  test('a report opens in full, as written, and leads back', async ({ page }) => {
    const table = await openReports(page);
    const link = table.getByRole('link').first();
    const title = (await link.innerText()).trim();
    await link.click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(`^${title} – ${people.sanne} – `));
    const text = page.getByTestId('report-text');
    await expect(text).toContainText('Anamnese');
    await page.getByRole('link', { name: t['reports.back'] }).click();
    await expect(page).toHaveURL(/\/verslagen$/);
  });

  test('a medical term in a report explains itself and closes again', async ({ page }) => {
    const table = await openReports(page);
    await table.getByRole('link').first().click();
    const text = page.getByTestId('report-text');
    await expect(text).toContainText('Anamnese');
    const term = text.getByRole('button', { name: 'Anamnese', exact: true }).first();
    await expect(term).toHaveAttribute('aria-expanded', 'false');
    await term.click();
    await expect(term).toHaveAttribute('aria-expanded', 'true');
    const popover = page.getByRole('note');
    await expect(popover).toContainText('gesprek');
    await expect(term).toHaveAccessibleDescription(await popover.innerText());
    await page.keyboard.press('Escape');
    await expect(popover).toHaveCount(0);
    // Keyboard: Enter on the focused term opens it; a click beside closes it.
    await term.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('note')).toBeVisible();
    await page.getByRole('heading', { level: 1 }).click();
    await expect(page.getByRole('note')).toHaveCount(0);
  });

  test('switching to Noah on the reports page shows Noah\'s reports only', async ({ page }) => {
    const table = await openReports(page);
    await expect(table).toContainText('Interne geneeskunde');
    await page.getByRole('navigation', { name: t['bar.label'] }).getByRole('link', { name: people.noah }).click();
    // The bar keeps the section: Noah's reports open at once.
    await expect(page).toHaveURL(/\/p\/noah\/verslagen$/);
    const noah = page.getByRole('table');
    await expect(noah).toContainText('Kindergeneeskunde');
    await expect(noah).not.toContainText('Interne geneeskunde');
    await expect(noah).not.toContainText('Dr. H. Mulder');
  });

  test('a report of a patient one may not see is refused', async ({ page }) => {
    await page.goto('/p/lucas/verslagen/lucas-report-1');
    await expect(page.getByRole('heading', { level: 1, name: t['no_access.title'] })).toBeVisible();
    await expect(page.getByTestId('report-text')).toHaveCount(0);
  });

  for (const lang of ['nl', 'en']) {
    test(`axe finds nothing on the list and a report (${lang})`, async ({ page }) => {
      if (lang === 'en') {
        await page.getByRole('button', { name: 'English', exact: true }).click();
        await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      }
      const table = await page.goto('/p/emma/verslagen').then(() => page.getByRole('table'));
      await expect(table).toBeVisible();
      await expectNoViolations(page, `reports list (${lang})`);
      await table.getByRole('link').first().click();
      await expect(page.getByTestId('report-text')).toBeVisible();
      await expectNoViolations(page, `report (${lang})`);
    });
  }
});
