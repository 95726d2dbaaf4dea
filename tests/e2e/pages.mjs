// Page objects and helpers for the end-to-end tests of the patient portal.
//
// Elements are found the way a person finds them: by role and accessible
// name first, by label for form fields, and by data-testid only where the
// portal marks something that has no role of its own (patient card, banner).
//
// One suite, two modes. `playwright.config.mjs` runs it in demo mode (the
// portal's built-in demo server); `playwright.connected.config.mjs` sets
// PORTAL_E2E_MODE=connected and runs the same tests against the test
// backend (tests/backend): each Playwright worker starts its own backend in
// process, every test begins from the demo data alone, the portal's
// config.json points at that worker's backend, and the sign-in goes through
// the DigiD stand-in. The helpers below (sign-in, what the server received,
// the failure switches) do each mode's equivalent, so a test reads the same.
import { readFileSync } from 'node:fs';
import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export { expect };

/** Which mode this run tests: 'demo' or 'connected'. */
export const MODE = process.env.PORTAL_E2E_MODE === 'connected' ? 'connected' : 'demo';
export const CONNECTED = MODE === 'connected';

/** The text keys in the order of the portal's `Key` variants (build.rs). */
const KEY_NAMES = Object.keys(JSON.parse(readFileSync(new URL('../../locales/nl.json', import.meta.url), 'utf8'))).sort();

/** The origin the portal is served from in connected runs. */
export const CONNECTED_ORIGIN = `http://127.0.0.1:${process.env.E2E_CONNECTED_PORT ?? 8098}`;

// Per test in connected mode: this worker's backend, the failure switches,
// and the writes the portal sent.
let live = null;

export const test = base.extend({
  /** Options of this worker's backend (say, `accessTokenTtl` in seconds). */
  backendOptions: [{}, { scope: 'worker', option: true }],

  /** This worker's test backend (connected mode), or null (demo mode). */
  backend: [
    async ({ backendOptions }, use) => {
      if (!CONNECTED) {
        await use(null);
        return;
      }
      const { startBackend } = await import('../backend/server.mjs');
      const backend = await startBackend({ port: 0, origins: [CONNECTED_ORIGIN], ...backendOptions });
      await use(backend);
      await backend.close();
    },
    { scope: 'worker' },
  ],

  /** A test that provokes Content-Security-Policy reports on purpose sets
   * this and checks them itself. */
  cspReportsExpected: [false, { option: true }],

  /** Every test: the portal never breaks its Content-Security-Policy (the
   * browser logs each refusal on the console). */
  cspReports: [
    async ({ context, cspReportsExpected }, use) => {
      const reports = [];
      context.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) reports.push(message.text());
      });
      await use(reports);
      if (!cspReportsExpected) expect(reports, 'Content-Security-Policy refusals').toEqual([]);
    },
    { auto: true },
  ],

  /** Every test: no text is shown before its language's file has come
   * (the split build compiles in only the texts of its main module, see
   * build.rs; the portal logs any other it is asked for too early). */
  earlyTexts: [
    async ({ context }, use) => {
      const early = [];
      context.on('console', (message) => {
        const found = /portal: text (\d+) shown before its language file/.exec(message.text());
        if (found) early.push(KEY_NAMES[Number(found[1])] ?? found[1]);
      });
      await use(early);
      expect(early, 'texts shown before their language file (add the source to EARLY_SOURCES in build.rs?)').toEqual([]);
    },
    { auto: true },
  ],

  /** Connected mode: settings of `fhir` in config.json a test changes
   * (say, a short request timeout). */
  fhirSettings: [{}, { option: true }],

  /** Connected mode: fresh demo data, config.json pointing at this worker's
   * backend, and the switches and write counter on the FHIR requests. */
  connection: [
    async ({ context, backend, fhirSettings }, use) => {
      if (!CONNECTED) {
        await use(null);
        return;
      }
      await backend.engine.reset();
      live = { backend, switches: {}, writes: 0, requests: 0 };
      const state = live;
      const config = JSON.parse(readFileSync(new URL('../connected/config.json', import.meta.url), 'utf8'));
      config.fhir.base_url = backend.fhirBase;
      config.fhir.issuer = backend.issuer;
      Object.assign(config.fhir, fhirSettings);
      await context.route(`${CONNECTED_ORIGIN}/config.json`, (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(config) }));
      // Every write the browser sends, counted as it leaves (a test's own
      // route may answer it before it reaches the server).
      context.on('request', (request) => {
        const method = request.method();
        if (method === 'OPTIONS' || !request.url().startsWith(`${backend.fhirBase}/`)) return;
        state.requests += 1;
        if (method === 'POST' || method === 'PUT') state.writes += 1;
      });
      await context.route(`${backend.fhirBase}/**`, (route) => handle(route).catch((error) => {
        // The page abandoned the request meanwhile (signed out, went away).
        if (!/Route is already handled|Target page, context or browser has been closed|Request context disposed|Response has been disposed/i.test(String(error))) throw error;
      }));
      async function handle(route) {
        const method = route.request().method();
        const write = method === 'POST' || method === 'PUT';
        const delay = Number(state.switches.delay ?? 0);
        if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
        const fail = state.switches.fail;
        const searched = method === 'GET' && typeof fail === 'string' && fail.startsWith('search:')
          && new URL(route.request().url()).pathname.endsWith(`/${fail.slice('search:'.length)}`);
        if (method !== 'OPTIONS' && (fail === 'all' || (fail === 'writes' && write) || searched)) {
          // What the demo server answers to the same switch.
          await route.fulfill({
            status: 503,
            contentType: 'application/fhir+json',
            headers: { 'Access-Control-Allow-Origin': CONNECTED_ORIGIN },
            body: JSON.stringify({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'transient' }] }),
          });
          return;
        }
        if (state.tamper && method === 'GET') {
          const response = await route.fetch();
          let body = await response.text();
          try {
            body = JSON.stringify(tampered(JSON.parse(body), state.tamper));
          } catch {
            // Not JSON: passed on as it came.
          }
          await route.fulfill({ response, body });
          return;
        }
        await route.continue();
      }
      await use(state);
      live = null;
    },
    { auto: true },
  ],
});

