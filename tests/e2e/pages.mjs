// Page objects and helpers for the end-to-end tests of the patient portal.
//
// Elements are found the way a person finds them: by role and accessible
// name first, by label for form fields, and by data-testid only where the
// portal marks something that has no role of its own (patient card, banner).
import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

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

/** The sign-in page (`/inloggen`), both steps, in either language. */
export class SignInPage {
  constructor(page, lang = 'nl') {
    this.page = page;
    this.t = texts[lang];
    this.heading = page.getByRole('heading', { level: 1, name: this.t['signin.title'] });
    this.username = page.getByLabel(this.t['signin.username'], { exact: true });
    this.password = page.getByLabel(this.t['signin.password'], { exact: true });
    this.next = page.getByRole('button', { name: this.t['signin.next'], exact: true });
    this.code = page.getByLabel(this.t['signin.code'], { exact: true });
    this.submit = page.getByRole('button', { name: this.t['signin.submit'], exact: true });
    this.back = page.getByRole('button', { name: this.t['signin.back'], exact: true });
    this.alert = page.getByRole('alert');
    this.personas = page.getByRole('table', { name: this.t['demo.caption'] });
  }

  async goto(path = '/inloggen') {
    await this.page.goto(path);
    await this.ready();
  }

  /** The form is there and the demo personas have loaded (a person sees the table). */
  async ready() {
    await expect(this.username).toBeVisible();
    await expect(this.personas).toBeVisible();
  }

  async credentials(user, password = PASSWORD) {
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


/** What the demo server stored this session (the latest version of each
 * resource created or updated, in order). */
export const received = (page) =>
  page.evaluate(() => JSON.parse(sessionStorage.getItem('portal.demo.journal') ?? '[]'));

/** Sets (or with `null` removes) one of the demo server's switches
 * (`fail`: 'writes' | 'all', `delay`: ms). */
export const setSwitch = (page, name, value) =>
  page.evaluate(([n, v]) => (v === null ? sessionStorage.removeItem(n) : sessionStorage.setItem(n, v)),
    [`portal.demo.${name}`, value]);

/** How many creates and updates the portal sent to the demo server. */
export const writeRequests = (page) =>
  page.evaluate(() => Number(sessionStorage.getItem('portal.demo.write-requests') ?? '0'));

/** Opens each `[path, heading]` in turn, waits for its data and checks it
 * with axe. */
export async function expectPagesHaveNoViolations(page, lang, pages) {
  for (const [path, heading] of pages) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.getByText(texts[lang].loading)).toHaveCount(0);
    await expectNoViolations(page, `${path} (${lang})`);
  }
}

/** The menu of the portal's sections (Dutch). */
export const menu = (page) => page.getByRole('navigation', { name: texts.nl['menu.label'] });
