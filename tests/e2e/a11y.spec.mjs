// Accessibility: axe (WCAG 2.0/2.1 A and AA) on every page and state, in
// Dutch and English, and the keyboard.
import { test, expect } from './pages.mjs';
import AxeBuilder from '@axe-core/playwright';
import { SignInPage, Portal, IdleDialog, signIn, people, lastActivity, texts, fill, MINUTE, expectNoViolations, formatViolations, received, setSwitch, CONNECTED, visit } from './pages.mjs';

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

// Every page of the portal, signed in as Sanne (her own record and Emma's,
// whom she represents), in groups that run side by side. A heading of
// `null` is the record's own title.
const PAGES = {
  'Home, reports and goals': [
    ['/p/sanne', 'home.title'],
    ['/p/emma', 'home.title'],
    ['/p/emma/verslagen', 'reports.title'],
    ['/p/emma/verslagen/emma-report-1', null],
    ['/p/emma/doelen', 'goals.title'],
  ],
  letters: [
    ['/p/emma/brieven', 'letters.title'],
    // The letter itself is the hospital's document in a frame without
    // scripts, where axe cannot run; the page around it is checked.
    ['/p/emma/brieven/emma-letter-1', null, { exclude: ['[data-testid=letter-frame]'] }],
    ['/p/emma/brieven/emma-letter-2', null],
    ['/p/emma/brieven/emma-letter-3', null],
  ],
  'medicines, measurements and results': [
    ['/p/emma/medicijnen', 'medicines.title'],
    ['/p/emma/medicijnen/emma-med-3/herhaalrecept', null],
    ['/p/emma/metingen', 'measurements.title'],
    ['/p/sanne/uitslagen', 'results.title'],
    ['/p/sanne/uitslagen/sanne-lab-2', null],
  ],
  'problems, allergies, vaccinations and other results': [
    ['/p/emma/problemen', 'problems.title'],
    ['/p/sanne/allergieen', 'allergies.title'],
    ['/p/noah/vaccinaties', 'vaccinations.title'],
    ['/p/sanne/uitslagen?soort=overig', 'results.title'],
  ],
  'questionnaires and diaries': [
    ['/p/emma/vragenlijsten', 'questionnaires.title'],
    ['/p/emma/vragenlijsten/emma-qr-1', null],
    ['/p/emma/vragenlijsten/emma-qr-3', null],
    ['/p/daan/vragenlijsten/dagboek/q-aanvalsdagboek', null],
  ],
  'agenda and e-consult': [
    ['/p/emma/agenda', 'agenda.title'],
    ['/p/emma/e-consult', 'econsult.title'],
    ['/p/emma/e-consult/nieuw', 'econsult.new_title'],
    ['/p/emma/e-consult/emma-msg-2-1', null],
  ],
  'patient data, access log, information and the rest': [
    ['/p/emma/gegevens', 'patient.title'],
    ['/p/emma/inzage', 'access.log.title'],
    ['/p/emma/informatie', 'info.title'],
    ['/toegankelijkheid', 'a11y.title'],
    ['/p/lucas', 'no_access.title'],
    ['/bestaat-niet', 'not_found.title'],
  ],
};

/** Opens `path` and waits until its heading is shown and nothing loads. */
async function openPage(page, t, path, heading) {
  // Connected mode continues the session through the provider first.
  await visit(page, path);
  const h1 = page.getByRole('main').getByRole('heading', { level: 1 });
  if (heading) await expect(h1).toHaveText(t[heading]);
  else await expect(h1).toBeVisible();
  await expect(page.getByText(t.loading)).toHaveCount(0);
  return (await h1.innerText()).trim();
}

