// Addresses of patients one may not see.
import { test, expect } from './pages.mjs';
import { signIn, Portal, people, portalDate } from './pages.mjs';

async function expectNoAccess(page, portal) {
  await expect(portal.h1).toHaveText('Geen toegang');
  await expect(page.getByText('U hebt geen toegang tot het dossier op dit adres.')).toBeVisible();
  await expect(portal.card).toHaveCount(0);
  await expect(portal.banner).toHaveCount(0);
  await expect(page).toHaveTitle('Geen toegang – Mijn Zorgportaal');
}

test.describe('no access', () => {
  test('sanne at /p/lucas: no access, and why', async ({ page }) => {
    const portal = await signIn(page, 'sanne');
    await page.goto('/p/lucas');
    await expect(page).toHaveURL(/\/p\/lucas$/);
    await expectNoAccess(page, portal);
    const birthday = await portalDate(page, -20);
    await expect(page.getByTestId('no-access-reason')).toHaveText(
      `Toegang beëindigd op ${birthday}, de 16e verjaardag van Lucas de Vries. Vanaf 16 jaar heeft alleen Lucas de Vries zelf toegang.`,
    );
    // Nothing of Lucas's record, and no one is marked current in the bar.
    await expect(page.getByText(/Geboortedatum/)).toHaveCount(0);
    await expect(portal.bar.locator('[aria-current]')).toHaveCount(0);
    // The way back leads to her own portal.
    await page.getByRole('link', { name: 'Terug naar uw portaal' }).click();
    await expect(page).toHaveURL(/\/p\/sanne$/);
    await portal.expectHomeOf(people.sanne);
  });

  test('sanne at /p/nobody: no access, without a reason', async ({ page }) => {
    const portal = await signIn(page, 'sanne');
    await page.goto('/p/nobody');
    await expectNoAccess(page, portal);
    await expect(page.getByTestId('no-access-reason')).toHaveCount(0);
    await expect(portal.ownName).toHaveText(people.sanne);
  });

  for (const id of ['sanne', 'noah']) {
    test(`emma at /p/${id}: no access`, async ({ page }) => {
      const portal = await signIn(page, 'emma');
      await expect(page).toHaveURL(/\/p\/emma$/);
      await page.goto(`/p/${id}`);
      await expect(page).toHaveURL(new RegExp(`/p/${id}$`));
      await expectNoAccess(page, portal);
      await expect(page.getByTestId('no-access-reason')).toHaveCount(0);
      await expect(page.getByText(id === 'sanne' ? people.sanne : people.noah)).toHaveCount(0);
    });
  }

  test('emma sees only her own portal: no grey bar, no banner', async ({ page }) => {
    const portal = await signIn(page, 'emma');
    await expect(page).toHaveURL(/\/p\/emma$/);
    await portal.expectHomeOf(people.emma);
    await expect(portal.ownName).toHaveText(people.emma);
    await expect(portal.ownName).toHaveAttribute('aria-current', 'true');
    await expect(portal.bar).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: /gemachtigd/ })).toHaveCount(0);
    await expect(portal.banner).toHaveCount(0);
    await expect(page.getByText(people.sanne)).toHaveCount(0);
  });
});