/** A FHIR answer with `mutate` applied to each resource in it. */
function tampered(json, mutate) {
  if (json?.resourceType === 'Bundle') {
    return { ...json, entry: (json.entry ?? []).map((e) => (e?.resource ? { ...e, resource: mutate(e.resource) } : e)) };
  }
  return json?.resourceType ? mutate(json) : json;
}

/**
 * What the server holds, changed on the way to the browser: `mutate` gets
 * every resource the portal receives and returns what the portal sees
 * instead (hostile text, a malformed field). Demo mode: the demo bundles
 * as the app downloads them; connected mode: every FHIR answer. Call it
 * before the page loads.
 */
export async function tamper(context, mutate) {
  if (CONNECTED) {
    live.tamper = mutate;
    return;
  }
  await context.route(/\/demo\/[^/]+\.json$/, async (route) => {
    const response = await route.fetch();
    const json = await response.json();
    await route.fulfill({ response, body: JSON.stringify(tampered(json, mutate)) });
  });
}

/** Alerts on the page itself, not the persistent live region that says
 * them (components/live_region.rs). */
export const shownAlerts = (page) =>
  page.getByRole('alert').and(page.locator(':not([data-testid="live-alert"])'));

export const PASSWORD = 'demo1234';
export const SMS_CODE = '123456';

/** The portal's texts, straight from the locale files, per language. */
export const texts = {
  nl: JSON.parse(readFileSync(new URL('../../locales/nl.json', import.meta.url), 'utf8')),
  en: JSON.parse(readFileSync(new URL('../../locales/en.json', import.meta.url), 'utf8')),
};

/** Fills `{name}` placeholders of a locale text. */
export function fill(text, values) {
  return text.replace(/\{(\w+)\}/g, (_, k) => String(values[k] ?? `{${k}}`));
}


export const MINUTE = 60_000;
export const IDLE_TIMEOUT = 15 * MINUTE;
export const IDLE_WARNING = 2 * MINUTE;

export const people = {
  sanne: 'Sanne de Vries',
  noah: 'Noah de Vries',
  emma: 'Emma de Vries',
  lucas: 'Lucas de Vries',
  daan: 'Daan de Vries',
  willem: 'Willem Bakker',
  peter: 'Peter Jansen',
};

