// Treatment goals: what was agreed, its status in words, dates and who.
import { test, expect, switchToEnglish } from './pages.mjs';
import { signIn, people, texts, expectNoViolations } from './pages.mjs';

const t = texts.nl;

test.describe('treatment goals', () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, 'sanne');
  });

  test('Emma\'s goals: description, status in words, dates and who agreed', async ({ page }) => {
    await page.goto('/p/emma');
    await page.getByRole('navigation', { name: t['menu.label'] }).getByRole('link', { name: t['nav.goals'] }).click();
    await expect(page).toHaveURL(/\/p\/emma\/doelen$/);
    await expect(page.getByRole('heading', { level: 1, name: t['goals.title'] })).toBeVisible();
    const goals = page.getByTestId('goals').getByRole('listitem');
    await expect(goals.first()).toBeVisible();
    const eczema = goals.filter({ hasText: 'Eczeem rustig houden met het smeerplan' });
    await expect(eczema.getByRole('heading', { level: 2 })).toHaveText('Eczeem rustig houden met het smeerplan');
    // One status, lifecycle and achievement together (active, sustaining).
    await expect(eczema.locator('.goal__status')).toHaveText(t['goal.in_progress']);
    await expect(eczema).toContainText(`${t['goal.agreed_with']}Dr. L. van Dam, dermatoloog`);
    await expect(eczema).toContainText('Vette crème elke avond');
    // Active goals come first, completed ones last.
    await expect(goals.last().getByRole('heading', { level: 2 })).toHaveText(/^(Binnen een half uur in slaap vallen|Zelf de crèmes smeren zonder hulp)/);
    await expect(goals.last().locator('.goal__status')).toHaveText(t['goal.achieved']);
    await expect(page).toHaveTitle(new RegExp(`^${t['goals.title']} – ${people.emma} – `));
  });

  test('a goal says what is aimed at, in the person\'s number format', async ({ page }) => {
    await page.goto('/p/sanne/doelen');
    const weight = page.getByTestId('goals').getByRole('listitem').filter({ hasText: 'Gewicht naar 75 kg' });
    await expect(weight).toContainText(`${t['goal.target']}Lichaamsgewicht: 75 kg`);
    await expect(weight.locator('.goal__status')).toHaveText(t['goal.in_progress']);
  });

  test('switching to Noah shows Noah\'s goals, none of Emma\'s', async ({ page }) => {
    await page.goto('/p/emma/doelen');
    await expect(page.getByTestId('goals')).toContainText('Eczeem');
    await page.getByRole('navigation', { name: t['bar.label'] }).getByRole('link', { name: people.noah }).click();
    await page.getByRole('link', { name: t['nav.goals'] }).click();
    await expect(page).toHaveURL(/\/p\/noah\/doelen$/);
    await expect(page.getByTestId('goals').getByRole('listitem').first()).toBeVisible();
    await expect(page.getByTestId('goals')).not.toContainText('Eczeem');
  });

  for (const lang of ['nl', 'en']) {
    test(`axe finds nothing on the goals (${lang})`, async ({ page }) => {
      if (lang === 'en') await switchToEnglish(page);
      await page.goto('/p/sanne/doelen');
      await expect(page.getByTestId('goals').getByRole('listitem').first()).toBeVisible();
      await expectNoViolations(page, `goals (${lang})`);
    });
  }
});
