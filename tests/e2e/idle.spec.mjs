// Idle sign-out: the warning at 13 minutes, sign-out at 15, what counts as
// activity, a laptop that slept, and several tabs.
//
// Time is Playwright's clock. Idle times are measured from the moment of the
// last activity that counted, which is the stored shared deadline minus 15
// minutes, so the real time that sign-in takes does not blur the minute
// marks. `pauseAt` jumps to a moment, fires the due timers (the portal's
// one-second check) once at that moment, and stops the clock there.
import { test, expect } from './pages.mjs';
import { signIn, SignInPage, Portal, IdleDialog, people, lastActivity, idleDeadline, setSwitch, MINUTE, IDLE_TIMEOUT, CONNECTED, at, settle, jump } from './pages.mjs';

/** Installs the clock, signs sanne in, and returns the moment idle time starts. */
async function signInWithClock(page, user = 'sanne') {
  await page.clock.install();
  const portal = await signIn(page, user);
  await portal.expectHomeOf(user === 'sanne' ? people.sanne : people.emma);
  const t0 = await lastActivity(page);
  return { portal, t0, idle: new IdleDialog(page) };
}

/** Records the texts the live region takes, in order, without repeats. */
async function recordAnnouncements(page) {
  await page.evaluate(() => {
    window.__spoken = [];
    const live = document.querySelector('dialog [aria-live]');
    const note = () => {
      const text = live.textContent.trim();
      if (text && window.__spoken[window.__spoken.length - 1] !== text) window.__spoken.push(text);
    };
    note();
    new MutationObserver(note).observe(live, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => window.__spoken);
}

async function expectSignedOutIdle(page) {
  await expect(page).toHaveURL(/\/uitgelogd\?reden=idle$/);
  await expect(page.getByRole('heading', { level: 1, name: 'U bent uitgelogd' })).toBeVisible();
  await expect(page.getByText('U bent automatisch uitgelogd omdat u 15 minuten niets hebt gedaan')).toBeVisible();
  await expect(page.getByText('Tekst die u nog niet had verzonden of opgeslagen, is niet bewaard.')).toBeVisible();
  await expect(page.getByTestId('patient-card')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Uitloggen', exact: true })).toHaveCount(0);
}

test.describe('idle sign-out', () => {
  test('the warning opens at 13:00, not at 12:59, with a countdown and a spoken time', async ({ page }) => {
    const { t0, idle } = await signInWithClock(page);

    await jump(page, at(t0, 12, 59));
    await expect(idle.dialog).toBeHidden();

    await jump(page, at(t0, 13));
    await expect(idle.dialog).toBeVisible();
    await expect(idle.dialog).toContainText('U wordt uitgelogd over');
    await expect(idle.countdown).toHaveText('2:00');
    await expect(idle.live).toHaveText('U wordt over 2 minuten automatisch uitgelogd.');
    await expect(idle.live).toHaveClass(/visually-hidden/);
    await expect(idle.stay).toBeVisible();
    await expect(idle.signOutNow).toBeVisible();
    // A modal: focus is inside the dialog.
    await expect(idle.stay).toBeFocused();
    // Readable: an opaque white box with its text stacked above the buttons
    // (a layout regression once left it see-through, in one row over the page).
    const look = await idle.dialog.evaluate((d) => {
      const box = d.getBoundingClientRect();
      const text = d.querySelector('#idle-text').getBoundingClientRect();
      const button = d.querySelector('button').getBoundingClientRect();
      return { bg: getComputedStyle(d).backgroundColor, textAbove: text.bottom <= button.top, width: box.width };
    });
    expect(look.bg).toBe('rgb(255, 255, 255)');
    expect(look.textAbove).toBe(true);
    expect(look.width).toBeGreaterThan(250);
  });

  test('the countdown runs every second; the time is spoken only at 2 min, 1 min, 40 s and 20 s; at 15:00 signed out', async ({ page }) => {
    const { t0, idle } = await signInWithClock(page);
    await jump(page, at(t0, 13));
    await expect(idle.countdown).toHaveText('2:00');
    const spoken = await recordAnnouncements(page);

    const expectations = {
      [at(t0, 13, 1)]: ['1:59', '2 minuten'],
      [at(t0, 13, 30)]: ['1:30', '2 minuten'],
      [at(t0, 14)]: ['1:00', '1 minuut'],
      [at(t0, 14, 10)]: ['0:50', '1 minuut'],
      [at(t0, 14, 20)]: ['0:40', '40 seconden'],
      [at(t0, 14, 30)]: ['0:30', '40 seconden'],
      [at(t0, 14, 40)]: ['0:20', '20 seconden'],
      [at(t0, 14, 59)]: ['0:01', '20 seconden'],
    };
    // Second by second, as the portal's one-second check runs.
    for (let s = 1; s < 120; s += 1) {
      await page.clock.runFor(1000);
      const now = at(t0, 13, s);
      if (expectations[now]) {
        await settle(page);
        const [clock, time] = expectations[now];
        await expect(idle.countdown, `countdown at 13:00 + ${s}s`).toHaveText(clock);
        await expect(idle.live, `spoken text at 13:00 + ${s}s`).toHaveText(idle.announcement(time));
      }
    }
    // Activity during the warning does not keep the session: only the button does.
    await page.mouse.move(10, 10);
    await page.mouse.move(200, 300);
    await page.keyboard.press('Shift');
    await settle(page);
    await expect(idle.dialog).toBeVisible();

    expect(await spoken()).toEqual([
      'U wordt over 2 minuten automatisch uitgelogd.',
      'U wordt over 1 minuut automatisch uitgelogd.',
      'U wordt over 40 seconden automatisch uitgelogd.',
      'U wordt over 20 seconden automatisch uitgelogd.',
    ]);

    await page.clock.runFor(1000);
    await expectSignedOutIdle(page);
  });

  test('"Ingelogd blijven" closes the warning; the next warning comes 13 minutes later, not earlier', async ({ page }) => {
    const { t0, idle } = await signInWithClock(page);
    await jump(page, at(t0, 13, 30));
    await expect(idle.dialog).toBeVisible();

    await idle.stay.click();
    await expect(idle.dialog).toBeHidden();
    const t1 = await lastActivity(page);
    expect(t1, 'the click restarts the idle time').toBe(at(t0, 13, 30));

    // Past the first deadline: still signed in, no warning.
    await jump(page, at(t0, 15, 1));
    await expect(idle.dialog).toBeHidden();
    await expect(page).toHaveURL(/\/p\/sanne$/);
    await jump(page, at(t1, 12, 59));
    await expect(idle.dialog).toBeHidden();

    await jump(page, at(t1, 13));
    await expect(idle.dialog).toBeVisible();
    await expect(idle.countdown).toHaveText('2:00');
    await expect(idle.live).toHaveText('U wordt over 2 minuten automatisch uitgelogd.');
  });

  test('Escape in the warning keeps the session', async ({ page }) => {
    const { t0, idle } = await signInWithClock(page);
    await jump(page, at(t0, 13));
    await expect(idle.dialog).toBeVisible();

    await page.keyboard.press('Escape');
    await expect(idle.dialog).toBeHidden();

    await jump(page, at(t0, 15, 5));
    await expect(idle.dialog).toBeHidden();
    await expect(page).toHaveURL(/\/p\/sanne$/);
    await new Portal(page).expectHomeOf(people.sanne);
    // The warning comes back 13 minutes after the Escape.
    await jump(page, at(t0, 26, 0));
    await expect(idle.dialog).toBeVisible();
  });

  test('at 15:00 the portal signs out with the idle explanation', async ({ page }) => {
    const { t0, idle } = await signInWithClock(page);
    await jump(page, at(t0, 13));
    await expect(idle.dialog).toBeVisible();
    await jump(page, at(t0, 14, 59));
    await expect(idle.countdown).toHaveText('0:01');
    await expect(page).toHaveURL(/\/p\/sanne$/);

    await jump(page, at(t0, 15));
    await expectSignedOutIdle(page);
    // The session is gone: the record's address leads to sign-in.
    await page.clock.resume();
    await page.goto('/p/sanne');
    await expect(page).toHaveURL(/\/inloggen\?terug=/);
  });

  test('a key press at minute 10 moves the warning to minute 23', async ({ page }) => {
    const { t0, idle } = await signInWithClock(page);
    await jump(page, at(t0, 10));
    await page.keyboard.press('Shift');
    await settle(page);

    for (const [m, s] of [[13, 0], [15, 0], [15, 1], [20, 0], [22, 59]]) {
      await jump(page, at(t0, m, s));
      await expect(idle.dialog, `no warning at ${m}:${String(s).padStart(2, '0')}`).toBeHidden();
      await expect(page).toHaveURL(/\/p\/sanne$/);
    }
    await jump(page, at(t0, 23));
    await expect(idle.dialog).toBeVisible();
    await expect(idle.countdown).toHaveText('2:00');
    await jump(page, at(t0, 25));
    await expectSignedOutIdle(page);
  });

  test('a laptop that slept past the deadline is signed out at the first check after waking', async ({ page }) => {
    const { t0, idle } = await signInWithClock(page);
    await jump(page, at(t0, 1));
    // Noted outside the page, which may go through the provider on sign-out.
    let warned = false;
    await page.exposeFunction('noteWarning', () => { warned = true; });
    await page.evaluate(() => {
      const dialog = document.querySelector('dialog');
      new MutationObserver(() => { if (dialog.open) window.noteWarning(); })
        .observe(dialog, { attributes: true, attributeFilter: ['open'] });
    });
    // Asleep: the wall clock moves 20 minutes, no timer runs.
    await page.clock.setSystemTime(at(t0, 21));
    await settle(page);
    await expect(page).toHaveURL(/\/p\/sanne$/);
    // Awake: the next one-second check sees the deadline has passed.
    await page.clock.runFor(1000);
    await expectSignedOutIdle(page);
    expect(warned, 'no warning flashes before the sign-out').toBe(false);
    await expect(idle.dialog).toHaveCount(0);
  });

  test('a laptop that slept is signed out when the page becomes visible again', async ({ page }) => {
    const { t0 } = await signInWithClock(page);
    await jump(page, at(t0, 1));
    await page.clock.setSystemTime(at(t0, 21));
    // No timer runs; the page only hears that it is visible again.
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
    await expectSignedOutIdle(page);
  });

  test('"Nu uitloggen" in the warning signs out at once', async ({ page }) => {
    const { t0, idle } = await signInWithClock(page);
    await jump(page, at(t0, 13));
    await idle.signOutNow.click();
    await expect(page).toHaveURL(/\/uitgelogd\?reden=user$/);
    await expect(page.getByRole('heading', { level: 1, name: 'U bent uitgelogd' })).toBeVisible();
    await expect(page.getByTestId('signed-out-reason')).toHaveText('U bent uitgelogd.');
  });

  test('the "Uitloggen" button signs out at once', async ({ page }) => {
    const { portal } = await signInWithClock(page);
    await portal.signOut.click();
    await expect(page).toHaveURL(/\/uitgelogd\?reden=user$/);
    await expect(page.getByRole('heading', { level: 1, name: 'U bent uitgelogd' })).toBeVisible();
    await expect(page.getByTestId('signed-out-reason')).toHaveText('U bent uitgelogd.');
    await expect(page.getByText('Tekst die u nog niet had verzonden of opgeslagen, is niet bewaard.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Opnieuw inloggen' })).toBeVisible();
    await expect(page.getByText(people.sanne)).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem('portal.session'))).toBeNull();
  });

  test('after signing out, Back does not bring the record back', async ({ page }) => {
    const portal = await signIn(page, 'sanne');
    await portal.expectHomeOf(people.sanne);
    await portal.signOut.click();
    await expect(page).toHaveURL(/\/uitgelogd\?reden=user$/);

    await page.goBack();
    // A person should see where they are: the signed-out or the sign-in page
    // (whose demo table lists persona names, so names alone prove nothing)...
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/U bent uitgelogd|Inloggen/);
    // ...and nothing of the record or the session once that page stands.
    await expect(page.getByTestId('patient-card')).toHaveCount(0);
    await expect(page.getByTestId('own-name')).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: portal.t['bar.label'] })).toHaveCount(0);
    await expect(page.getByRole('button', { name: portal.t.sign_out, exact: true })).toHaveCount(0);
  });
});