/**
 * Signing in, both steps, in either language. In demo mode that is the
 * portal's own form at `/inloggen`; in connected mode `/inloggen` has the
 * button "Inloggen met DigiD", and the two steps are the DigiD stand-in's
 * pages (tests/backend/oidc.mjs), after which the provider sends the browser
 * back to the portal.
 */
export class SignInPage {
  constructor(page, lang = 'nl') {
    this.page = page;
    this.t = texts[lang];
    this.heading = page.getByRole('heading', { level: 1, name: this.t['signin.title'] });
    this.digid = page.getByRole('button', { name: this.t['signin.connected_button'], exact: true });
    this.alert = shownAlerts(page);
    if (CONNECTED) {
      this.username = page.getByLabel('DigiD gebruikersnaam', { exact: true });
      this.password = page.getByLabel('Wachtwoord', { exact: true });
      this.next = page.getByRole('button', { name: 'Volgende', exact: true });
      this.code = page.getByLabel('Sms-code', { exact: true });
      this.submit = page.getByRole('button', { name: 'Inloggen', exact: true });
      this.back = page.getByRole('button', { name: 'Annuleren', exact: true });
      this.smsSent = page.getByText('we hebben u een sms gestuurd met een code van 6 cijfers');
      this.errors = {
        credentials: 'De gebruikersnaam of het wachtwoord is niet juist. Controleer ze en probeer het opnieuw.',
        code: 'De sms-code is niet juist. Controleer de code en probeer het opnieuw.',
      };
    } else {
      this.username = page.getByLabel(this.t['signin.username'], { exact: true });
      this.password = page.getByLabel(this.t['signin.password'], { exact: true });
      this.next = page.getByRole('button', { name: this.t['signin.next'], exact: true });
      this.code = page.getByLabel(this.t['signin.code'], { exact: true });
      this.submit = page.getByRole('button', { name: this.t['signin.submit'], exact: true });
      this.back = page.getByRole('button', { name: this.t['signin.back'], exact: true });
      this.smsSent = page.getByText(this.t['signin.code_sent'].split('.')[0]);
      this.errors = { credentials: this.t['signin.wrong_credentials'], code: this.t['signin.wrong_code'] };
    }
    this.personas = page.getByRole('table', { name: this.t['demo.caption'] });
  }

  async goto(path = '/inloggen') {
    await this.page.goto(path);
    await this.ready();
  }

  /** The portal's sign-in page is ready: the form with the demo personas
   * loaded, or the DigiD button. */
  async ready() {
    if (CONNECTED) {
      await expect(this.digid).toBeVisible();
      return;
    }
    await expect(this.username).toBeVisible();
    await expect(this.personas).toBeVisible();
  }

  /** The portal's way in is shown in this page's language: the form's
   * first step, or the DigiD button. */
  async expectWayIn() {
    if (CONNECTED) {
      await expect(this.digid).toBeVisible();
      return;
    }
    await expect(this.username).toBeVisible();
    await expect(this.password).toBeVisible();
    await expect(this.next).toBeVisible();
  }

  /** Step 1 (in connected mode from the portal's page: to DigiD first). */
  async credentials(user, password = PASSWORD) {
    if (CONNECTED && this.page.url().startsWith(CONNECTED_ORIGIN)) {
      await this.digid.click();
    }
    await this.username.fill(user);
    await this.password.fill(password);
    await this.next.click();
  }

  async smsCode(code = SMS_CODE) {
    await expect(this.code).toBeVisible();
    await this.code.fill(code);
    await this.submit.click();
  }

  /** Both steps; waits until the portal of a patient is open. */
  async signIn(user, { password = PASSWORD, code = SMS_CODE } = {}) {
    await this.credentials(user, password);
    await this.smsCode(code);
    await expect(this.page).toHaveURL(/\/p\/[^/]+$/);
  }

