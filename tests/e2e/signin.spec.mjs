// Signing in with DigiD: username and password, then the SMS code — the
// portal's own demo form, or in connected mode the DigiD stand-in's pages
// reached through "Inloggen met DigiD".
import { test, expect } from './pages.mjs';
import { SignInPage, Portal, people, texts, shownAlerts, CONNECTED } from './pages.mjs';

test.describe('sign-in', () => {
  test('sanne signs in and lands on her own portal with her name top right', async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    await expect(signIn.heading).toBeVisible();
    await expect(page).toHaveTitle('Inloggen – Mijn Zorgportaal');

    await signIn.credentials('sanne');
    // Step 2 asks for the code and puts the cursor in it.
    await expect(signIn.smsSent).toBeVisible();
    await expect(signIn.code).toBeFocused();
    await signIn.code.fill('123456');
    await signIn.submit.click();

    await expect(page).toHaveURL(/\/p\/sanne$/);
    const portal = new Portal(page);
    await portal.expectHomeOf(people.sanne);
    await expect(portal.ownName).toHaveText(people.sanne);
    const own = portal.header.getByRole('link', { name: people.sanne, exact: true });
    await expect(own).toHaveAttribute('aria-current', 'true');
    await expect(portal.header).toContainText(`Ingelogd als ${people.sanne}`);
    await expect(portal.signOut).toBeVisible();
    // Top right: in the right half of the window, above the content.
    const box = await own.boundingBox();
    const viewport = page.viewportSize();
    expect(box.x + box.width / 2).toBeGreaterThan(viewport.width / 2);
    const main = await portal.main.boundingBox();
    expect(box.y).toBeLessThan(main.y);
    // Her own portal: no banner about someone else's record.
    await expect(portal.banner).toHaveCount(0);
    // Home: her details, and the notices about results and urgent matters.
    await expect(portal.card).toContainText(/Geboortedatum\s*\d{1,2} [a-z]+ \d{4} \(\d+ jaar\)/);
    const results = portal.main.getByRole('heading', { name: 'Uitslagen zijn direct zichtbaar' });
    await expect(results).toBeVisible();
    await expect(portal.main).toContainText('Ze kunnen voorlopig zijn en later worden aangepast');
    await expect(portal.main.getByRole('heading', { name: 'Niet voor spoed' })).toBeVisible();
    await expect(portal.main).toContainText('Bel bij spoed 112');
  });

  test('a wrong password shows an error, keeps the username and stays on step 1', async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.credentials('sanne', 'verkeerd');

    await expect(signIn.alert).toContainText('De gebruikersnaam of het wachtwoord is niet juist');
    await expect(signIn.username).toHaveValue('sanne');
    await expect(signIn.username).toHaveAttribute('aria-invalid', 'true');
    await expect(signIn.username).toHaveAccessibleDescription(/De gebruikersnaam of het wachtwoord is niet juist/);
    await expect(signIn.password).toBeVisible();
    await expect(signIn.next).toBeVisible();
    await expect(signIn.code).toHaveCount(0);
    await signIn.expectStillSigningIn();
  });

  test('a wrong SMS code shows an error; trying again with the right code signs in', async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.credentials('sanne');
    await signIn.smsCode('000000');

    await expect(signIn.alert).toContainText('De sms-code is niet juist');
    await expect(signIn.code).toHaveAccessibleDescription(/De sms-code is niet juist/);
    await signIn.expectStillSigningIn();

    await signIn.code.fill('123456');
    await signIn.submit.click();
    await expect(page).toHaveURL(/\/p\/sanne$/);
    await new Portal(page).expectHomeOf(people.sanne);
    await expect(shownAlerts(page)).toHaveCount(0);
  });

  test('double-clicking "Inloggen" signs in once, without an error', async ({ page }) => {
    test.skip(CONNECTED, 'the demo form\'s button; in connected mode the second step is the provider\'s page, and the portal\'s own button is double-clicked in the next test');
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.credentials('sanne');
    await signIn.code.fill('123456');

    // Count sign-ins (each loads the demo server's manifest) and every alert
    // that appears, however briefly.
    let signIns = 0;
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === '/demo/manifest.json') signIns += 1;
    });
    await page.evaluate(() => {
      window.__alerts = [];
      new MutationObserver(() => {
        for (const a of document.querySelectorAll('[role=alert]')) {
          if (a.textContent.trim()) window.__alerts.push(a.textContent.trim());
        }
      }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });

    await signIn.submit.dblclick();

    await expect(page).toHaveURL(/\/p\/sanne$/);
    await new Portal(page).expectHomeOf(people.sanne);
    expect(await page.evaluate(() => window.__alerts)).toEqual([]);
    expect(signIns).toBe(1);
  });

  test('double-clicking "Inloggen met DigiD" starts one sign-in, which completes without an error', async ({ page, backend }) => {
    test.skip(!CONNECTED, 'connected mode only: the demo form has no DigiD button');
    let exchanges = 0;
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url() === `${backend.issuer}/token`) exchanges += 1;
    });
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.digid.dblclick();
    await expect(signIn.username).toBeVisible();
    await signIn.credentials('sanne');
    await signIn.smsCode();
    await expect(page).toHaveURL(/\/p\/sanne$/);
    await new Portal(page).expectHomeOf(people.sanne);
    await expect(shownAlerts(page)).toHaveCount(0);
    expect(exchanges).toBe(1);
  });

  test('in connected mode the sign-in page offers DigiD and no demo accounts', async ({ page }) => {
    test.skip(!CONNECTED, 'connected mode only; the demo accounts are the next test');
    const signIn = new SignInPage(page);
    await signIn.goto();
    await expect(signIn.heading).toBeVisible();
    await expect(signIn.personas).toHaveCount(0);
    await expect(page.getByText('demo1234')).toHaveCount(0);
    await expect(page.getByLabel(texts.nl['signin.password'], { exact: true })).toHaveCount(0);
  });

  test('the demo personas are listed: sanne, emma and peter', async ({ page }) => {
    test.skip(CONNECTED, 'demo mode only: in connected mode the accounts are the identity provider\'s (previous test)');
    const signIn = new SignInPage(page);
    await signIn.goto();
    const table = signIn.personas;
    await expect(table.getByRole('columnheader')).toHaveText(['Gebruikersnaam', 'Naam', 'Wie']);
    const rows = table.getByRole('row').filter({ has: page.getByRole('cell') });
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(0).getByRole('cell')).toHaveText(['sanne', people.sanne, /moeder van Noah, Emma, Lucas en Daan/]);
    await expect(rows.nth(1).getByRole('cell')).toHaveText(['emma', people.emma, /Patiënt van 14/]);
    await expect(rows.nth(2).getByRole('cell')).toHaveText(['peter', people.peter, /curator van Willem Bakker/]);
    await expect(page.getByText('wachtwoord demo1234 en sms-code 123456')).toBeVisible();
  });

  test('peter, who is not a patient, lands on Willem\'s portal and his name is not a link', async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn('peter');

    await expect(page).toHaveURL(/\/p\/willem$/);
    const portal = new Portal(page);
    await portal.expectHomeOf(people.willem);
    await expect(portal.ownName).toHaveText(people.peter);
    await expect(portal.header.getByRole('link', { name: people.peter })).toHaveCount(0);
    await expect(page.getByRole('link', { name: people.peter })).toHaveCount(0);
    await expect(portal.banner).toHaveText(portal.bannerText(people.willem, people.peter));
    await expect(portal.barLink(people.willem)).toHaveAttribute('aria-current', 'true');
  });

  test('a deep link opened while signed out leads back there after sign-in', async ({ page }) => {
    await page.goto('/p/emma');
    const signIn = new SignInPage(page);
    await expect(page).toHaveURL(/\/inloggen\?terug=/);
    await signIn.ready();
    await signIn.signIn('sanne');

    await expect(page).toHaveURL(/\/p\/emma$/);
    const portal = new Portal(page);
    await portal.expectHomeOf(people.emma);
    await expect(portal.banner).toHaveText(portal.bannerText(people.emma, people.sanne));
  });

  test('on a slow connection, "Volgende" pressed before the demo list has loaded still leads to step 2', async ({ page }) => {
    test.skip(CONNECTED, 'demo mode only (the demo list); the slow provider is the next test');
    // The list of demo accounts arrives 1.5 s late, as on a slow mobile connection.
    await page.route('**/demo/personas.json', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.goto('/inloggen');
    const signIn = new SignInPage(page);
    await signIn.username.fill('sanne');
    await signIn.password.fill('demo1234');
    await signIn.next.click();
    // A person is not told that signing in is impossible; the portal goes on once it can.
    await expect(signIn.code.or(signIn.alert)).toBeVisible();
    await expect(signIn.alert, 'no error for pressing "Volgende" a moment early').toHaveCount(0);
    await expect(signIn.code).toBeVisible();
  });

  test('on a slow connection, "Inloggen met DigiD" pressed before the provider answers still leads to DigiD', async ({ page, backend }) => {
    test.skip(!CONNECTED, 'connected mode only: the demo has no provider');
    // The provider's discovery document arrives 1.5 s late.
    await page.route(`${backend.issuer}/.well-known/openid-configuration`, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.digid.click();
    await expect(signIn.username.or(signIn.alert)).toBeVisible();
    await expect(signIn.alert, 'no error for a slow provider').toHaveCount(0);
    await signIn.credentials('sanne');
    await signIn.smsCode();
    await new Portal(page).expectHomeOf(people.sanne);
  });
});
