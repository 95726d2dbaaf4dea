// Signing out in connected mode is finished before the portal says so
// (issue 15): the identity provider's session ends first, and until it has,
// the portal shows "Bezig met uitloggen" and nothing of the record. Should
// the provider never confirm, the portal says plainly that its session may
// still be open. Whatever the provider does, signing in again by hand asks
// for the password: every interactive sign-in asks the provider for a fresh
// login (`prompt=login`).
//
// The provider's end-session page is held on the way (a Playwright route),
// as a slow or paused provider would hold it, with the page's own timers
// paused as a busy machine or a sleeping laptop would pause them.
import { test, expect, texts, signIn, SignInPage, Portal, idleDeadline, people } from '../e2e/pages.mjs';

const t = texts.nl;

/**
 * Delays every request to the provider's end-session endpoint by `ms`, as a
 * slow provider would, or with `ms` = Infinity makes it unreachable (the
 * browser then shows its own error page in the tab that went there).
 * (A page whose navigation is held indefinitely cannot be asked anything
 * by the test meanwhile: the browser waits for that navigation first.)
 */
async function slowEndSession(context, backend, ms) {
  const asked = [];
  await context.route((url) => url.href.startsWith(`${backend.issuer}/session/end?`), async (route) => {
    asked.push(route.request().url());
    if (ms === Infinity) {
      await route.abort('connectionrefused');
      return;
    }
    await new Promise((resolve) => { setTimeout(resolve, ms); });
    await route.continue();
  });
  return asked;
}

const transit = (page) => page.getByRole('heading', { level: 1, name: t['transit.signing_out_title'] });
const signedOutHeading = (page) => page.getByRole('heading', { level: 1, name: t['signed_out.title'] });

/**
 * Records every page heading the person sees, in order, with the document
 * it was in. A page whose own trip to the provider is held cannot be asked
 * while the browser waits (Playwright and the DevTools protocol both wait
 * for that navigation), so the page tells: an init script notes each new
 * `<h1>` on the console.
 */
