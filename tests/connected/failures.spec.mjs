// Connected mode when the server or the network lets the portal down: each
// failure of a FHIR request gets a message in the person's language, reads
// offer to try again, what was typed stays, and a write is stored once
// however it is retried. The failures are made on the way between the
// browser and the test backend (Playwright routes), as a proxy, a load
// balancer or a flaky mobile connection would make them.
import { test, expect, texts, signIn, received, writeRequests, CONNECTED_ORIGIN } from '../e2e/pages.mjs';

const t = texts.nl;
const CORS = { 'Access-Control-Allow-Origin': CONNECTED_ORIGIN };

/** Requests for one resource type at the FHIR server (`GET` searches and reads, or `POST`). */
const at = (backend, type) => (url) => url.href.startsWith(`${backend.fhirBase}/${type}`);

/** Answers the first matching request with `answer` (a route handler), then lets the rest through. */
async function failFirst(page, match, answer) {
  let done = false;
  await page.route(match, async (route) => {
    if (done || route.request().method() === 'OPTIONS') return route.fallback();
    done = true;
    return answer(route);
  });
}

const goalsHeading = (page) => page.getByRole('heading', { level: 1, name: t['goals.title'] });
const goalsLoaded = (page) => expect(page.getByRole('main')).toContainText('Eczeem rustig houden met het smeerplan');
const menuLink = (page, key) => page.getByRole('navigation', { name: t['menu.label'] }).getByRole('link', { name: t[key], exact: true });

/** Opens Emma's goals from her Home, inside the running portal (no reload). */
async function openGoals(page) {
  await page.getByRole('navigation', { name: t['bar.label'] }).getByRole('link', { name: 'Emma de Vries' }).click();
  await menuLink(page, 'nav.goals').click();
  await expect(goalsHeading(page)).toBeVisible();
}

