// Accessibility: axe (WCAG 2.0/2.1 A and AA) on every page and state, in
// Dutch and English, and the keyboard.
import { test, expect } from './pages.mjs';
import AxeBuilder from '@axe-core/playwright';
import { SignInPage, Portal, IdleDialog, signIn, people, lastActivity, texts, fill, MINUTE, expectNoViolations, formatViolations, CONNECTED } from './pages.mjs';

for (const lang of ['nl', 'en']) {
  const t = texts[lang];

  test.describe(`axe, ${lang}`, () => {
    test.beforeEach(async ({ context }) => {
      await context.addInitScript((l) => {
        try { localStorage.setItem('portal.lang', l); } catch { /* about:blank */ }
      }, lang);
    });

    test('sign-in, step 1, step 2 and with an error', async ({ page }) => {
      const s = new SignInPage(page, lang);
      await s.goto();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expectNoViolations(page, 'sign-in step 1');

      await s.credentials('sanne', 'wrong');
      await expect(s.alert).toHaveText(s.errors.credentials);
      await expectNoViolations(page, 'sign-in step 1 with an error');

      await s.credentials('sanne');
      await expect(s.code).toBeFocused();
      await expectNoViolations(page, 'sign-in step 2');

      await s.code.fill('999999');
      await s.submit.click();
      await expect(s.alert).toHaveText(s.errors.code);
      await expectNoViolations(page, 'sign-in step 2 with an error');
    });

    test('Home: own, Emma (acting banner), Daan (ending notice)', async ({ page }) => {
      const portal = await signIn(page, 'sanne', { lang });
      await portal.expectHomeOf(people.sanne);
      await expect(portal.endingNotices).toHaveCount(1);
      await expectNoViolations(page, 'Home of Sanne (own)');

      await portal.barLink(people.emma).click();
      await portal.expectHomeOf(people.emma);
      await expect(portal.banner).toBeVisible();
      await expectNoViolations(page, 'Home of Emma (acting banner)');

      await portal.barLink(people.daan).click();
      await portal.expectHomeOf(people.daan);
      await expect(portal.endingNotices).toHaveCount(1);
      await expectNoViolations(page, 'Home of Daan (ending notice)');
    });

    test('no access (Lucas) and signed out', async ({ page }) => {
      const portal = await signIn(page, 'sanne', { lang });
      await page.goto('/p/lucas');
      await expect(portal.h1).toHaveText(t['no_access.title']);
      await expect(page.getByTestId('no-access-reason')).toBeVisible();
      await expectNoViolations(page, 'no-access page (Lucas)');

      await portal.signOut.click();
      await expect(page.getByRole('heading', { level: 1, name: t['signed_out.title'] })).toBeVisible();
      await expectNoViolations(page, 'signed-out page (user)');

      await page.goto('/uitgelogd?reden=idle');
      await expect(page.getByText(fill(t['signed_out.idle'], { minutes: '15' }))).toBeVisible();
      await expectNoViolations(page, 'signed-out page (idle)');
    });

    test('the idle warning open', async ({ page }) => {
      await page.clock.install();
      const portal = await signIn(page, 'sanne', { lang });
      await portal.expectHomeOf(people.sanne);
      const t0 = await lastActivity(page);
      await page.clock.pauseAt(t0 + 13 * MINUTE);
      const idle = new IdleDialog(page, lang);
      await expect(idle.dialog).toBeVisible();
      await expect(idle.live).toHaveText(idle.announcement(lang === 'nl' ? '2 minuten' : '2 minutes'));
      // Let time run (axe may use timers); the warning lasts two real minutes.
      await page.clock.resume();
      await expectNoViolations(page, 'idle warning dialog');
    });
  });
}

/** Presses Tab until `target` has focus; fails after `max` presses. */
async function tabTo(page, target, max = 25) {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test.describe('keyboard', () => {
  const skipLink = (page) => page.getByRole('link', { name: 'Naar de inhoud' });

  test('on a freshly loaded sign-in page the skip link is the first Tab stop', async ({ page }) => {
    await new SignInPage(page).goto();
    await page.keyboard.press('Tab');
    await expect(skipLink(page)).toBeFocused();
    await expect(skipLink(page)).toBeInViewport();
  });

  test('on a freshly loaded Home the skip link is the first Tab stop', async ({ page }) => {
    await signIn(page, 'sanne');
    await page.goto('/p/sanne');
    await new Portal(page).expectHomeOf(people.sanne);
    await page.keyboard.press('Tab');
    await expect(skipLink(page)).toBeFocused();
    await expect(skipLink(page)).toBeInViewport();
  });

  for (const [where, open] of [
    ['sign-in page', async (page) => new SignInPage(page).goto()],
    ['Home', async (page) => { await signIn(page, 'sanne'); await new Portal(page).expectHomeOf(people.sanne); }],
  ]) {
    test(`on the ${where} the skip link moves focus to main`, async ({ page }) => {
      await open(page);
      const skip = skipLink(page);
      await skip.focus();
      await expect(skip).toBeInViewport();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('main')).toBeFocused();
      // The next Tab continues in main's content, never back into the header
      // or the menus before it. (Home's main holds nothing focusable: there
      // Tab leaves the page, which headless Chromium shows as wrapping.)
      if (where === 'Home') return;
      await page.keyboard.press('Tab');
      const before = await page.evaluate(() => {
        const main = document.querySelector('main');
        const active = document.activeElement;
        if (!active || active === document.body || main.contains(active)) return false;
        return Boolean(main.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_PRECEDING);
      });
      expect(before, 'after the skip link, Tab does not go back to the header').toBe(false);
    });
  }

  test('sign-in can be completed with the keyboard only', async ({ page }) => {
    const s = new SignInPage(page);
    await s.goto();
    if (CONNECTED) {
      // The portal's button, then DigiD's own page, which starts in its first field.
      await tabTo(page, s.digid);
      await page.keyboard.press('Enter');
      await expect(s.username).toBeFocused();
    } else {
      await tabTo(page, s.username);
    }
    await page.keyboard.type('sanne');
    await page.keyboard.press('Tab');
    await expect(s.password).toBeFocused();
    await page.keyboard.type('demo1234');
    await page.keyboard.press('Enter');
    // Step 2 puts the cursor in the code field.
    await expect(s.code).toBeFocused();
    await page.keyboard.type('123456');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/p\/sanne$/);
    const portal = new Portal(page);
    await portal.expectHomeOf(people.sanne);
    // After the route change the heading has focus, so a screen reader says where one is.
    await expect(portal.h1).toBeFocused();
    // The grey bar can be reached and used with the keyboard.
    await tabTo(page, portal.barLink(people.emma), 40);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/p\/emma$/);
    await portal.expectHomeOf(people.emma);
  });
});

test.describe('hover', () => {
  for (const [where, open] of [
    ['sign-in page', async (page) => new SignInPage(page).goto()],
    ['signed-in header', async (page) => { await signIn(page, 'sanne'); await new Portal(page).expectHomeOf(people.sanne); }],
  ]) {
    test(`the language button in the ${where} stays readable under the mouse`, async ({ page }) => {
      await open(page);
      const button = page.getByRole('button', { name: 'English', exact: true });
      await button.hover();
      const { violations } = await new AxeBuilder({ page }).include('.lang-switch').withRules(['color-contrast']).analyze();
      expect(violations, `axe on the hovered language button:\n${formatViolations(violations)}`).toEqual([]);
    });
  }
});
