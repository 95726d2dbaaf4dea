// Connected mode: requests follow the page (issue 15). Leaving a page,
// switching patient or asking the page for something else (a search)
// aborts the reads still under way for what was left, and their answers,
// should they still come, are never drawn; a write under way is not
// aborted by leaving, it is stored. The requests are held on the way to
// the test backend (Playwright routes), as a slow server would hold them.
import { test, expect, texts, signIn, people, received, menu, CONNECTED_ORIGIN } from '../e2e/pages.mjs';

const t = texts.nl;
const CORS = { 'Access-Control-Allow-Origin': CONNECTED_ORIGIN };

/** Text that only the held answer holds: a late answer drawn would show it. */
const LATE = 'Laat antwoord van de vorige pagina';

/** A results page of Emma with one report, for an answer held too long. */
const lateResults = {
  resourceType: 'Bundle',
  type: 'searchset',
  total: 1,
  entry: [
    {
      search: { mode: 'match' },
      resource: {
        resourceType: 'DiagnosticReport', id: 'late-report', status: 'final',
        code: { text: LATE }, subject: { reference: 'Patient/emma' },
        effectiveDateTime: '2026-01-05', conclusion: LATE,
        result: [{ reference: 'Observation/late-result' }],
      },
    },
    {
      search: { mode: 'include' },
      resource: {
        resourceType: 'Observation', id: 'late-result', status: 'final',
        category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'laboratory' }] }],
        code: { text: LATE }, subject: { reference: 'Patient/emma' },
        effectiveDateTime: '2026-01-05', valueQuantity: { value: 1, unit: 'mmol/L' },
      },
    },
  ],
};

/**
 * Holds every `method` request `match` picks until the test releases it
 * (other requests, such as the CORS preflights, go on), and records the
 * requests that failed: the ones the page aborted.
 */
async function hold(page, match, method = 'GET') {
  const held = [];
  const failed = new Set();
  page.on('requestfailed', (request) => failed.add(request));
  await page.route(match, (route) => {
    if (route.request().method() !== method) return route.fallback();
    held.push(route);
    return undefined; // no answer until released
  });
  return {
    /** The first held request's route, once the page has sent it. */
    async first() {
      await expect.poll(() => held.length, { message: 'the held request is sent' }).toBeGreaterThan(0);
      return held[0];
    },
    /** Waits until the page has aborted `route`'s request. */
    async aborted(route) {
      await expect.poll(() => failed.has(route.request()), { message: 'the request is aborted' }).toBe(true);
      expect(route.request().failure()?.errorText).toMatch(/ABORTED/i);
    },
    /** Whether `route`'s request failed (was aborted). */
    failed: (route) => failed.has(route.request()),
  };
}

/** Waits for two frames: whatever the page does with an answer is drawn by then. */
const frames = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** Records every frame in which `text` is on the page (until the test ends). */
async function watchFor(page, text) {
  await page.evaluate((marker) => {
    window.__late = [];
    const check = () => {
      if (document.body.textContent.includes(marker)) window.__late.push(location.pathname);
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }, text);
}

/** Emma's results (the DiagnosticReport search for Emma). */
const emmasResults = (backend) => (url) =>
  url.href.startsWith(`${backend.fhirBase}/DiagnosticReport`) && url.searchParams.get('patient') === 'emma';

/** Opens Emma's results from her Home inside the running portal; their search is held. */
async function openEmmasResults(page, portal, results) {
  await portal.barLink(people.emma).click();
  await portal.expectHomeOf(people.emma);
  await menu(page).getByRole('link', { name: t['nav.results'], exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: t['results.title'] })).toBeVisible();
  const route = await results.first();
  await expect(page.getByRole('main').getByText(t.loading)).toBeVisible();
  await watchFor(page, LATE);
  return route;
}

const answer = { status: 200, headers: CORS, contentType: 'application/fhir+json', body: JSON.stringify(lateResults) };