test.describe('failed reads', () => {
  test.beforeEach(async ({ page }) => { await signIn(page, 'sanne'); });

  for (const [what, answer, key] of [
    ['a server error (500)', (r) => r.fulfill({ status: 500, headers: CORS, body: '<html>Internal error</html>' }), 'error.server'],
    ['no connection', (r) => r.abort('internetdisconnected'), 'error.network'],
    ['a gateway that gives up (504)', (r) => r.fulfill({ status: 504, headers: CORS, body: '' }), 'error.server'],
  ]) {
    test(`${what}: the message, and "Opnieuw proberen" loads the page`, async ({ page, backend }) => {
      await failFirst(page, at(backend, 'Goal'), answer);
      await page.goto('/p/emma/doelen');
      await expect(goalsHeading(page)).toBeVisible();
      const alert = page.getByRole('main').getByTestId('error-message');
      await expect(alert).toContainText(t[key]);
      await alert.getByRole('button', { name: t.retry }).click();
      await goalsLoaded(page);
      await expect(page.getByRole('main').getByTestId('error-message')).toHaveCount(0);
    });
  }

  for (const [what, answer, key] of [
    ['no access (403)', (r) => r.fulfill({ status: 403, headers: CORS, contentType: 'application/fhir+json',
      body: JSON.stringify({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'forbidden' }] }) }), 'error.forbidden'],
    ['not found (404)', (r) => r.fulfill({ status: 404, headers: CORS, body: '' }), 'error.not_found'],
    ['malformed JSON', (r) => r.fulfill({ status: 200, headers: CORS, contentType: 'application/fhir+json', body: '{"resourceType":"Bundle","entry":[{' }), 'error.malformed'],
  ]) {
    test(`${what}: the message, and no retry where trying again cannot help`, async ({ page, backend }) => {
      await failFirst(page, at(backend, 'Goal'), answer);
      await page.goto('/p/emma/doelen');
      const alert = page.getByRole('main').getByTestId('error-message');
      await expect(alert).toContainText(t[key]);
      await expect(alert.getByRole('button', { name: t.retry })).toHaveCount(0);
      // The rest of the portal goes on: another section loads.
      await menuLink(page, 'nav.reports').click();
      await expect(page.getByRole('heading', { level: 1, name: t['reports.title'] })).toBeVisible();
      await expect(page.getByRole('main').getByTestId('error-message')).toHaveCount(0);
    });
  }

  // The basic data set's sections (issue 17): a failed read says so and a
  // retry loads the page; a record the page cannot read is named, and the
  // others show.
  for (const [type, path, title, shows] of [
    ['Condition', '/p/emma/problemen', 'problems.title', 'Constitutioneel eczeem'],
    ['AllergyIntolerance', '/p/emma/allergieen', 'allergies.title', 'Nikkel'],
    ['Immunization', '/p/emma/vaccinaties', 'vaccinations.title', 'Meningokokken ACWY'],
  ]) {
    test(`${type}: a server error says so and a retry loads the page; an unreadable record is named`, async ({ page, backend }) => {
      await failFirst(page, at(backend, type), (r) => r.fulfill({ status: 500, headers: CORS, body: '' }));
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: t[title] })).toBeVisible();
      const alert = page.getByRole('main').getByTestId('error-message');
      await expect(alert).toContainText(t['error.server']);
      await alert.getByRole('button', { name: t.retry }).click();
      await expect(page.getByRole('main')).toContainText(shows);
      // Next time the server adds a record the portal cannot read.
      await page.route(at(backend, type), async (route) => {
        if (route.request().method() === 'OPTIONS') return route.fallback();
        const answer = await route.fetch();
        const bundle = await answer.json();
        bundle.entry.push({ resource: { resourceType: type, id: 'unreadable', code: 7, vaccineCode: 7 } });
        return route.fulfill({ response: answer, json: bundle });
      });
      await page.reload();
      await expect(page.getByRole('main')).toContainText(shows);
      await expect(page.getByRole('main')).toContainText(t['problems.text'].replace('{count}', '1').split(':')[0]);
      await expect(page.getByRole('main').locator('.problems')).toContainText(`${type} unreadable`);
    });
  }

  test.describe('with a 3-second request limit', () => {
    test.use({ fhirSettings: { request_timeout_seconds: 3 } });

    test('a server that does not answer: "niet op tijd" after the limit, then a retry', async ({ page, backend }) => {
      await failFirst(page, at(backend, 'Goal'), () => new Promise(() => {})); // never answers
      const started = Date.now();
      await page.goto('/p/emma/doelen');
      const alert = page.getByRole('main').getByTestId('error-message');
      await expect(alert).toContainText(t['error.timeout']);
      expect(Date.now() - started).toBeGreaterThanOrEqual(3000);
      await alert.getByRole('button', { name: t.retry }).click();
      await goalsLoaded(page);
    });
  });

  test('an OperationOutcome: its text is shown as the server wrote it', async ({ page, backend }) => {
    await failFirst(page, at(backend, 'Goal'), (r) => r.fulfill({
      status: 400,
      headers: CORS,
      contentType: 'application/fhir+json',
      body: JSON.stringify({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'processing', diagnostics: 'Zoekparameter niet ondersteund door dit systeem' }] }),
    }));
    await page.goto('/p/emma/doelen');
    const alert = page.getByRole('main').getByTestId('error-message');
    await expect(alert).toContainText(t['error.outcome']);
    await expect(alert).toContainText('Zoekparameter niet ondersteund door dit systeem');
  });
});