  /** Still signing in: on the portal's sign-in page, or at the provider. */
  async expectStillSigningIn() {
    await expect(this.page).toHaveURL(CONNECTED ? /\/oidc\/interaction\// : /\/inloggen/);
  }
}

/** Opens the sign-in page and signs `user` in; returns the portal frame. */
export async function signIn(page, user, { lang = 'nl', path = '/inloggen' } = {}) {
  const signInPage = new SignInPage(page, lang);
  await signInPage.goto(path);
  await signInPage.signIn(user);
  const portal = new Portal(page, lang);
  await expect(portal.signOut).toBeVisible();
  return portal;
}

/** The signed-in frame: header, grey bar, banner, and the Home page. */
export class Portal {
  constructor(page, lang = 'nl') {
    this.page = page;
    this.t = texts[lang];
    this.header = page.getByRole('banner');
    this.ownName = page.getByTestId('own-name');
    this.signOut = page.getByRole('button', { name: this.t.sign_out, exact: true });
    this.bar = page.getByRole('navigation', { name: this.t['bar.label'], exact: true });
    this.banner = page.getByTestId('acting-banner');
    this.main = page.getByRole('main');
    this.h1 = page.getByRole('heading', { level: 1 });
    this.card = page.getByTestId('patient-card');
    this.endingNotices = page.getByTestId('ending-notice');
    this.langSwitch = page.getByRole('button', { name: texts[lang === 'nl' ? 'en' : 'nl']['lang.switch_label'], exact: true });
  }

  /** The link of a person in the grey bar. */
  barLink(name) {
    return this.bar.getByRole('link', { name, exact: true });
  }

  /** The list item of a person in the grey bar (link or greyed name). */
  barItem(name) {
    return this.bar.getByRole('listitem').filter({ hasText: name });
  }

  /** The acting banner's sentence. */
  bannerText(patient, me) {
    return fill(this.t.acting_banner, { patient, me });
  }

  /** Waits for Home of `name`: heading, and the patient card with that name. */
  async expectHomeOf(name) {
    await expect(this.h1).toHaveText(this.t['home.title']);
    await expect(this.card).toContainText(name);
  }
}

/** The idle warning dialog. */
export class IdleDialog {
  constructor(page, lang = 'nl') {
    this.page = page;
    this.t = texts[lang];
    this.dialog = page.getByRole('alertdialog', { name: this.t['idle.title'] });
    this.countdown = this.dialog.getByTestId('idle-countdown');
    this.live = this.dialog.locator('[aria-live]');
    this.stay = this.dialog.getByRole('button', { name: this.t['idle.stay'], exact: true });
    this.signOutNow = this.dialog.getByRole('button', { name: this.t['idle.sign_out_now'], exact: true });
  }

  /** The spoken sentence for a remaining time such as "2 minuten". */
  announcement(time) {
    return fill(this.t['idle.announce'], { time });
  }
}

/** The shared idle deadline (ms since the epoch) as the portal stored it. */
export async function idleDeadline(page) {
  const value = await page.evaluate(() => localStorage.getItem('portal.idle-deadline'));
  expect(value, 'the portal stores a shared idle deadline while signed in').not.toBeNull();
  return Number(value);
}

/**
 * The moment of the last activity that counted: the deadline minus 15
 * minutes. Idle times in the tests are measured from here.
 */
export async function lastActivity(page) {
  return (await idleDeadline(page)) - IDLE_TIMEOUT;
}

/** Today's date in the browser, shifted by `days`, as the portal writes it. */
/** `t0` plus minutes and seconds. */
export const at = (t0, minutes, seconds = 0) => t0 + minutes * MINUTE + seconds * 1000;

/**
 * Lets the page finish what the last timer started: one macrotask through a
 * MessageChannel (not faked by the clock), after which the microtasks the
 * portal renders in have run.
 */
export async function settle(page) {
  try {
    await page.evaluate(() => new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    }));
  } catch (error) {
    // A sign-out that leaves the page (in connected mode through the
    // provider) has settled it for good; anything else is a failure.
    if (!/Execution context was destroyed|navigat/i.test(String(error))) throw error;
  }
}

/** Jumps to `time`, lets the portal react, and returns. */
export async function jump(page, time) {
  await page.clock.pauseAt(time);
  await settle(page);
}

export async function portalDate(page, days, lang = 'nl') {
  const months = {
    nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  }[lang];
  const [y, m, d] = await page.evaluate((shift) => {
    const now = new Date();
    const t = new Date(now.getFullYear(), now.getMonth(), now.getDate() + shift);
    return [t.getFullYear(), t.getMonth(), t.getDate()];
  }, days);
  return `${d} ${months[m]} ${y}`;
}

// Accessibility checks shared by the specs.

