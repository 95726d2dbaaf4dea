// Hostile content: what a server or a message may contain is shown as text.
// Emma's record is changed on its way to the browser (tamper): her name, a
// consult report, an HTML letter, an e-consult and a questionnaire carry
// HTML, script, `javascript:` links, a very long word, right-to-left text
// and emoji. The tests prove that nothing runs, no link leads to script, the
// text shows as written and the page does not grow sideways.
import { test, expect } from './pages.mjs';
import { signIn, tamper, people, texts } from './pages.mjs';

const t = texts.nl;

/** Each payload sets window.__pwned (in the portal or in a letter's frame) if it ever runs. */
const SCRIPT = '<script>window.__pwned = "script"</script>';
const IMG = '<img src=x onerror="window.__pwned = \'img\'; parent.__pwned = \'img\'">';
const LINK = '<a href="javascript:parent.__pwned=\'link\'">klik hier</a>';
const JS_URL = 'javascript:window.__pwned=1';
const LONG = `Langwoord${'abcdefghij'.repeat(30)}`;
const RTL = 'مرحبا بالعالم שלום';
const OVERRIDE = '\u202Eevil\u202C';
const EMOJI = '💊🩺👩🏽‍⚕️';

const NAME_TAIL = `${IMG} ${OVERRIDE}`;
const REPORT_TITLE = `Controle ${SCRIPT} ${EMOJI}`;
const REPORT_TEXT = [
  `Bevindingen: ${IMG}`,
  `Zie ${JS_URL} en ${LINK}.`,
  LONG,
  RTL,
  `Tot ziens ${EMOJI}`,
].join('\n');
const LETTER_HTML = [
  '<!DOCTYPE html><html><head><meta charset="utf-8">',
  '<meta http-equiv="refresh" content="0; url=javascript:parent.__pwned=\'refresh\'">',
  `</head><body><h1>Brief</h1>${SCRIPT}${IMG}<p>${LINK}</p>`,
  `<p style="color: red">${LONG}</p><p dir="rtl">${RTL}</p><p>${EMOJI}</p>`,
  '<form action="https://example.org/steal"><input name="q"><button>Verstuur</button></form>',
  '</body></html>',
].join('');
const MESSAGE_TOPIC = `Vraag ${IMG}`;
const MESSAGE_TEXT = `${SCRIPT} ${LINK} ${LONG} ${RTL} ${EMOJI}`;
const QUESTION = `Hoe gaat het? ${IMG} ${EMOJI}`;

const base64 = (text) => Buffer.from(text, 'utf8').toString('base64');

/** Emma's record with the payloads in it. */
function hostile(resource) {
  const r = structuredClone(resource);
  if (r.resourceType === 'Patient' && r.id === 'emma') {
    for (const name of r.name ?? []) {
      name.family = `${name.family ?? ''} ${NAME_TAIL}`;
      if (name.text) name.text = `${name.text} ${NAME_TAIL}`;
    }
  }
  if (r.resourceType === 'DocumentReference' && r.id === 'emma-report-13') {
    r.description = REPORT_TITLE;
    r.content[0].attachment.title = REPORT_TITLE;
    r.content[0].attachment.data = base64(REPORT_TEXT);
  }
  if (r.resourceType === 'DocumentReference' && r.id === 'emma-letter-1') {
    r.content[0].attachment.data = base64(LETTER_HTML);
  }
  if (r.resourceType === 'Communication' && r.id?.startsWith('emma-msg-1-')) {
    r.topic = { text: MESSAGE_TOPIC };
    r.payload = [{ contentString: MESSAGE_TEXT }];
  }
  if (r.resourceType === 'Questionnaire') {
    const first = r.item?.find((i) => i.type !== 'group' && i.type !== 'display') ?? r.item?.[0];
    if (first) first.text = QUESTION;
  }
  return r;
}

/** Nothing ran, no element came from the payloads, no link leads to script. */
async function expectInert(page) {
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  for (const frame of page.frames()) {
    expect(await frame.evaluate(() => window.__pwned).catch(() => undefined), `in frame ${frame.url()}`).toBeUndefined();
  }
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
  // The only scripts are the portal's own files.
  const inline = await page.evaluate(() => [...document.scripts].filter((s) => !s.src).length);
  expect(inline, 'inline <script> elements in the portal').toBe(0);
}

/** The page is no wider than the window: long words wrap, nothing sticks out. */
async function expectNoSidewaysScroll(page) {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: document.documentElement.clientWidth,
  }));
  expect(scroll, 'page width').toBeLessThanOrEqual(width);
}