for (const lang of ['nl', 'en']) {
  const t = texts[lang];
  test.describe(`every page, ${lang}`, () => {
    test.beforeEach(async ({ context }) => {
      await context.addInitScript((l) => {
        try { localStorage.setItem('portal.lang', l); } catch { /* about:blank */ }
      }, lang);
    });

    for (const [group, pages] of Object.entries(PAGES)) {
      test(`axe finds nothing, and the title names the page: ${group}`, async ({ page }) => {
        await signIn(page, 'sanne', { lang });
        for (const [path, heading, options] of pages) {
          const shown = await openPage(page, t, path, heading);
          await expect(page).toHaveTitle(new RegExp(`^${shown.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} – `));
          await expectNoViolations(page, `${path} (${lang})`, options);
        }
      });
    }

    test('axe finds nothing on the public pages', async ({ page }) => {
      for (const [path, heading] of [
        ['/inloggen', 'signin.title'],
        ['/informatie', 'info.title'],
        ['/toegankelijkheid', 'a11y.title'],
        ['/uitgelogd', 'signed_out.title'],
      ]) {
        await openPage(page, t, path, heading);
        await expectNoViolations(page, `${path} (${lang})`);
      }
    });
  });
}

test.describe('reflow', () => {
  // WCAG 1.4.10: at 320 CSS pixels wide (400 % zoom of a 1280 px window)
  // nothing needs scrolling sideways, except inside a data table.
  test.use({ viewport: { width: 320, height: 640 } });

  for (const [group, pages] of Object.entries(PAGES)) {
    test(`at 320 px no page scrolls sideways: ${group}`, async ({ page }) => {
      await signIn(page, 'sanne');
      for (const [path, heading] of pages) {
        await openPage(page, texts.nl, path, heading);
        const wide = await page.evaluate(() => {
          const width = document.documentElement.clientWidth;
          const out = [];
          for (const el of document.querySelectorAll('main *, header *, nav *, footer *')) {
            if (el.closest('table, .table-scroll, [data-scroll]')) continue;
            const r = el.getBoundingClientRect();
            if (r.width > 0 && (r.right > width + 1 || r.left < -1)) out.push(`${el.tagName.toLowerCase()}.${el.className}`);
          }
          return { scroll: document.documentElement.scrollWidth, width, out: out.slice(0, 5) };
        });
        expect(wide.out, `elements outside the window on ${path}`).toEqual([]);
        expect(wide.scroll, `page width on ${path}`).toBeLessThanOrEqual(wide.width);
      }
    });
  }
});

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