test.describe('reads follow the page', () => {
  test('switching patient while results load: the request is aborted and its late answer never drawn', async ({ page, backend }) => {
    const portal = await signIn(page, 'sanne');
    const results = await hold(page, emmasResults(backend));
    const route = await openEmmasResults(page, portal, results);

    await portal.barLink(people.noah).click();
    await expect(page).toHaveURL(/\/p\/noah\/uitslagen$/);
    await results.aborted(route);
    await expect(page.getByRole('main')).toContainText('CRP'); // Noah's own results

    await route.fulfill(answer); // the server answers after all: no one is left to read it
    await frames(page);
    await expect(page.getByRole('main')).toContainText('CRP');
    expect(await page.evaluate(() => window.__late), 'frames with the late answer').toEqual([]);
  });

  test('another section while results load: the request is aborted and its late answer never drawn', async ({ page, backend }) => {
    const portal = await signIn(page, 'sanne');
    const results = await hold(page, emmasResults(backend));
    const route = await openEmmasResults(page, portal, results);

    await menu(page).getByRole('link', { name: t['nav.measurements'], exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: t['measurements.title'] })).toBeVisible();
    await results.aborted(route);
    await expect(page.getByTestId('measurement').first()).toBeVisible(); // Emma's measurements

    await route.fulfill(answer); // the server answers after all: no one is left to read it
    await frames(page);
    await expect(page.getByRole('heading', { level: 1, name: t['measurements.title'] })).toBeVisible();
    expect(await page.evaluate(() => window.__late), 'frames with the late answer').toEqual([]);
  });

  test('another search on the page while results load: the request under way is aborted, the search shows at once', async ({ page, backend }) => {
    const portal = await signIn(page, 'sanne');
    const results = await hold(page, emmasResults(backend));
    const route = await openEmmasResults(page, portal, results);

    await page.getByLabel(t['results.search_label'], { exact: true }).fill('Ferritine');
    await page.getByRole('button', { name: t['results.search'], exact: true }).click();
    await expect(page).toHaveURL(/\/p\/emma\/uitslagen\?/);
    await results.aborted(route);
    // The search's own answer, without waiting for the list's.
    await expect(page.getByTestId('result-group').first()).toContainText('Ferritine');

    await route.fulfill(answer); // the server answers after all: no one is left to read it
    await frames(page);
    await expect(page.getByTestId('result-group').first()).toContainText('Ferritine');
    expect(await page.evaluate(() => window.__late), 'frames with the late answer').toEqual([]);
  });
});

test('a write under way is not aborted by leaving the page: it is stored', async ({ page, backend }) => {
  const portal = await signIn(page, 'sanne');
  const writes = await hold(page, (url) => url.href.startsWith(`${backend.fhirBase}/Consent`), 'POST');
  await portal.barLink(people.emma).click();
  await portal.expectHomeOf(people.emma);
  await menu(page).getByRole('link', { name: t['nav.access.log'], exact: true }).click();
  await page.getByRole('button', { name: t['gp.block'], exact: true }).click();
  await page.getByRole('button', { name: t['gp.block.confirm'] }).click();
  const route = await writes.first();

  // Another section, then another patient, while the objection is on its way.
  await menu(page).getByRole('link', { name: t['nav.measurements'], exact: true }).click();
  await expect(page.getByTestId('measurement').first()).toBeVisible();
  await portal.barLink(people.noah).click();
  await expect(page).toHaveURL(/\/p\/noah\/metingen$/);
  await expect(page.getByTestId('measurement').first()).toBeVisible();

  const answered = route.request().response();
  await route.fallback(); // on to the server
  const response = await answered;
  expect(writes.failed(route), 'the write is not aborted').toBe(false);
  expect(response?.status()).toBe(201);
  const stored = (await received(page)).filter((r) => r.resourceType === 'Consent');
  expect(stored).toHaveLength(1);
  expect(stored[0].patient.reference).toBe('Patient/emma');
  // The portal goes on where the person went.
  await frames(page);
  await expect(page).toHaveURL(/\/p\/noah\/metingen$/);
  await menu(page).getByRole('link', { name: t['nav.results'], exact: true }).click();
  await expect(page.getByRole('main')).toContainText('CRP');
});
