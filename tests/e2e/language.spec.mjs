// Dutch by default; English through the header button; the choice is kept.
import { test, expect } from './pages.mjs';
import { SignInPage, Portal, people, portalDate, texts } from './pages.mjs';

test.describe('language', () => {
  test('switch to English on the sign-in page; it stays after reload and sign-in; switch back', async ({ page }) => {
    const nl = new SignInPage(page, 'nl');
    await nl.goto();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(nl.heading).toBeVisible();
    const toEnglish = page.getByRole('button', { name: 'English', exact: true });
    await expect(toEnglish).toHaveAttribute('lang', 'en');

    await toEnglish.click();
    const en = new SignInPage(page, 'en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(en.heading).toHaveText('Sign in');
    await expect(page).toHaveTitle('Sign in – My Care Portal');
    await en.expectWayIn();
    await expect(page.getByRole('heading', { name: 'What is DigiD?' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeAttached();
    await expect(page.getByText('Gebruikersnaam')).toHaveCount(0);
    const toDutch = page.getByRole('button', { name: 'Nederlands', exact: true });
    await expect(toDutch).toHaveAttribute('lang', 'nl');

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await en.ready();
    await expect(en.heading).toHaveText('Sign in');

    // Errors speak English too (in connected mode the two steps are the
    // DigiD stand-in's own pages, which are Dutch).
    await en.credentials('sanne', 'wrong');
    await expect(en.alert).toHaveText(en.errors.credentials);
    await en.credentials('sanne');
    await expect(en.smsSent).toBeVisible();
    await en.smsCode();
    await expect(page).toHaveURL(/\/p\/sanne$/);

    const portal = new Portal(page, 'en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await portal.expectHomeOf(people.sanne);
    await expect(portal.signOut).toBeVisible();
    await expect(portal.bar).toBeVisible(); // "Records of people you are authorized for"
    await expect(page.getByRole('heading', { name: 'Patient details' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Not for urgent matters' })).toBeVisible();
    await expect(portal.card).toContainText(/Date of birth.*\d{1,2} [A-Z][a-z]+ \d{4} \(\d+ years\)/);
    const end = await portalDate(page, 25, 'en');
    await expect(portal.endingNotices).toContainText(`Your access to Daan de Vries's portal ends in 25 days, on ${end}.`);
    const lucasEnded = await portalDate(page, -20, 'en');
    await expect(portal.barItem(people.lucas)).toContainText(`access ended on 16th birthday, ${lucasEnded}`);

    await portal.barLink(people.emma).click();
    await expect(portal.banner).toHaveText('You are viewing the record of Emma de Vries. You are signed in as Sanne de Vries.');
    await expect(page).toHaveTitle(`Home – ${people.emma} – My Care Portal`);

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(portal.banner).toHaveText('You are viewing the record of Emma de Vries. You are signed in as Sanne de Vries.');

    // Back to Dutch.
    await page.getByRole('button', { name: 'Nederlands', exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    const dutch = new Portal(page, 'nl');
    await expect(dutch.signOut).toBeVisible();
    await expect(dutch.banner).toHaveText('U bekijkt het dossier van Emma de Vries. U bent ingelogd als Sanne de Vries.');
    await expect(page.getByRole('heading', { name: 'Gegevens van de patiënt' })).toBeVisible();
    await expect(dutch.card).toContainText('Geboortedatum');
    await expect(page).toHaveTitle(`Home – ${people.emma} – Mijn Zorgportaal`);
    await expect(page.getByRole('button', { name: 'English', exact: true })).toBeVisible();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(dutch.signOut).toBeVisible();
  });

  test('a language whose texts cannot be fetched is not switched to, and the page says so in the language shown', async ({ page }) => {
    const nl = new SignInPage(page, 'nl');
    await nl.goto();
    await page.route('**/locales/en.json', (route) => route.abort('connectionfailed'));
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await expect(page.getByText(texts.nl['lang.unavailable'], { exact: true })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(nl.heading).toBeVisible();

    // English chosen (its texts came); after a reload only the sign-in
    // form's Dutch is in the page, the rest must be fetched to switch back.
    await page.unroute('**/locales/en.json');
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.reload();
    const en = new SignInPage(page, 'en');
    await en.ready();
    await page.route('**/locales/nl.json', (route) => route.abort('connectionfailed'));
    await page.getByRole('button', { name: 'Nederlands', exact: true }).click();
    await expect(page.getByText(texts.en['lang.unavailable_dutch'], { exact: true })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.unroute('**/locales/nl.json');
    await page.getByRole('button', { name: 'Nederlands', exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(nl.heading).toBeVisible();
    await expect(page.getByText(texts.en['lang.unavailable_dutch'], { exact: true })).toHaveCount(0);
  });

  test('the signed-out page follows the chosen language', async ({ page }) => {
    await new SignInPage(page, 'nl').goto();
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await new SignInPage(page, 'en').signIn('sanne');
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await expect(page).toHaveURL(/\/uitgelogd\?reden=user$/);
    await expect(page.getByRole('heading', { level: 1, name: 'You are signed out' })).toBeVisible();
    await expect(page.getByText('Text that you had not yet sent or saved has not been kept.')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});