test.describe('keyboard only', () => {
  const t = texts.nl;

  test('a medical term: Tab to it, Enter explains it, Escape closes it and focus stays', async ({ page }) => {
    await signIn(page, 'sanne');
    await page.goto('/p/sanne/verslagen');
    await tabTo(page, page.getByRole('table').getByRole('link').first(), 60);
    await page.keyboard.press('Enter');
    const text = page.getByTestId('report-text');
    await expect(text).toContainText('Anamnese');
    const term = text.getByRole('button', { name: 'Anamnese', exact: true }).first();
    await tabTo(page, term, 60);
    await page.keyboard.press('Enter');
    await expect(term).toHaveAttribute('aria-expanded', 'true');
    const note = page.getByRole('note');
    await expect(note).toBeVisible();
    await expect(term).toHaveAccessibleDescription(await note.innerText());
    await page.keyboard.press('Escape');
    await expect(note).toHaveCount(0);
    await expect(term).toHaveAttribute('aria-expanded', 'false');
    await expect(term).toBeFocused();
    // Space works as well.
    await page.keyboard.press('Space');
    await expect(page.getByRole('note')).toBeVisible();
  });

  test('the idle warning: focus is in it, Tab reaches both buttons, Enter on "stay" keeps the session', async ({ page }) => {
    await page.clock.install();
    const portal = await signIn(page, 'sanne');
    await portal.expectHomeOf(people.sanne);
    // Somewhere in the page before the warning: focus goes back there after.
    await tabTo(page, portal.barLink(people.emma), 40);
    const t0 = await lastActivity(page);
    await page.clock.pauseAt(t0 + 13 * MINUTE);
    const idle = new IdleDialog(page);
    await expect(idle.dialog).toBeVisible();
    await expect(idle.stay).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(idle.signOutNow).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(idle.stay).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(idle.dialog).toBeHidden();
    await expect(portal.barLink(people.emma)).toBeFocused();
    await expect(portal.signOut).toBeVisible();
  });

  test('the idle warning: "sign out now" by keyboard signs out', async ({ page }) => {
    await page.clock.install();
    const portal = await signIn(page, 'sanne');
    await portal.expectHomeOf(people.sanne);
    const t0 = await lastActivity(page);
    await page.clock.pauseAt(t0 + 13 * MINUTE);
    const idle = new IdleDialog(page);
    await expect(idle.stay).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: t['signed_out.title'] })).toBeVisible();
  });

  test('switching patient and back with the keyboard', async ({ page }) => {
    const portal = await signIn(page, 'sanne');
    await portal.expectHomeOf(people.sanne);
    await tabTo(page, portal.barLink(people.emma), 40);
    await page.keyboard.press('Enter');
    await portal.expectHomeOf(people.emma);
    await expect(portal.h1).toBeFocused();
    await tabTo(page, portal.ownName, 40);
    await page.keyboard.press('Enter');
    await portal.expectHomeOf(people.sanne);
    await expect(portal.h1).toBeFocused();
  });

  test('an e-consult written and sent with the keyboard only', async ({ page }) => {
    await signIn(page, 'sanne');
    await page.goto('/p/emma/e-consult');
    await tabTo(page, page.getByRole('link', { name: t['econsult.new'] }), 60);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: t['econsult.new_title'] })).toBeFocused();
    const to = page.getByRole('combobox');
    await tabTo(page, to, 40);
    // Chromium's closed select changes its value with the arrow keys.
    for (let i = 0; i < 10 && !(await to.evaluate((s) => s.selectedOptions[0]?.textContent)).includes('Kinderdermatologie'); i += 1) {
      await page.keyboard.press('ArrowDown');
    }
    await expect(to.locator('option:checked')).toHaveText('Kinderdermatologie');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Zwemmen met zalf');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Mag Emma smeren voor het zwemmen?');
    await tabTo(page, page.getByRole('button', { name: t['econsult.send'], exact: true }), 10);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('sent-confirmation')).toHaveText(t['econsult.confirmed']);
    const stored = (await received(page)).filter((r) => r.resourceType === 'Communication');
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ topic: { text: 'Zwemmen met zalf' }, payload: [{ contentString: 'Mag Emma smeren voor het zwemmen?' }] });
  });
});

test.describe('live region', () => {
  test('one region, there from the start, says "loading" and then the error', async ({ page }) => {
    await signIn(page, 'sanne');
    const status = page.getByTestId('live-status');
    const alert = page.getByTestId('live-alert');
    await expect(status).toHaveAttribute('role', 'status');
    await expect(alert).toHaveAttribute('role', 'alert');
    // The same elements stay through route changes.
    await status.evaluate((el) => { el.dataset.mark = 'first'; });
    await setSwitch(page, 'delay', 1500);
    await page.getByRole('navigation', { name: texts.nl['menu.label'] }).getByRole('link', { name: texts.nl['nav.goals'] }).click();
    await expect(status).toHaveText(texts.nl.loading);
    await expect(status).toHaveText('', { timeout: 15_000 });
    await expect(page.getByRole('heading', { level: 1, name: texts.nl['goals.title'] })).toBeVisible();
    await setSwitch(page, 'delay', null);
    await setSwitch(page, 'fail', 'all');
    await page.getByRole('navigation', { name: texts.nl['menu.label'] }).getByRole('link', { name: texts.nl['nav.letters'] }).click();
    const retry = page.getByRole('button', { name: texts.nl.retry });
    await expect(retry).toBeVisible();
    const shown = (await page.getByRole('main').locator('.notice').first().innerText()).split('\n')[0];
    await expect(alert).toContainText(shown);
    // The visible notice is not a second alert.
    await expect(page.getByRole('main').getByTestId('error-message')).toBeVisible();
    await expect(page.getByRole('main').getByRole('alert')).toHaveCount(0);
    await expect(page.getByTestId('live-status')).toHaveAttribute('data-mark', 'first');
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