test.describe('idle sign-out with two tabs', () => {
  test('activity in tab A keeps tab B signed in past B\'s own 15 minutes', async ({ page, context }) => {
    await context.clock.install(); // one clock for both tabs of this context
    const a = page;
    const portalA = await signIn(a, 'sanne');
    await portalA.expectHomeOf(people.sanne);
    const b = await context.newPage();
    await b.goto('/p/sanne');
    const portalB = new Portal(b);
    await portalB.expectHomeOf(people.sanne);
    const idleA = new IdleDialog(a);
    const idleB = new IdleDialog(b);
    const t0 = await lastActivity(a);

    await context.clock.pauseAt(at(t0, 10));
    // The jump reaches each tab on its own; press only once A's clock shows it
    // (a key pressed at A's old time would rightly not move the deadline).
    await expect.poll(() => a.evaluate(() => Date.now())).toBe(at(t0, 10));
    await a.keyboard.press('Shift');
    await settle(a);
    await settle(b);
    await expect.poll(() => idleDeadline(b)).toBe(at(t0, 10) + IDLE_TIMEOUT);

    for (const [m, s] of [[13, 0], [15, 0], [16, 0], [22, 59]]) {
      await context.clock.pauseAt(at(t0, m, s));
      await settle(b);
      await expect(idleB.dialog, `tab B, no warning at ${m}:${String(s).padStart(2, '0')}`).toBeHidden();
      await expect(b).toHaveURL(/\/p\/sanne$/);
    }
    await expect(portalB.card).toContainText(people.sanne);
    // Both tabs warn at the shared moment.
    await context.clock.pauseAt(at(t0, 23));
    await expect(idleB.dialog).toBeVisible();
    await expect(idleA.dialog).toBeVisible();
    // "Ingelogd blijven" in A closes the warning in B as well.
    await idleA.stay.click();
    await expect(idleA.dialog).toBeHidden();
    await context.clock.runFor(1000);
    await expect(idleB.dialog).toBeHidden();
  });

  test('"Uitloggen" in tab A signs out tab B', async ({ page, context }) => {
    await context.clock.install();
    const a = page;
    const portalA = await signIn(a, 'sanne');
    const b = await context.newPage();
    await b.goto('/p/emma');
    const portalB = new Portal(b);
    await portalB.expectHomeOf(people.emma);

    await portalA.signOut.click();
    await expect(a).toHaveURL(/\/uitgelogd\?reden=user$/);

    await expect(b).toHaveURL(/\/uitgelogd\?reden=user$/);
    await expect(b.getByRole('heading', { level: 1, name: 'U bent uitgelogd' })).toBeVisible();
    await expect(b.getByTestId('patient-card')).toHaveCount(0);
    await expect(b.getByText(people.emma)).toHaveCount(0);
    await expect(portalB.signOut).toHaveCount(0);
    // And B stays signed out: the record's address leads to sign-in.
    await b.goto('/p/emma');
    await expect(b).toHaveURL(/\/inloggen\?terug=/);
    await new SignInPage(b).ready();
  });
});

