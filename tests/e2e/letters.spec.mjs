// Patient letters: the two tabs, opening a letter in each format, printing
// only the letter, closing back to the list, and the Word download.
import { test, expect, switchToEnglish } from './pages.mjs';
import { signIn, texts, fill, expectNoViolations } from './pages.mjs';

const t = texts.nl;

test.describe('patient letters', () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, 'sanne');
  });

  test('Noah\'s letters and referrals, newest first, each with Bekijken', async ({ page }) => {
    await page.goto('/p/noah');
    await page.getByRole('link', { name: t['nav.letters'] }).click();
    await expect(page).toHaveURL(/\/p\/noah\/brieven$/);
    await expect(page.getByRole('heading', { level: 1, name: t['letters.title'] })).toBeVisible();
    const rows = page.getByRole('table').getByRole('row');
    await expect(rows).toHaveCount(6); // header + 5 letters
    await expect(rows.nth(1)).toContainText('Brief aan huisarts: afbouwen inhalatiecorticosteroïd');
    await expect(rows.nth(5)).toContainText('Ontslagbrief Kindergeneeskunde');
    await expect(rows.nth(4)).toContainText(t['format.pdf']);
    await expect(page.getByRole('link', { name: fill(t['letters.view_named'], { title: 'Ontslagbrief Kindergeneeskunde' }) })).toBeVisible();

    await page.getByRole('link', { name: t['letters.tab_referrals'] }).click();
    await expect(page).toHaveURL(/tab=verwijzingen/);
    await expect(page.getByRole('link', { name: t['letters.tab_referrals'] })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(3);
    await expect(page.getByRole('table')).toContainText('Verwijzing KNO: recidiverende otitis media');
    await expect(page.getByRole('table')).toContainText(t['format.word']);
    await expect(page.getByRole('table')).not.toContainText('Ontslagbrief');
  });

  test('an HTML letter shows in a sandboxed frame whose scripts never run', async ({ page }) => {
    const dialogs = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
    await page.goto('/p/noah/brieven');
    await page.getByRole('link', { name: fill(t['letters.view_named'], { title: 'Ontslagbrief Kinderlongziekten: astma-exacerbatie' }) }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ontslagbrief Kinderlongziekten: astma-exacerbatie');
    const frame = page.getByTestId('letter-frame');
    await expect(frame).toHaveAttribute('sandbox', 'allow-same-origin');
    await expect(frame).toHaveAttribute('title', fill(t['letter.frame_title'], { title: 'Ontslagbrief Kinderlongziekten: astma-exacerbatie' }));
    const letter = page.frameLocator('[data-testid=letter-frame]');
    await expect(letter.getByText('Geachte collega,')).toBeVisible();
    await letter.getByText('Wilt u Noah jaarlijks uitnodigen').click();
    // The letter's <script> and onclick would each have opened a dialog.
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    // Nothing of the letter was put into the portal's own page.
    await expect(page.locator('main script')).toHaveCount(0);
    expect(await page.locator('main').innerText()).not.toContain('Geachte collega');
  });

  test('Afdrukken prints only the letter; Sluiten returns to the list', async ({ page }) => {
    await page.goto('/p/noah/brieven');
    await page.getByRole('link', { name: fill(t['letters.view_named'], { title: 'Ontslagbrief Kindergeneeskunde' }) }).click();
    const text = page.getByTestId('letter-text');
    await expect(text).toContainText('Geachte collega');
    // Medical terms in a text letter explain themselves, as in reports.
    const term = text.getByRole('button', { name: /wheeze/i }).first();
    await term.click();
    await expect(text.getByRole('note')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(text.getByRole('note')).toHaveCount(0);
    await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
    await page.getByRole('button', { name: t['letter.print'] }).click();
    expect(await page.evaluate(() => window.__printed)).toBe(1);

    await page.emulateMedia({ media: 'print' });
    await expect(text).toBeVisible();
    for (const hidden of [
      page.getByRole('banner'),
      page.getByRole('navigation', { name: t['bar.label'] }),
      page.getByRole('navigation', { name: t['menu.label'] }),
      page.getByTestId('acting-banner'),
      page.getByRole('heading', { level: 1 }),
      page.getByRole('button', { name: t['letter.print'] }),
    ]) {
      await expect(hidden).toBeHidden();
    }
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('link', { name: t['letter.close'] }).click();
    await expect(page).toHaveURL(/\/p\/noah\/brieven$/);
    await expect(page.getByRole('heading', { level: 1, name: t['letters.title'] })).toBeVisible();
  });

  test('a Word referral is a download with advice, and Sluiten keeps the Verwijzingen tab', async ({ page }) => {
    await page.goto('/p/noah/brieven?tab=verwijzingen');
    await page.getByRole('link', { name: fill(t['letters.view_named'], { title: 'Verwijzing KNO: recidiverende otitis media' }) }).click();
    await expect(page.getByText(t['letter.word_advice'])).toBeVisible();
    await expect(page.getByRole('button', { name: t['letter.print'] })).toHaveCount(0);
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: fill(t['letter.download'], { format: t['format.word'] }) }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('Verwijzing KNO- recidiverende otitis media.docx');
    await page.getByRole('link', { name: t['letter.close'] }).click();
    await expect(page).toHaveURL(/\/p\/noah\/brieven\?tab=verwijzingen$/);
  });

  test('a letter of another patient in the address is refused, not shown', async ({ page }) => {
    await page.goto('/p/noah/brieven/emma-letter-1');
    await expect(page.getByTestId('error-message')).toBeVisible();
    await expect(page.locator('main')).not.toContainText('Emma');
  });

  for (const lang of ['nl', 'en']) {
    test(`axe finds nothing on letters, a letter and a referral (${lang})`, async ({ page }) => {
      if (lang === 'en') await switchToEnglish(page);
      const tl = texts[lang];
      await page.goto('/p/noah/brieven');
      await expect(page.getByRole('table')).toBeVisible();
      await expectNoViolations(page, `letters (${lang})`);
      await page.goto('/p/noah/brieven/noah-letter-3');
      await expect(page.getByTestId('letter-frame')).toBeVisible();
      await expectNoViolations(page, `HTML letter (${lang})`, { exclude: ['[data-testid=letter-frame]'] });
      await page.goto('/p/noah/brieven/noah-referral-2');
      await expect(page.getByText(tl['letter.word_advice'])).toBeVisible();
      await expectNoViolations(page, `Word referral (${lang})`);
      await page.goto('/p/noah/brieven/noah-letter-2');
      await expect(page.getByTestId('letter-pdf')).toBeAttached();
      await expectNoViolations(page, `PDF letter (${lang})`);
      await page.goto('/p/noah/brieven/noah-letter-1');
      await expect(page.getByTestId('letter-text')).toBeVisible();
      await expectNoViolations(page, `text letter (${lang})`);
    });
  }
});
