// A browser that refuses site data (issue 15): `localStorage` and
// `sessionStorage` throw on every use, as they do when a person blocks site
// data for the portal. The portal still works for one session in this tab:
// sign-in, the record, idle sign-out at this tab's own deadline. It says
// once, politely, that a reload asks to sign in again and that other tabs
// do not share the session. Connected mode needs to keep the sign-in's
// state for the way back from DigiD: without `sessionStorage` it says why
// it cannot sign in, instead of sending the person to DigiD in vain.
import { test, expect, texts, signIn, SignInPage, Portal, people, MINUTE, CONNECTED } from './pages.mjs';

const t = texts.nl;

/** Makes the named storages throw, in every page of the context. */
async function refuse(context, names) {
  await context.addInitScript((blocked) => {
    const no = () => { throw new DOMException('Site data is blocked for this site.', 'SecurityError'); };
    for (const name of blocked) Object.defineProperty(window, name, { configurable: true, get: no });
  }, names);
}

const notice = (page) => page.getByTestId('storage-notice');

test.describe('no localStorage', () => {
  test.beforeEach(async ({ context }) => {
    await refuse(context, CONNECTED ? ['localStorage'] : ['localStorage', 'sessionStorage']);
  });

  test('a person signs in, works, is told once that a reload asks to sign in again, and a reload does', async ({ page }) => {
    const portal = await signIn(page, 'sanne');
    await portal.expectHomeOf(people.sanne);
    await expect(notice(page)).toHaveText(new RegExp(t['storage.notice'].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await expect(notice(page)).toHaveAttribute('role', 'status');
    await notice(page).getByRole('button', { name: t['storage.dismiss'], exact: true }).click();
    await expect(notice(page)).toHaveCount(0);
    // Working on: another person's record and a section, without reloading.
    await portal.barLink(people.emma).click();
    await portal.expectHomeOf(people.emma);
    await page.getByRole('navigation', { name: t['menu.label'] }).getByRole('link', { name: t['nav.goals'], exact: true }).click();
    await expect(page.getByRole('main')).toContainText('Eczeem rustig houden met het smeerplan');
    await expect(notice(page)).toHaveCount(0);
    // The session lived in this page only.
    await page.reload();
    await expect(page).toHaveURL(/\/inloggen/);
    await new SignInPage(page).ready();
  });

  test('the idle sign-out comes at this tab\'s own deadline, with a warning first', async ({ page }) => {
    await page.clock.install();
    const portal = await signIn(page, 'sanne');
    await portal.expectHomeOf(people.sanne);
    const signedInAt = await page.evaluate(() => Date.now());
    await page.clock.pauseAt(signedInAt + 13 * MINUTE + 1000);
    await expect(page.getByRole('alertdialog', { name: t['idle.title'] })).toBeVisible();
    await page.clock.pauseAt(signedInAt + 15 * MINUTE + 1000);
    await expect(page).toHaveURL(/\/uitgelogd\?reden=idle$/);
    await expect(page.getByTestId('signed-out-reason')).toContainText('niets hebt gedaan');
    await expect(page.getByText(people.sanne)).toHaveCount(0);
  });

  test('the language chosen is kept for the session', async ({ page }) => {
    const portal = await signIn(page, 'sanne');
    await portal.langSwitch.click();
    await new Portal(page, 'en').expectHomeOf(people.sanne);
    await expect(notice(page)).toHaveText(new RegExp(texts.en['storage.notice'].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  });
});

test.describe('no storage at all, connected mode', () => {
  test.skip(!CONNECTED, 'the demo sign-in never leaves the page');
  test.beforeEach(async ({ context }) => { await refuse(context, ['localStorage', 'sessionStorage']); });

  test('signing in goes through a DigiD window; the portal works for the session and signs out through the provider', async ({ page, context }) => {
    const signInPage = new SignInPage(page);
    await signInPage.goto();
    const opening = page.waitForEvent('popup');
    await signInPage.digid.click();
    const digid = await opening;
    await expect(page.getByTestId('signin-waiting')).toHaveText(t['signin.window_waiting']);
    // DigiD's two steps, in its window.
    const inWindow = new SignInPage(digid);
    await inWindow.username.fill('sanne');
    await inWindow.password.fill('demo1234');
    await inWindow.next.click();
    await inWindow.smsCode();
    // The window hands the code back and closes; the portal signs in.
    await digid.waitForEvent('close');
    await expect(page).toHaveURL(/\/p\/sanne$/);
    const portal = new Portal(page);
    await portal.expectHomeOf(people.sanne);
    await expect(notice(page)).toBeVisible();
    await portal.barLink(people.emma).click();
    await portal.expectHomeOf(people.emma);
    // Signing out ends the provider's session too: signing in asks again.
    await portal.signOut.click();
    await expect(page).toHaveURL(/\/uitgelogd\?reden=user$/);
    const again = new SignInPage(page);
    await again.goto();
    const reopening = page.waitForEvent('popup');
    await again.digid.click();
    await expect(new SignInPage(await reopening).username).toBeVisible();
  });

  test('with the DigiD window blocked as well, the sign-in says why and sends nobody to DigiD', async ({ page, context, backend }) => {
    await context.addInitScript(() => { window.open = () => null; });
    const asked = [];
    context.on('request', (r) => { if (r.url().startsWith(`${backend.issuer}/auth`)) asked.push(r.url()); });
    const signInPage = new SignInPage(page);
    await signInPage.goto();
    await signInPage.digid.click();
    await expect(page.getByTestId('signin-problem')).toHaveText(t['signin.connected_no_storage']);
    await expect(page).toHaveURL(/\/inloggen$/);
    await expect(signInPage.digid).toBeEnabled();
    expect(asked).toEqual([]);
  });
});