test.describe('idle sign-out under stress', () => {
  /** The tab goes to the background, as the browser tells a page. */
  async function hide(page) {
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
  }

  test('a throttled background tab, its check run once a minute, warns with the true time left and signs out on time', async ({ page }) => {
    const { t0, idle } = await signInWithClock(page);
    // The clock stands still between the steps, so the countdown read below
    // is the one the check wrote, however slowly this machine runs.
    await jump(page, at(t0, 0, 30));
    await hide(page);
    // Chromium runs a hidden tab's timers at most once a minute: the wall
    // clock moves 59 s with no timer, then the one-second check runs once.
    let minute = 0;
    const throttledMinute = async () => {
      minute += 1;
      await page.clock.setSystemTime(at(t0, minute, 29));
      await page.clock.runFor(1000);
      await settle(page);
    };
    while (minute < 12) await throttledMinute();
    await expect(idle.dialog, 'no warning at 12:30').toBeHidden();
    await throttledMinute();
    // 13:30: the warning counts from the deadline, not from when it opened.
    await expect(idle.dialog).toBeVisible();
    await expect(idle.countdown).toHaveText('1:30');
    await throttledMinute();
    await expect(idle.countdown).toHaveText('0:30');
    await expect(page).toHaveURL(/\/p\/sanne$/);
    // The next check is at 15:30, past the deadline: signed out then, once.
    await throttledMinute();
    await expectSignedOutIdle(page);
  });

  test('activity in one of three tabs keeps all three signed in; then all three warn and sign out together', async ({ page, context }) => {
    await context.clock.install();
    const tabs = [page];
    const portalA = await signIn(page, 'sanne');
    await portalA.expectHomeOf(people.sanne);
    for (const path of ['/p/emma', '/p/sanne/verslagen']) {
      const tab = await context.newPage();
      await tab.goto(path);
      // Signed in there too (connected mode: silently, through the provider).
      await expect(tab).toHaveURL(new RegExp(`${path}$`));
      await expect(new Portal(tab).signOut).toBeVisible();
      await expect(tab.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
      tabs.push(tab);
    }
    const dialogs = tabs.map((tab) => new IdleDialog(tab).dialog);
    const t0 = await lastActivity(page);

    // Activity in the middle tab at minute 11.
    await context.clock.pauseAt(at(t0, 11));
    await expect.poll(() => tabs[1].evaluate(() => Date.now())).toBe(at(t0, 11));
    await tabs[1].mouse.move(40, 40);
    await tabs[1].mouse.move(80, 90);
    for (const tab of tabs) await settle(tab);
    for (const tab of tabs) await expect.poll(() => idleDeadline(tab)).toBe(at(t0, 11) + IDLE_TIMEOUT);

    // Past each tab's own 15 minutes, no warning anywhere.
    await context.clock.pauseAt(at(t0, 16));
    for (const tab of tabs) await settle(tab);
    for (const dialog of dialogs) await expect(dialog).toBeHidden();
    for (const tab of tabs) await expect(tab).toHaveURL(/\/p\//);

    // 11 + 13: all three warn.
    await context.clock.pauseAt(at(t0, 24));
    for (const dialog of dialogs) await expect(dialog).toBeVisible();
    // 11 + 15: all three signed out, none keeps the record on screen.
    await context.clock.pauseAt(at(t0, 26));
    for (const tab of tabs) await settle(tab);
    for (const tab of tabs) {
      await expect(tab).toHaveURL(/\/uitgelogd\?reden=idle$/);
      await expect(tab.getByTestId('patient-card')).toHaveCount(0);
      await expect(tab.getByRole('table')).toHaveCount(0);
    }
    if (CONNECTED) {
      // One tab ended the provider's session for all: signing in again asks
      // for the password.
      const again = new SignInPage(tabs[2]);
      await again.goto();
      await again.digid.click();
      await expect(again.username).toBeVisible();
    }
  });

  test('a sign-out while a page loads: the answer is dropped and nothing of the record shows', async ({ page, context }) => {
    const portal = await signIn(page, 'sanne');
    await portal.expectHomeOf(people.sanne);
    // Every answer takes two seconds from now.
    await setSwitch(page, 'delay', 2000);
    const asked = [];
    const dropped = [];
    context.on('request', (r) => { if (/\/Observation\b/.test(r.url())) asked.push(r.url()); });
    context.on('requestfailed', (r) => { if (/\/Observation\b/.test(r.url())) dropped.push(r.failure()?.errorText); });
    await page.getByRole('navigation', { name: portal.t['menu.label'] }).getByRole('link', { name: portal.t['nav.results'] }).click();
    await expect(page.getByText(portal.t.loading).first()).toBeVisible();
    await portal.signOut.click();
    await expect(page).toHaveURL(/\/uitgelogd\?reden=user$/);
    // Well after the answer was due: still the signed-out page, nothing of Sanne.
    await page.waitForTimeout(3000);
    await expect(page).toHaveURL(/\/uitgelogd\?reden=user$/);
    await expect(page.getByRole('heading', { level: 1, name: 'U bent uitgelogd' })).toBeVisible();
    await expect(page.getByText(people.sanne)).toHaveCount(0);
    await expect(page.getByRole('table')).toHaveCount(0);
    await expect(page.getByTestId('live-alert')).toHaveText('');
    if (asked.length > 0) {
      // Connected: the request under way was abandoned, not read.
      expect(dropped.length, 'requests for results abandoned at sign-out').toBe(asked.length);
    }
    // Signed in as someone else in the same tab: nothing of Sanne's results.
    await setSwitch(page, 'delay', null);
    const peter = await signIn(page, 'peter');
    await expect(peter.ownName).toHaveText(people.peter);
    await expect(page.getByText(people.sanne)).toHaveCount(0);
  });
});