test.describe('an expired token', () => {
  test('a 401 is cured by one refresh at the provider, and the page loads', async ({ page, backend }) => {
    await signIn(page, 'sanne');
    const refreshes = [];
    page.on('request', (r) => {
      if (r.url() === `${backend.issuer}/token` && (r.postData() ?? '').includes('grant_type=refresh_token')) refreshes.push(r);
    });
    const tokens = [];
    await page.route(at(backend, 'Goal'), (route) => {
      tokens.push(route.request().headers().authorization);
      if (tokens.length === 1) {
        return route.fulfill({ status: 401, headers: { ...CORS, 'WWW-Authenticate': 'Bearer error="invalid_token"' }, body: '' });
      }
      return route.fallback();
    });
    await openGoals(page);
    await goalsLoaded(page);
    expect(refreshes).toHaveLength(1);
    expect(tokens).toHaveLength(2);
    expect(tokens[1], 'the retry carries the new token').not.toBe(tokens[0]);
    await expect(page.getByRole('button', { name: t.sign_out, exact: true })).toBeVisible();
  });

  test('a 401 the provider will not renew ends the session: "Uw sessie is verlopen"', async ({ page, backend }) => {
    await signIn(page, 'sanne');
    await page.route(`${backend.issuer}/token`, (route) => route.fulfill({
      status: 400, headers: CORS, contentType: 'application/json', body: JSON.stringify({ error: 'invalid_grant' }),
    }));
    await failFirst(page, at(backend, 'Goal'), (r) => r.fulfill({ status: 401, headers: CORS, body: '' }));
    await page.getByRole('navigation', { name: t['bar.label'] }).getByRole('link', { name: 'Emma de Vries' }).click();
    await menuLink(page, 'nav.goals').click();
    await expect(page).toHaveURL(/\/uitgelogd\?reden=expired$/);
    await expect(page.getByTestId('signed-out-reason')).toHaveText(t['signed_out.expired']);
    await expect(page.getByTestId('patient-card')).toHaveCount(0);
  });
});

test.describe('failed writes', () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, 'sanne');
    await page.goto('/p/emma/e-consult/nieuw');
    await page.getByLabel(t['econsult.to'], { exact: false }).selectOption({ label: 'Kinderdermatologie' });
    await page.getByLabel(t['econsult.topic'], { exact: false }).fill('Zalf en zwemmen');
    await page.getByLabel(t['econsult.text'], { exact: false }).fill('Mag Emma met de zalf zwemmen?');
  });
  const send = (page) => page.getByRole('button', { name: t['econsult.send'], exact: true });
  const failed = (page) => page.getByTestId('send-failed');

  test('the answer to a send is lost on the way back: the retry does not store it twice', async ({ page, backend }) => {
    await failFirst(page, at(backend, 'Communication'), async (route) => {
      if (route.request().method() !== 'POST') return route.fallback();
      await route.fetch(); // the server receives it and stores it...
      return route.abort('connectionreset'); // ...and the answer never arrives
    });
    await send(page).click();
    await expect(failed(page).getByTestId('error-message')).toContainText(t['error.network']);
    await expect(failed(page)).toContainText(t['send.kept']);
    await expect(page.getByLabel(t['econsult.text'], { exact: false })).toHaveValue('Mag Emma met de zalf zwemmen?');
    expect((await received(page)).filter((r) => r.resourceType === 'Communication')).toHaveLength(1);

    await failed(page).getByRole('button', { name: t.retry }).click();
    await expect(page.getByTestId('sent-confirmation')).toHaveText(t['econsult.confirmed']);
    // Sent twice, stored once: the retry carried the same key (If-None-Exist).
    expect(await writeRequests(page)).toBe(2);
    const stored = (await received(page)).filter((r) => r.resourceType === 'Communication');
    expect(stored).toHaveLength(1);
    expect(stored[0].payload[0].contentString).toBe('Mag Emma met de zalf zwemmen?');
    await expect(page.getByTestId('messages-sent').getByRole('row').filter({ hasText: 'Zalf en zwemmen' })).toHaveCount(1);
  });

  test('an OperationOutcome on a send: its text, the typed text kept, nothing stored', async ({ page, backend }) => {
    await failFirst(page, at(backend, 'Communication'), (route) => route.fulfill({
      status: 422,
      headers: CORS,
      contentType: 'application/fhir+json',
      body: JSON.stringify({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'business-rule', details: { text: 'Deze afdeling neemt tijdelijk geen e-consulten aan.' } }] }),
    }));
    await send(page).click();
    const alert = failed(page).getByTestId('error-message');
    await expect(alert).toContainText(t['error.outcome']);
    await expect(alert).toContainText('Deze afdeling neemt tijdelijk geen e-consulten aan.');
    await expect(page.getByLabel(t['econsult.topic'], { exact: false })).toHaveValue('Zalf en zwemmen');
    await expect(page.getByLabel(t['econsult.text'], { exact: false })).toHaveValue('Mag Emma met de zalf zwemmen?');
    expect(await received(page)).toEqual([]);
  });
});