for (const viewport of [{ width: 1280, height: 900 }, { width: 360, height: 740 }]) {
  test.describe(`hostile content, ${viewport.width} px wide`, () => {
    test.use({ viewport, cspReportsExpected: true });

    test.beforeEach(async ({ page, context }) => {
      const dialogs = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        d.dismiss().catch(() => {});
      });
      test.info().annotations.push({ type: 'dialogs', description: 'none expected' });
      page.dialogs = dialogs;
      await tamper(context, hostile);
      await signIn(page, 'sanne');
    });

    test.afterEach(async ({ page, cspReports }) => {
      expect(page.dialogs, 'dialogs opened by content').toEqual([]);
      // What the policy refused is the letter's own attempts (inline style,
      // script), never the portal's.
      for (const report of cspReports) expect(report).toMatch(/style-src|script-src|frame-src|form-action|img-src/);
    });

    test('a name with markup is text in the bar, the banner and the card', async ({ page }) => {
      const bar = page.getByRole('navigation', { name: t['bar.label'], exact: true });
      const link = bar.getByRole('link', { name: /Emma/ });
      await expect(link).toContainText('<img src=x onerror=');
      await link.click();
      await expect(page.getByTestId('patient-card')).toContainText(`${people.emma} <img src=x`);
      await expect(page.getByTestId('acting-banner')).toContainText('<img src=x');
      await expectInert(page);
      await expectNoSidewaysScroll(page);
    });

    test('a consult report with markup, a javascript: address, a long word, right-to-left text and emoji', async ({ page }) => {
      await page.goto('/p/emma/verslagen/emma-report-13');
      const text = page.getByTestId('report-text');
      await expect(text).toContainText('Bevindingen: <img src=x onerror=');
      await expect(text).toContainText(JS_URL);
      await expect(text).toContainText('<a href="javascript:');
      await expect(text).toContainText(RTL);
      await expect(text).toContainText(EMOJI);
      await expect(page.getByRole('heading', { level: 1 })).toContainText('<script>window.__pwned');
      await expectInert(page);
      await expectNoSidewaysScroll(page);
      // The list shows the same title as text.
      await page.goto('/p/emma/verslagen');
      await expect(page.getByRole('link', { name: /Controle <script>/ })).toBeVisible();
      await expectInert(page);
      await expectNoSidewaysScroll(page);
    });

    test('an HTML letter with script, a refresh to javascript:, a form and inline style runs nothing', async ({ page }) => {
      await page.goto('/p/emma/brieven/emma-letter-1');
      const frame = page.frameLocator('[data-testid=letter-frame]');
      await expect(frame.getByRole('heading', { name: 'Brief' })).toBeVisible();
      await expect(frame.getByText(RTL)).toBeVisible();
      await expect(frame.getByText(EMOJI)).toBeVisible();
      // A form in a letter cannot be sent (sandbox without allow-forms).
      await frame.getByRole('button', { name: 'Verstuur' }).click();
      await expect(frame.getByRole('heading', { name: 'Brief' })).toBeVisible();
      // Clicking the letter's javascript: link does nothing.
      await frame.getByRole('link', { name: 'klik hier' }).click();
      await expectInert(page);
      await expectNoSidewaysScroll(page);
      // The long word wraps inside the frame, too.
      const frameWidth = await page.getByTestId('letter-frame').evaluate((f) => ({
        scroll: f.contentDocument.documentElement.scrollWidth,
        width: f.contentDocument.documentElement.clientWidth,
      }));
      expect(frameWidth.scroll, 'letter width').toBeLessThanOrEqual(frameWidth.width);
    });

    test('an e-consult with markup shows as written in the list and the thread', async ({ page }) => {
      await page.goto('/p/emma/e-consult');
      const topic = page.getByRole('link', { name: /Vraag <img src=x/ });
      await expect(topic).toBeVisible();
      await expectNoSidewaysScroll(page);
      await topic.click();
      await expect(page.getByRole('main')).toContainText('<script>window.__pwned = "script"</script>');
      await expect(page.getByRole('main')).toContainText(RTL);
      await expect(page.getByRole('main')).toContainText(EMOJI);
      await expectInert(page);
      await expectNoSidewaysScroll(page);
    });

    test('questionnaire texts with markup show as written', async ({ page }) => {
      await page.goto('/p/emma/vragenlijsten');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t['questionnaires.title']);
      await page.getByTestId('questionnaires-open').getByRole('link').first().click();
      await expect(page.getByRole('main')).toContainText('Hoe gaat het? <img src=x');
      await expectInert(page);
      await expectNoSidewaysScroll(page);
    });
  });
}