async function watchHeadings(page) {
  const seen = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) seen.push({ nav: frame.url() });
  });
  page.on('console', (message) => {
    const m = /^h1\|(\d+(?:\.\d+)?)\|([^|]*)\|(.*)$/s.exec(message.text());
    if (m) seen.push({ doc: m[1], busy: m[2] === 'true', h1: m[3], url: message.location().url });
  });
  await page.addInitScript(() => {
    let last = null;
    const note = () => {
      const h1 = document.querySelector('main h1')?.textContent.trim();
      const busy = document.querySelector('main')?.getAttribute('aria-busy') ?? '';
      if (!h1 || `${h1}|${busy}` === last) return;
      last = `${h1}|${busy}`;
      console.log(`h1|${performance.timeOrigin}|${busy}|${h1}`);
    };
    new MutationObserver(note).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  return seen;
}

/** The signed-out page came only in a document the provider sent back,
 * after its end-session page; the document that signed out showed "Bezig
 * met uitloggen", busy, as its last heading. */
function expectSignedOutAfterProvider(seen, issuer) {
  const shown = JSON.stringify(seen, null, 1);
  const out = seen.findIndex((s) => s.h1 === t['signed_out.title']);
  expect(out, `headings and navigations: ${shown}`).toBeGreaterThan(0);
  const provider = seen.findIndex((s) => s.nav?.startsWith(`${issuer}/session/end`));
  expect(provider, `the provider's end-session page came first: ${shown}`).toBeGreaterThan(0);
  expect(provider).toBeLessThan(out);
  const leaving = seen.slice(0, provider).filter((s) => s.h1).at(-1);
  expect(leaving, shown).toMatchObject({ h1: t['transit.signing_out_title'], busy: true });
}

/** A tab that waits for another tab's trip: nothing says "signed out" yet,
 * and nothing of the record is on the page, only "Bezig met uitloggen",
 * the language switch and the way to the accessibility statement. */
async function expectSigningOut(page) {
  await expect(transit(page)).toBeVisible();
  await expect(page.getByTestId('transit')).toHaveText(t['transit.signing_out']);
  await expect(page.getByRole('main')).toHaveAttribute('aria-busy', 'true');
  await expect(signedOutHeading(page)).toHaveCount(0);
  await expect(page.getByText(people.sanne)).toHaveCount(0);
  await expect(page.getByText(people.emma)).toHaveCount(0);
  await expect(page.getByRole('button', { name: t.sign_out, exact: true })).toHaveCount(0);
  const links = await page.getByRole('link').evaluateAll((all) => all.map((a) => a.getAttribute('href')));
  expect(links).toEqual(['#main', '/toegankelijkheid']);
}

test('idle sign-out with a slow provider and paused timers: "Bezig met uitloggen" until the provider ended its session, then the signed-out page; signing in asks for the password', async ({ page, context, backend }) => {
  const seen = await watchHeadings(page);
  await page.clock.install();
  await signIn(page, 'sanne');
  const asked = await slowEndSession(context, backend, 2000);
  await page.clock.pauseAt((await idleDeadline(page)) + 1000);
  await expect(page).toHaveURL(/\/uitgelogd\?reden=idle$/);
  expect(asked).toHaveLength(1);
  await expect(signedOutHeading(page)).toBeVisible();
  await expect(page.getByTestId('signed-out-reason')).toContainText('niets hebt gedaan');
  await expect(page.getByTestId('provider-open')).toHaveCount(0);
  expectSignedOutAfterProvider(seen, backend.issuer);
  await page.clock.resume();
  const again = new SignInPage(page);
  await again.goto();
  await again.digid.click();
  await expect(again.username).toBeVisible();
});

test('"Uitloggen" with a slow provider: the signed-out page comes only after the provider answered', async ({ page, context, backend }) => {
  const seen = await watchHeadings(page);
  const portal = await signIn(page, 'sanne');
  await slowEndSession(context, backend, 2000);
  await portal.signOut.click();
  await expect(page).toHaveURL(/\/uitgelogd\?reden=user$/);
  await expect(page.getByTestId('signed-out-reason')).toHaveText(t['signed_out.user']);
  expectSignedOutAfterProvider(seen, backend.issuer);
});

test('when the provider cannot be reached at sign-out, whoever signs in next is asked for the password', async ({ page, context, backend }) => {
  await page.clock.install();
  await signIn(page, 'sanne');
  const asked = await slowEndSession(context, backend, Infinity);
  await page.clock.pauseAt((await idleDeadline(page)) + 1000);
  await expect.poll(() => asked.length).toBe(1);
  // The provider's session is still open; the next person signs in.
  await page.clock.resume();
  const next = new SignInPage(page);
  await next.goto();
  await next.digid.click();
  await expect(next.username).toBeVisible();
  await expect(page.getByText(people.sanne)).toHaveCount(0);
});

test('a tab that waits for another tab\'s trip to the provider says plainly when it never comes back', async ({ page, context, backend }) => {
  await context.clock.install();
  const a = page;
  const portalA = await signIn(a, 'sanne');
  const b = await context.newPage();
  await b.goto('/p/emma');
  await new Portal(b).expectHomeOf(people.emma);
  const asked = await slowEndSession(context, backend, Infinity);

  await portalA.signOut.click();
  await expect.poll(() => asked.length).toBe(1);
  // B follows A's sign-out at once, and waits for A's trip to the provider.
  await expectSigningOut(b);
  // A never comes back: after 15 seconds B stops waiting and says so.
  await b.clock.fastForward(16_000);
  await expect(b).toHaveURL(/\/uitgelogd\?reden=user$/);
  await expect(signedOutHeading(b)).toBeVisible();
  await expect(b.getByTestId('provider-open')).toHaveText(t['signed_out.provider_open']);
  await expect(b.getByText(people.emma)).toHaveCount(0);
});