export const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Formats axe violations: rule, impact, help, and per element its target and what to fix. */
export function formatViolations(violations) {
  return violations
    .map((v) => [
      `- ${v.id} (${v.impact}): ${v.help} [${v.helpUrl}]`,
      ...v.nodes.map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary.replace(/\n/g, '\n      ')}`),
    ].join('\n'))
    .join('\n');
}

/**
 * Runs axe and fails with every violation's rule, impact, targets and
 * summary. The mouse is parked in an empty corner first, so that what is
 * checked does not depend on where the last click left the pointer (hover
 * states are checked separately). `exclude` leaves out parts that are not
 * the portal's own, such as a letter's sandboxed frame (its content is
 * shown as written, and axe cannot run where scripts are off).
 */
export async function expectNoViolations(page, what, { exclude = [] } = {}) {
  const viewport = page.viewportSize();
  await page.mouse.move(viewport.width - 1, viewport.height - 1);
  let builder = new AxeBuilder({ page }).withTags(TAGS);
  for (const selector of exclude) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  expect(violations, `axe violations on ${what} (${page.url()}):\n${formatViolations(violations)}`).toEqual([]);
}


/** What the server stored in this test: every create and update, in order
 * (the demo server's journal in this tab, or the backend's). */
export const received = async (page) =>
  (CONNECTED
    ? structuredClone(live.backend.engine.journal)
    : page.evaluate(() => JSON.parse(sessionStorage.getItem('portal.demo.journal') ?? '[]')));

/** Sets (or with `null` removes) a failure switch (`fail`: 'writes' | 'all' |
 * 'search:<Type>' (searches of that type),
 * `delay`: ms): the demo server's own, or in connected mode the same on the
 * way to the backend. */
export const setSwitch = async (page, name, value) => {
  if (CONNECTED) {
    if (value === null) delete live.switches[name];
    else live.switches[name] = value;
    return;
  }
  await page.evaluate(([n, v]) => (v === null ? sessionStorage.removeItem(n) : sessionStorage.setItem(n, v)),
    [`portal.demo.${name}`, value]);
};

/** How many requests the portal sent to the FHIR server (reads and writes). */
export const fhirRequests = async (page) =>
  (CONNECTED
    ? live.requests
    : page.evaluate(() => Number(sessionStorage.getItem('portal.demo.requests') ?? '0')));

/** How many creates and updates the portal sent to the server. */
export const writeRequests = async (page) =>
  (CONNECTED
    ? live.writes
    : page.evaluate(() => Number(sessionStorage.getItem('portal.demo.write-requests') ?? '0')));

/**
 * Waits until the portal has settled on `path` (with its query, if given):
 * the page is the portal's, at that address, not busy, with its heading,
 * and nothing is loading. In connected mode a navigation by address first
 * continues the session through the provider (the first page says "Bezig
 * met inloggen" and is busy, then the provider, then the callback page),
 * so the address alone, or any heading, does not say the final page is
 * there. Polls: a page that is being replaced cannot be asked meanwhile.
 */
export async function settled(page, path) {
  const target = new URL(path, 'http://portal');
  await expect.poll(async () => {
    try {
      return await page.evaluate(([pathname, search]) =>
        location.pathname === pathname
        && (search === '' || location.search === search)
        && document.querySelector('[aria-busy="true"]') === null
        && document.querySelector('main h1') !== null
        && document.querySelector('main .loading') === null, [target.pathname, target.search]);
    } catch {
      return false; // replaced while asked: not settled yet
    }
  }, { message: `the portal settles on ${path}`, timeout: 20_000 }).toBe(true);
}

/** Opens `path` by address and waits until the portal has settled there. */
export async function visit(page, path) {
  await page.goto(path);
  await settled(page, path);
}

/** Opens each `[path, heading]` in turn, waits for its data and checks it
 * with axe. */
export async function expectPagesHaveNoViolations(page, lang, pages) {
  for (const [path, heading] of pages) {
    await visit(page, path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.getByText(texts[lang].loading)).toHaveCount(0);
    await expectNoViolations(page, `${path} (${lang})`);
  }
}

/**
 * Switches the portal to English as a person does ("English" in the
 * header) and waits until the page is in English: the texts are fetched
 * first, and the choice is remembered only then, so a page opened by
 * address before that would still be Dutch.
 */
export async function switchToEnglish(page) {
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

/** The menu of the portal's sections (Dutch). */
export const menu = (page) => page.getByRole('navigation', { name: texts.nl['menu.label'] });
