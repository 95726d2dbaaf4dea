// The split build (issue 16): the portal starts from a small main module;
// each section's code is a chunk fetched when the section opens, or while
// the person reads Home; the demo's code only in demo mode. Runs in both
// modes (the connected run serves tests/connected/config.json).
import { test, expect, texts, signIn, menu, CONNECTED, SignInPage, expectNoViolations } from './pages.mjs';

const t = texts.nl;
const SECTIONS = ['agenda', 'allergieen', 'brieven', 'doelen', 'e_consult', 'gegevens', 'informatie', 'inzage', 'medicijnen', 'metingen', 'problemen', 'samenvatting', 'uitslagen', 'vaccinaties', 'verslagen', 'vragenlijsten'];
const chunkOf = (url) => /\/pkg\/[0-9a-f]+\/split_(\w+)\.wasm$/.exec(new URL(url).pathname)?.[1] ?? null;

/** Every wasm file the page asks for, in order. */
function wasmRequests(page) {
  const seen = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.endsWith('.wasm')) seen.push(r.url());
  });
  return seen;
}

test.describe('split build', () => {
  test('a cold /inloggen fetches the main module and no section; the demo chunk only in demo mode', async ({ page }) => {
    const wasm = wasmRequests(page);
    const all = [];
    page.on('request', (r) => all.push(new URL(r.url()).pathname));
    await new SignInPage(page).goto();
    await page.waitForLoadState('networkidle');
    expect(wasm.some((u) => u.endsWith('/patient_portal_bg.wasm'))).toBe(true);
    const chunks = wasm.map(chunkOf).filter(Boolean);
    expect(chunks.filter((c) => SECTIONS.includes(c))).toEqual([]);
    if (CONNECTED) {
      // Not a byte of the demo: no demo chunk, no demo data, no personas.
      expect(chunks).not.toContain('demo');
      expect(all.filter((p) => p.startsWith('/demo/'))).toEqual([]);
    } else {
      expect(chunks).toContain('demo');
    }
  });

  test('the sign-in form comes without the router; its links and Back stay in the portal, without a new page load', async ({ page }) => {
    const documents = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'document') documents.push(new URL(r.url()).pathname);
    });
    const signInPage = new SignInPage(page);
    await signInPage.goto();
    await page.getByTestId('signin-information').click();
    await expect(page.getByRole('heading', { level: 1, name: t['info.title'] })).toBeVisible();
    await expect(page).toHaveURL(/\/informatie$/);
    await page.goBack();
    await expect(signInPage.heading).toBeVisible();
    await expect(page).toHaveURL(/\/inloggen$/);
    // The footer's link, now through the router the portal's chunk brought.
    await page.getByRole('link', { name: t['a11y.footer_link'] }).click();
    await expect(page.getByRole('heading', { level: 1, name: t['a11y.title'] })).toBeVisible();
    expect(documents).toEqual(['/inloggen']);
  });

  test('a deep link asks for the section\'s chunks beside the main module, once', async ({ page }) => {
    await signIn(page, 'sanne');
    // Home's page fetches the sections' code while idle; leave it first, so
    // only what the deep link's own page asks for is counted.
    await page.goto('about:blank');
    const wasm = wasmRequests(page);
    await page.goto('/p/emma/uitslagen');
    await expect(page.getByRole('heading', { level: 1, name: t['results.title'] })).toBeVisible();
    if (CONNECTED) {
      // The reload went through the provider (a silent sign-in): the
      // document that shows the page is the callback's, which fetched the
      // chunk when the route opened.
      expect(wasm.filter((u) => chunkOf(u) === 'uitslagen').length).toBeGreaterThan(0);
      return;
    }
    // start.js put a preload of the section's own chunk into the head
    // before the main module started, so the two arrive in parallel.
    await expect(page.locator('link[rel=preload][href$="/split_uitslagen.wasm"]')).toHaveCount(1);
    expect(wasm.filter((u) => chunkOf(u) === 'uitslagen')).toHaveLength(1);
  });

  test('a section whose code cannot be fetched says so, the portal goes on, and a retry loads it', async ({ page }) => {
    await page.route('**/split_doelen.wasm', (route) => route.abort('connectionfailed'));
    await signIn(page, 'sanne');
    await menu(page).getByRole('link', { name: t['nav.goals'], exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: t['section.unavailable_title'] })).toBeVisible();
    await expect(page.getByTestId('section-unavailable').getByText(t['section.unavailable_text'])).toBeVisible();
    await expectNoViolations(page, 'a section that could not be loaded');
    // The menu and the header still work.
    await menu(page).getByRole('link', { name: t['nav.measurements'], exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: t['measurements.title'] })).toBeVisible();
    await expect(page.getByRole('button', { name: t.sign_out, exact: true })).toBeVisible();
    // Back to the goals: still unreachable; then the connection returns.
    await menu(page).getByRole('link', { name: t['nav.goals'], exact: true }).click();
    const retry = page.getByRole('button', { name: t.retry, exact: true });
    await expect(retry).toBeVisible();
    await page.unroute('**/split_doelen.wasm');
    await retry.click();
    await expect(page.getByRole('heading', { level: 1, name: t['goals.title'] })).toBeVisible();
    await expect(page.getByTestId('goals')).toBeVisible();
  });

  test('the sign-in form needs no language file; a page without its texts says so, and a retry shows it', async ({ page }) => {
    await page.route('**/locales/nl.json', (route) => route.abort('connectionfailed'));
    const form = new SignInPage(page);
    await form.goto();
    await form.expectWayIn();
    await form.credentials('sanne');
    await form.smsCode();
    // Demo mode: signed in, Home cannot be drawn. Connected mode: the
    // provider's callback page cannot be drawn (the session starts there).
    await expect(page.getByRole('heading', { level: 1, name: t['section.unavailable_title'] })).toBeVisible();
    await expectNoViolations(page, 'a page without its texts');
    await page.unroute('**/locales/nl.json');
    await page.getByRole('button', { name: t.retry, exact: true }).click();
    await expect(page).toHaveURL(/\/p\/sanne$/);
    await expect(page.getByRole('heading', { level: 2, name: t['home.about_heading'] })).toBeVisible();
    await expect(menu(page).getByRole('link', { name: t['nav.results'], exact: true })).toBeVisible();
    await expect(page.getByTestId('section-unavailable')).toHaveCount(0);
  });

  test('signed in without the texts, "Uitloggen" still ends the session', async ({ page }) => {
    test.skip(CONNECTED, 'a connected session starts on the callback page, which needs the texts itself: there is no session without them');
    await page.route('**/locales/nl.json', (route) => route.abort('connectionfailed'));
    const form = new SignInPage(page);
    await form.goto();
    await form.signIn('sanne');
    await expect(page.getByRole('heading', { level: 1, name: t['section.unavailable_title'] })).toBeVisible();
    await page.getByRole('button', { name: t.sign_out, exact: true }).click();
    await expect(page).toHaveURL(/\/uitgelogd\?reden=user$/);
    await expect(page.getByRole('button', { name: t.sign_out, exact: true })).toHaveCount(0);
  });

  test('after Home the sections\' code is fetched while idle: opening one then fetches no code', async ({ page }) => {
    const wasm = wasmRequests(page);
    await signIn(page, 'sanne');
    await expect.poll(() => SECTIONS.filter((s) => wasm.some((u) => chunkOf(u) === s)), { timeout: 30_000 })
      .toEqual(SECTIONS);
    await page.waitForLoadState('networkidle');
    const before = wasm.length;
    await menu(page).getByRole('link', { name: t['nav.results'], exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: t['results.title'] })).toBeVisible();
    expect(wasm.slice(before)).toEqual([]);
  });

  test('the configuration is asked for once, beside the main module; in demo mode the demo chunk comes before the form is drawn', async ({ page }) => {
    const configs = [];
    const demoChunks = [];
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path === '/config.json') configs.push(path);
      if (chunkOf(r.url()) === 'demo') demoChunks.push(r);
    });
    await new SignInPage(page).goto();
    await page.waitForLoadState('networkidle');
    expect(configs).toHaveLength(1);
    if (!CONNECTED) {
      // Asked for by the start file (a preload), not after the main module ran.
      const link = page.locator('head link[rel=preload][href*="/split_demo.wasm"]');
      await expect(link).toHaveCount(1);
      expect(demoChunks).toHaveLength(1);
    }
  });

  test('a configuration the server cannot give: the portal says it cannot start, in Dutch', async ({ page }) => {
    await page.route('**/config.json', (route) => route.fulfill({ status: 503, body: 'busy' }));
    await page.goto('/inloggen');
    await expect(page.getByRole('heading', { level: 1, name: t['config_error.title'] })).toBeVisible();
    await expect(page.getByText(t['config_error.text'])).toBeVisible();
    // What went wrong, for the helpdesk.
    await expect(page.locator('.notice__detail')).toHaveText('/config.json: 503');
    await expect(page.locator('#boot')).toHaveCount(0);
  });
});
