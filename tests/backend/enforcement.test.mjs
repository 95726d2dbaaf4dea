// The backend without the app: signs the demo personas in through the real
// DigiD stand-in pages (PKCE, password step, SMS step, code exchange) and
// checks what the gateway allows and refuses. Also tests the access rules,
// the date shifting and the search matcher directly.
//
// Run: npm test (in tests/backend).

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';

import { birthday, fromYmd, isoDate, localToday, parseDate, age } from './calendar.mjs';
import { browse, CookieJar, pkce, PORTAL_SCOPES, signIn, tokenRequest } from './flow.mjs';
import { loadDemoResources } from './fhir.mjs';
import { compile, passes, sortKey } from './query.mjs';
import { authorizationOf, BSN_SYSTEM, decide, idOf, patientOf } from './rules.mjs';
import { DEFAULT_DEMO_DIR, startBackend } from './server.mjs';
import { anchorBirth, shiftText, shiftValue } from './shift.mjs';

const PORTAL = 'http://127.0.0.1:8080';
const d = (y, m, day) => fromYmd(y, m, day);

// Everything that must never appear in a refusal: names, ids and BSNs of the
// people in the demo data.
const SECRETS = [
  'lucas', 'Lucas', 'willem', 'Willem', 'Bakker', 'noah', 'Noah', 'emma', 'Emma', 'daan', 'Daan', 'de Vries',
  'sanne', 'Sanne', '265830412', '195637288', '312084572', '274193607', '231456785',
];
const refusals = [];

let backend;
let tokens; // username → token response

/** One FHIR request with `token`; refusals are kept for the leak check. */
async function fhir(token, path, { method = 'GET', body, headers = {} } = {}) {
  const response = await fetch(`${backend.fhirBase}/${path}`, {
    method,
    headers: {
      Accept: 'application/fhir+json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { 'Content-Type': 'application/fhir+json' } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status >= 400) refusals.push({ path, status: response.status, text });
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON: left null, the test says what it expected
  }
  return { status: response.status, body: json, headers: response.headers };
}

const as = (user) => tokens[user].access_token;
const ids = (bundle) => (bundle.entry ?? []).filter((e) => e.search?.mode === 'match').map((e) => e.resource.id);
const included = (bundle) => (bundle.entry ?? []).filter((e) => e.search?.mode === 'include').map((e) => e.resource);

before(async () => {
  backend = await startBackend({ port: 0 });
  tokens = {};
  for (const user of ['sanne', 'emma', 'peter']) tokens[user] = await signIn(backend.url, user);
});

after(async () => {
  await backend?.close();
});

describe('sign-in (DigiD stand-in)', () => {
  test('the pages are Dutch, labelled, with one h1', () => {
    for (const html of tokens.sanne.pages) {
      assert.match(html, /<html lang="nl">/);
      assert.equal(html.match(/<h1[ >]/g).length, 1);
      for (const [, id] of html.matchAll(/<input id="([^"]+)"/g)) assert.match(html, new RegExp(`<label for="${id}">`));
    }
    assert.match(tokens.sanne.pages[0], /wachtwoord/i);
    assert.match(tokens.sanne.pages[1], /sms-code/i);
  });

  test('tokens: short-lived access token, refresh token, ID token with fhirUser and name', () => {
    const t = tokens.sanne;
    assert.equal(t.token_type, 'Bearer');
    assert.equal(t.expires_in, 300);
    assert.ok(t.refresh_token, 'refresh token issued');
    assert.equal(t.tokenResponse.headers.get('access-control-allow-origin'), PORTAL, 'CORS on the token endpoint');
    const claims = JSON.parse(Buffer.from(t.id_token.split('.')[1], 'base64url').toString());
    assert.equal(claims.sub, '231456785');
    assert.equal(claims.fhirUser, 'Patient/sanne');
    assert.equal(claims.name, 'Sanne de Vries');
    const peter = JSON.parse(Buffer.from(tokens.peter.id_token.split('.')[1], 'base64url').toString());
    assert.equal(peter.fhirUser, 'RelatedPerson/auth-peter-willem', 'not a patient: their first authorization');
  });

  test('userinfo answers with the same claims, cross-origin', async () => {
    const r = await fetch(`${backend.issuer}/me`, { headers: { Authorization: `Bearer ${as('emma')}`, Origin: PORTAL } });
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('access-control-allow-origin'), PORTAL);
    const body = await r.json();
    assert.deepEqual([body.sub, body.fhirUser, body.name], ['274193607', 'Patient/emma', 'Emma de Vries']);
  });

  test('a wrong password or SMS code shows an error on the same step', async () => {
    await assert.rejects(signIn(backend.url, 'sanne', { password: 'fout' }), (e) => {
      assert.match(e.message, /not accepted|no form/);
      return true;
    });
    // Drive the steps by hand to see the pages.
    const jar = new CookieJar();
    const { challenge } = pkce();
    const q = new URLSearchParams({
      client_id: 'patient-portal', response_type: 'code', redirect_uri: `${PORTAL}/auth/callback`,
      scope: PORTAL_SCOPES, code_challenge: challenge, code_challenge_method: 'S256', state: 'x',
    });
    let r = await browse(jar, `${backend.issuer}/auth?${q}`);
    const interaction = new URL(r.headers.get('location'), backend.url).href;
    const post = (path, fields) =>
      browse(jar, `${interaction}/${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields).toString(),
      });
    r = await post('login', { username: 'sanne', password: 'demo12345' });
    let html = await r.text();
    assert.equal(r.status, 200);
    assert.match(html, /role="alert"/);
    assert.match(html, /name="password"/, 'still step 1');
    assert.match(html, /value="sanne"/, 'the username is kept');
    r = await post('login', { username: ' Sanne ', password: 'demo1234' });
    html = await r.text();
    assert.match(html, /name="code"/, 'step 2');
    assert.doesNotMatch(html, /role="alert"/);
    r = await post('sms', { code: '654321' });
    html = await r.text();
    assert.match(html, /role="alert"/);
    assert.match(html, /name="code"/, 'still step 2');
    assert.match(html, /aria-invalid="true"/);
    r = await post('sms', { code: '123 456' });
    assert.equal(r.status, 303, 'spaces in the code are fine');
  });

  test('an authorize request without PKCE is refused', async () => {
    const q = new URLSearchParams({
      client_id: 'patient-portal', response_type: 'code', redirect_uri: `${PORTAL}/auth/callback`, scope: 'openid', state: 'x',
    });
    const r = await fetch(`${backend.issuer}/auth?${q}`, { redirect: 'manual' });
    const location = new URL(r.headers.get('location'));
    assert.equal(location.origin + location.pathname, `${PORTAL}/auth/callback`);
    assert.equal(location.searchParams.get('error'), 'invalid_request');
    assert.match(location.searchParams.get('error_description'), /PKCE/);
    assert.equal(location.searchParams.get('code'), null);
    // And `plain` is not accepted either.
    q.set('code_challenge', 'a'.repeat(43));
    q.set('code_challenge_method', 'plain');
    const plain = await fetch(`${backend.issuer}/auth?${q}`, { redirect: 'manual' });
    assert.equal(new URL(plain.headers.get('location')).searchParams.get('error'), 'invalid_request');
  });

  test('unknown scopes do not make the request fail', async () => {
    const t = await signIn(backend.url, 'emma', { scope: `${PORTAL_SCOPES} email user/*.* made-up` });
    assert.ok(t.access_token);
    assert.equal((await fhir(t.access_token, 'Patient/emma')).status, 200);
  });

  test('refresh gives a new access token, and the refresh token rotates', async () => {
    const first = await signIn(backend.url, 'peter');
    const { body } = await tokenRequest(backend.url, { grant_type: 'refresh_token', refresh_token: first.refresh_token });
    assert.ok(body.access_token && body.access_token !== first.access_token);
    assert.ok(body.refresh_token && body.refresh_token !== first.refresh_token);
    assert.equal((await fhir(body.access_token, 'Patient/willem')).status, 200);
    await assert.rejects(
      tokenRequest(backend.url, { grant_type: 'refresh_token', refresh_token: first.refresh_token }),
      (e) => e.status === 400,
      'a used refresh token is spent',
    );
  });

  test('a reload signs in silently against the provider session (prompt=none)', async () => {
    const t = await signIn(backend.url, 'sanne');
    const { verifier, challenge } = pkce();
    const q = new URLSearchParams({
      client_id: 'patient-portal', response_type: 'code', redirect_uri: `${PORTAL}/auth/callback`, scope: PORTAL_SCOPES,
      state: 's2', prompt: 'none', code_challenge: challenge, code_challenge_method: 'S256',
    });
    const r = await browse(t.jar, `${backend.issuer}/auth?${q}`);
    const callback = new URL(r.headers.get('location'));
    assert.equal(callback.searchParams.get('error'), null, callback.search);
    const code = callback.searchParams.get('code');
    assert.ok(code);
    const { body } = await tokenRequest(backend.url, { grant_type: 'authorization_code', code, redirect_uri: `${PORTAL}/auth/callback`, code_verifier: verifier });
    assert.equal((await fhir(body.access_token, 'Patient/noah')).status, 200);
    // Without the provider's session: login_required, back at the portal.
    const fresh = await fetch(`${backend.issuer}/auth?${q}`, { redirect: 'manual' });
    assert.equal(new URL(fresh.headers.get('location')).searchParams.get('error'), 'login_required');
  });

  test('sign-out at the provider ends the access token', async () => {
    const t = await signIn(backend.url, 'emma');
    assert.equal((await fhir(t.access_token, 'Patient/emma')).status, 200);
    const q = new URLSearchParams({ id_token_hint: t.id_token, post_logout_redirect_uri: `${PORTAL}/uitgelogd`, state: 'bye' });
    let r = await browse(t.jar, `${backend.issuer}/session/end?${q}`);
    const html = await r.text();
    assert.equal(r.status, 200);
    assert.match(html, /<html lang="nl">/);
    const action = /<form[^>]*action="([^"]+)"/.exec(html)[1];
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)[1];
    r = await browse(t.jar, new URL(action, backend.url).href, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ xsrf, logout: 'yes' }).toString(),
    });
    assert.equal(r.status, 303);
    assert.equal(new URL(r.headers.get('location')).pathname, '/uitgelogd');
    const after = await fhir(t.access_token, 'Patient/emma');
    assert.equal(after.status, 401);
  });
});

describe('gateway: who sees what', () => {
  test('what a SMART client reads first is public', async () => {
    const smart = await fetch(`${backend.fhirBase}/.well-known/smart-configuration`, { headers: { Origin: PORTAL } });
    assert.equal(smart.status, 200);
    assert.equal(smart.headers.get('access-control-allow-origin'), PORTAL);
    const config = await smart.json();
    assert.equal(config.issuer, backend.issuer);
    assert.equal(config.authorization_endpoint, `${backend.issuer}/auth`);
    const discovery = await (await fetch(`${backend.issuer}/.well-known/openid-configuration`)).json();
    for (const key of ['token_endpoint', 'userinfo_endpoint', 'jwks_uri', 'revocation_endpoint', 'end_session_endpoint']) {
      assert.equal(config[key], discovery[key], key);
    }
    assert.equal((await fhir(null, 'metadata')).body.resourceType, 'CapabilityStatement');
  });

  test('no token, or a made-up one → 401 with WWW-Authenticate', async () => {
    const none = await fhir(null, 'Patient/sanne');
    assert.equal(none.status, 401);
    assert.equal(none.body.resourceType, 'OperationOutcome');
    assert.match(none.headers.get('www-authenticate'), /^Bearer/);
    const bogus = await fhir('not-a-token', 'Patient/sanne');
    assert.equal(bogus.status, 401);
    assert.match(bogus.headers.get('www-authenticate'), /error="invalid_token"/);
  });

  test('sanne reads her own record, Emma (co-signed) and Noah (8)', async () => {
    assert.equal((await fhir(as('sanne'), 'Patient/sanne')).status, 200);
    const emma = await fhir(as('sanne'), 'Patient/emma');
    assert.equal(emma.status, 200);
    assert.equal(emma.body.id, 'emma');
    const obs = await fhir(as('sanne'), 'Observation?patient=noah&_count=5');
    assert.equal(obs.status, 200);
    assert.equal(obs.body.entry.length, 5);
    assert.ok(obs.body.total > 5);
    assert.ok(obs.body.entry.every((e) => e.resource.subject.reference === 'Patient/noah'));
    // Daan (17) cannot decide for himself: access until 18.
    assert.equal((await fhir(as('sanne'), 'Patient/daan')).status, 200);
  });

  test('sanne may no longer read Lucas: parental access ended at 16', async () => {
    for (const path of ['Patient/lucas', 'Observation?patient=lucas', 'Observation?subject=Patient/lucas', 'Goal/lucas-goal-1']) {
      const r = await fhir(as('sanne'), path);
      assert.equal(r.status, 403, path);
      assert.equal(r.body.resourceType, 'OperationOutcome');
    }
  });

  test('sanne may not read Willem; emma may not read Noah', async () => {
    assert.equal((await fhir(as('sanne'), 'Patient/willem')).status, 403);
    assert.equal((await fhir(as('sanne'), 'Communication?patient=willem')).status, 403);
    assert.equal((await fhir(as('emma'), 'Patient/noah')).status, 403);
    assert.equal((await fhir(as('emma'), 'Patient/sanne')).status, 403, 'a child does not see the parent');
  });

  test('peter, curator, reads Willem', async () => {
    assert.equal((await fhir(as('peter'), 'Patient/willem')).status, 200);
    const consents = await fhir(as('peter'), 'Consent?patient=willem&_count=100');
    assert.deepEqual(ids(consents.body), ['willem-consent-1']);
  });

  test('a missing resource and another patient’s are refused alike', async () => {
    const other = await fhir(as('emma'), 'Observation/noah-lab-1');
    const missing = await fhir(as('emma'), 'Observation/does-not-exist');
    assert.equal(other.status, 403);
    assert.equal(missing.status, 403);
    assert.deepEqual(other.body, missing.body);
    assert.equal((await fhir(as('emma'), 'Location/nowhere')).status, 404, 'shared types may say not found');
  });

  test('a search must name a patient the viewer may see', async () => {
    assert.equal((await fhir(as('sanne'), 'Observation')).status, 403);
    assert.equal((await fhir(as('sanne'), 'Observation?code=http://loinc.org|718-7')).status, 403);
    assert.equal((await fhir(as('sanne'), 'Patient?identifier=http://fhir.nl/fhir/NamingSystem/bsn|195637288')).status, 403, 'another BSN');
    assert.equal((await fhir(as('sanne'), 'Observation?patient=emma,willem')).status, 403);
  });

  test('shared types are readable by anyone signed in', async () => {
    for (const path of ['Organization?_count=3', 'Location?_count=3', 'HealthcareService?_count=3', 'Practitioner?_count=3', 'PractitionerRole?_count=3', 'Questionnaire?_count=3']) {
      const r = await fhir(as('emma'), path);
      assert.equal(r.status, 200, path);
      assert.equal(r.body.entry.length, 3, path);
    }
    assert.equal((await fhir(as('peter'), 'Questionnaire/q-eczeem-poem')).status, 200);
  });

  test('the sign-in lookups: own Patient, own authorizations with a subset of patients no longer visible', async () => {
    const own = await fhir(as('sanne'), `Patient?identifier=${encodeURIComponent(`${BSN_SYSTEM}|231456785`)}`);
    assert.deepEqual(ids(own.body), ['sanne']);
    const rp = await fhir(as('sanne'), `RelatedPerson?identifier=${encodeURIComponent(`${BSN_SYSTEM}|231456785`)}&_include=RelatedPerson:patient&_count=100`);
    assert.equal(rp.status, 200);
    assert.deepEqual(ids(rp.body).sort(), ['auth-sanne-daan', 'auth-sanne-emma', 'auth-sanne-lucas', 'auth-sanne-noah']);
    const patients = Object.fromEntries(included(rp.body).map((p) => [p.id, p]));
    assert.deepEqual(Object.keys(patients).sort(), ['daan', 'emma', 'lucas', 'noah']);
    assert.equal(patients.lucas.meta.tag[0].code, 'SUBSETTED');
    assert.equal(patients.lucas.identifier, undefined, 'no BSN, address, … of a patient no longer visible');
    assert.equal(patients.lucas.address, undefined);
    assert.ok(patients.lucas.birthDate && patients.lucas.name);
    assert.ok(patients.emma.identifier, 'visible patients come whole');
    // peter: not a patient himself.
    const peter = await fhir(as('peter'), `Patient?identifier=${encodeURIComponent(`${BSN_SYSTEM}|158392061`)}`);
    assert.equal(peter.status, 200);
    assert.deepEqual(ids(peter.body), []);
  });

  test('no subset of an invisible patient through someone else’s records', async () => {
    // Willem's RelatedPersons name Willem; Peter sees them, Sanne does not.
    const r = await fhir(as('peter'), 'RelatedPerson?patient=willem&_include=RelatedPerson:patient');
    assert.deepEqual(ids(r.body).sort(), ['auth-anja-willem', 'auth-peter-willem', 'auth-ria-willem']);
    assert.deepEqual(included(r.body).map((p) => p.id), ['willem']);
  });
});

describe('gateway: searches the portal makes', () => {
  // Every SearchQuery of src/ (grep -rn "SearchQuery::new" src), for sanne acting for emma.
  const E = 'emma';
  const searches = [
    `Goal?patient=${E}&_count=200`,
    `DocumentReference?patient=${E}&category=clinical-note&date=ge2015-02-24&_sort=-date&_count=10&_offset=0`,
    `DocumentReference?patient=${E}&category=clinical-note&date=lt2015-02-24&_sort=-date&_count=10&_offset=0`,
    `DocumentReference?patient=${E}&category=clinical-note&_count=500`,
    `Appointment?patient=${E}&_include=Appointment:actor:HealthcareService&_count=200`,
    `MedicationRequest?patient=${E}&_include=MedicationRequest:requester&_count=200`,
    `RelatedPerson?patient=${E}&_count=100`,
    `Observation?patient=${E}&category=vital-signs&_sort=-date&_count=1000`,
    `DocumentReference?patient=${E}&category=letter&_sort=-date&_count=10&_offset=0`,
    `DocumentReference?patient=${E}&category=referral&_sort=-date&_count=10&_offset=0`,
    `Communication?patient=${E}&_sort=-sent&_count=200`,
    `Appointment?patient=${E}&_include=Appointment:actor:Location&_include=Appointment:actor:HealthcareService&_sort=date&_count=200`,
    `DiagnosticReport?patient=${E}&_sort=-date&_include=DiagnosticReport:result&_count=5&_offset=0`,
    `DiagnosticReport?patient=${E}&_sort=-date&_include=DiagnosticReport:result&_include:iterate=Observation:has-member&_count=5&_offset=0`,
    `Observation?patient=${E}&category:not=vital-signs&code:text=ige&_sort=-date&_count=25&_offset=0`,
    `Observation?patient=${E}&category:not=vital-signs&category:not=laboratory&_sort=-date&_count=25&_offset=0`,
    `Condition?patient=${E}&_include=Condition:asserter&_count=200`,
    `AllergyIntolerance?patient=${E}&_include=AllergyIntolerance:asserter&_count=200`,
    `Immunization?patient=${E}&_include=Immunization:performer&_count=200`,
    // The record export's searches (src/fhir/export.rs, Section::queries).
    `DocumentReference?patient=${E}&_count=100`,
    `Observation?patient=${E}&category=vital-signs&_count=100`,
    `Observation?patient=${E}&category:not=vital-signs&_count=100`,
    `DiagnosticReport?patient=${E}&_count=100`,
    `Communication?patient=${E}&_count=100`,
    `AuditEvent?patient=${E}&_count=100`,
    `Goal?patient=${E}&_count=100`,
    `MedicationRequest?patient=${E}&_include=MedicationRequest:requester&_include=MedicationRequest:medication&_count=100`,
    `Condition?patient=${E}&_include=Condition:asserter&_count=100`,
    `AllergyIntolerance?patient=${E}&_count=100`,
    `Immunization?patient=${E}&_include=Immunization:performer&_count=100`,
    `QuestionnaireResponse?patient=${E}&_include=QuestionnaireResponse:questionnaire&_count=100`,
    `Appointment?patient=${E}&_include=Appointment:actor:Location&_include=Appointment:actor:HealthcareService&_count=100`,
    `MedicationRequest?_id=emma-med-1&patient=${E}&_include=MedicationRequest:requester`,
    `Task?patient=${E}&focus=MedicationRequest/emma-med-1`,
    `Observation?patient=${E}&_sort=-date&_count=500&code=http://loinc.org|19113-0`,
    `Observation?patient=${E}&_sort=-date&_count=500&code:text=IgE totaal`,
    `QuestionnaireResponse?patient=${E}&_include=QuestionnaireResponse:questionnaire&_count=200`,
    `Consent?patient=${E}&_count=100`,
    `AuditEvent?patient=${E}&_sort=-date&_count=100`,
  ];

  // What the app's demo server would answer: its matcher (query.mjs is a
  // port of src/demo/query.rs) over the same shifted bundles.
  let demo;
  before(() => {
    demo = loadDemoResources(DEFAULT_DEMO_DIR, localToday());
  });
  function demoIds(url) {
    const [kind, query] = url.split('?');
    const params = [...new URLSearchParams(query)];
    const { tests } = compile(params);
    let hits = demo.filter((r) => r.resourceType === kind && tests.every((t) => passes(r, t)));
    const sort = params.find(([k]) => k === '_sort')?.[1];
    if (sort) {
      const [field, desc] = sort.startsWith('-') ? [sort.slice(1), true] : [sort, false];
      hits = [...hits].sort((a, b) => (sortKey(a, field) < sortKey(b, field) ? -1 : sortKey(a, field) > sortKey(b, field) ? 1 : 0) * (desc ? -1 : 1));
    }
    const count = Math.min(Math.max(Number(params.find(([k]) => k === '_count')?.[1] ?? 50), 1), 500);
    const offset = Number(params.find(([k]) => k === '_offset')?.[1] ?? 0);
    return { total: hits.length, page: hits.slice(offset, offset + count).map((r) => r.id) };
  }

  for (const url of searches) {
    test(url, async () => {
      const [kind, query] = url.split('?');
      const r = await fhir(as('sanne'), `${kind}?${new URLSearchParams(query)}`);
      assert.equal(r.status, 200, JSON.stringify(r.body));
      assert.equal(r.body.resourceType, 'Bundle');
      const expected = demoIds(url);
      assert.equal(r.body.total, expected.total, 'same matches as the demo server');
      assert.deepEqual(ids(r.body), expected.page, 'same order');
    });
  }

  test('the searches find what the pages need', async () => {
    const get = async (url) => (await fhir(as('sanne'), url)).body;
    assert.ok((await get('Goal?patient=emma')).total > 0);
    const appts = await get('Appointment?patient=emma&_include=Appointment:actor:Location&_sort=date');
    assert.ok(included(appts).length > 0 && included(appts).every((r) => r.resourceType === 'Location'));
    const meds = await get('MedicationRequest?patient=emma&_include=MedicationRequest:requester');
    assert.ok(included(meds).some((r) => r.resourceType === 'PractitionerRole'));
    const qr = await get('QuestionnaireResponse?patient=emma&_include=QuestionnaireResponse:questionnaire');
    assert.deepEqual(included(qr).map((q) => q.id).sort(), ['q-eczeem-poem', 'q-kwaliteit-van-leven-kind']);
    const reports = await get('DiagnosticReport?patient=emma&_include=DiagnosticReport:result&_count=2');
    const resultIds = reports.entry.filter((e) => e.search.mode === 'match').flatMap((e) => e.resource.result.map((x) => x.reference));
    assert.deepEqual(included(reports).map((o) => `Observation/${o.id}`).sort(), [...new Set(resultIds)].sort());
  });

  test('paging: next links until the end', async () => {
    let url = `${backend.fhirBase}/Observation?patient=noah&category=laboratory&_sort=-date&_count=20`;
    const seen = [];
    let total;
    for (let pages = 0; url && pages < 50; pages += 1) {
      const r = await fhir(as('sanne'), url.slice(backend.fhirBase.length + 1));
      total = r.body.total;
      seen.push(...ids(r.body));
      url = r.body.link.find((l) => l.relation === 'next')?.url;
      if (url) assert.ok(url.startsWith(`${backend.fhirBase}/Observation?`), url);
    }
    assert.equal(seen.length, total);
    assert.equal(new Set(seen).size, total);
  });
});

describe('gateway: writes', () => {
  const message = (patient, sender, extra = {}) => ({
    resourceType: 'Communication',
    status: 'completed',
    subject: { reference: `Patient/${patient}` },
    sender: { reference: sender },
    recipient: [{ reference: 'HealthcareService/svc-kinderdermatologie' }],
    payload: [{ contentString: 'Test' }],
    ...extra,
  });

  test('a write the portal never makes → 403', async () => {
    const r = await fhir(as('sanne'), 'Observation', {
      method: 'POST',
      body: { resourceType: 'Observation', status: 'final', subject: { reference: 'Patient/emma' }, code: { text: 'x' } },
    });
    assert.equal(r.status, 403);
    assert.equal((await fhir(as('sanne'), 'Patient', { method: 'POST', body: { resourceType: 'Patient' } })).status, 403);
    assert.equal((await fhir(as('sanne'), 'Patient/sanne', { method: 'PUT', body: { resourceType: 'Patient', id: 'sanne' } })).status, 403);
  });

  test('a message with someone else as sender → 403', async () => {
    for (const sender of ['Patient/emma', 'RelatedPerson/auth-mark-noah', 'RelatedPerson/auth-sanne-noah', 'Practitioner/prac-vandam']) {
      const r = await fhir(as('sanne'), 'Communication', { method: 'POST', body: message('emma', sender) });
      assert.equal(r.status, 403, sender);
    }
    const none = await fhir(as('sanne'), 'Communication', { method: 'POST', body: message('emma', undefined) });
    assert.equal(none.status, 403);
    // For a record she may not see, even as herself.
    const lucas = await fhir(as('sanne'), 'Communication', { method: 'POST', body: message('lucas', 'RelatedPerson/auth-sanne-lucas') });
    assert.equal(lucas.status, 403);
  });

  test('sanne sends a message for Emma as her representative → 201, and reads it back', async () => {
    const r = await fhir(as('sanne'), 'Communication', {
      method: 'POST',
      body: message('emma', 'RelatedPerson/auth-sanne-emma', { id: 'emma-msg-1-1' }),
      headers: { Origin: PORTAL },
    });
    assert.equal(r.status, 201);
    assert.notEqual(r.body.id, 'emma-msg-1-1', 'the server assigns the id');
    assert.match(r.headers.get('location'), new RegExp(`/fhir/Communication/${r.body.id}/_history/`));
    assert.ok(r.headers.get('etag'));
    assert.equal(r.headers.get('access-control-allow-origin'), PORTAL);
    assert.match(r.headers.get('access-control-expose-headers'), /Location/);
    const back = await fhir(as('sanne'), `Communication/${r.body.id}`);
    assert.equal(back.status, 200);
    assert.equal(back.body.sender.reference, 'RelatedPerson/auth-sanne-emma');
    const list = await fhir(as('emma'), 'Communication?patient=emma&_sort=-sent&_count=200');
    assert.ok(ids(list.body).includes(r.body.id), 'Emma sees it in her own record');
    assert.ok(ids(list.body).includes('emma-msg-1-1'), 'the original was not overwritten');
    assert.equal((await fhir(as('peter'), `Communication/${r.body.id}`)).status, 403);
  });

  test('a conditional create sent twice stores one resource', async () => {
    const key = `k-${Date.now()}`;
    const body = message('noah', 'RelatedPerson/auth-sanne-noah', {
      identifier: [{ system: 'https://portal.example.org/fhir/NamingSystem/portal-request', value: key }],
    });
    const condition = `identifier=${encodeURIComponent(`https://portal.example.org/fhir/NamingSystem/portal-request|${key}`)}`;
    const first = await fhir(as('sanne'), 'Communication', { method: 'POST', body, headers: { 'If-None-Exist': condition } });
    const again = await fhir(as('sanne'), 'Communication', { method: 'POST', body, headers: { 'If-None-Exist': condition } });
    assert.equal(first.status, 201);
    assert.equal(again.status, 200);
    assert.equal(again.body.id, first.body.id);
    const found = await fhir(as('sanne'), `Communication?patient=noah&${condition}`);
    assert.equal(found.body.total, 1);
    // Sent at the same moment: still one.
    const key2 = `${key}-b`;
    const body2 = { ...body, identifier: [{ ...body.identifier[0], value: key2 }] };
    const condition2 = condition.replace(key, key2);
    const both = await Promise.all([1, 2].map(() => fhir(as('sanne'), 'Communication', { method: 'POST', body: body2, headers: { 'If-None-Exist': condition2 } })));
    assert.deepEqual(both.map((r) => r.status).sort(), [200, 201]);
    assert.equal(both[0].body.id, both[1].body.id);
    assert.equal((await fhir(as('sanne'), 'Communication', { method: 'POST', body, headers: { 'If-None-Exist': 'colour=red' } })).status, 400);
  });

  test('a repeat-prescription Task with requester, a Consent with performer', async () => {
    const task = await fhir(as('peter'), 'Task', {
      method: 'POST',
      body: {
        resourceType: 'Task', status: 'requested', intent: 'order',
        focus: { reference: 'MedicationRequest/willem-med-1' }, for: { reference: 'Patient/willem' },
        requester: { reference: 'RelatedPerson/auth-peter-willem' }, authoredOn: new Date().toISOString(),
      },
    });
    assert.equal(task.status, 201);
    const tasks = await fhir(as('peter'), 'Task?patient=willem&focus=MedicationRequest/willem-med-1');
    assert.deepEqual(ids(tasks.body), [task.body.id]);
    const consent = (await fhir(as('peter'), 'Consent/willem-consent-1')).body;
    consent.status = 'inactive';
    consent.performer = [{ reference: 'RelatedPerson/auth-peter-willem' }];
    const updated = await fhir(as('peter'), 'Consent/willem-consent-1', { method: 'PUT', body: consent });
    assert.equal(updated.status, 200);
    assert.equal(updated.body.status, 'inactive');
    const stale = await fhir(as('peter'), 'Consent/willem-consent-1', { method: 'PUT', body: consent, headers: { 'If-Match': `W/"${consent.meta.versionId}"` } });
    assert.equal(stale.status, 412, 'If-Match with an older version');
  });

  test('questionnaire drafts update; a sent one is final (409)', async () => {
    const draft = await fhir(as('sanne'), 'QuestionnaireResponse', {
      method: 'POST',
      body: {
        resourceType: 'QuestionnaireResponse', status: 'in-progress', questionnaire: 'Questionnaire/q-eczeem-poem',
        subject: { reference: 'Patient/noah' }, author: { reference: 'RelatedPerson/auth-sanne-noah' },
      },
    });
    assert.equal(draft.status, 201);
    const done = { ...draft.body, status: 'completed' };
    assert.equal((await fhir(as('sanne'), `QuestionnaireResponse/${draft.body.id}`, { method: 'PUT', body: done })).status, 200);
    assert.equal((await fhir(as('sanne'), `QuestionnaireResponse/${draft.body.id}`, { method: 'PUT', body: done })).status, 409);
    const moved = { ...draft.body, id: 'other' };
    assert.equal((await fhir(as('sanne'), `QuestionnaireResponse/${draft.body.id}`, { method: 'PUT', body: moved })).status, 400);
    // Another record's response, or one that does not exist: refused alike.
    const emmas = { resourceType: 'QuestionnaireResponse', id: 'emma-qr-3', status: 'in-progress', subject: { reference: 'Patient/noah' }, author: { reference: 'RelatedPerson/auth-sanne-noah' } };
    const a = await fhir(as('sanne'), 'QuestionnaireResponse/emma-qr-3', { method: 'PUT', body: emmas });
    const b = await fhir(as('sanne'), 'QuestionnaireResponse/nope', { method: 'PUT', body: { ...emmas, id: 'nope' } });
    assert.equal(a.status, 403);
    assert.deepEqual(a.body, b.body);
  });

  test('malformed input: 400 OperationOutcome, never a crash', async () => {
    for (const body of ['{not json', '', 'null', '[]', '"x"', '{"resourceType":"Task"}']) {
      const r = await fhir(as('sanne'), 'Communication', { method: 'POST', body });
      assert.equal(r.status, 400, body);
      assert.equal(r.body.resourceType, 'OperationOutcome');
    }
    const invalid = await fhir(as('sanne'), 'Communication', {
      method: 'POST',
      body: { resourceType: 'Communication', status: 'completed', subject: { reference: 'Patient/emma' }, sender: { reference: 'RelatedPerson/auth-sanne-emma' }, sent: 7 },
    });
    assert.equal(invalid.status, 400, 'not valid FHIR');
    assert.match(invalid.body.issue[0].diagnostics, /Communication\.sent/);
    assert.equal((await fhir(as('sanne'), 'Observation?patient=emma&colour=red')).status, 400);
    assert.equal((await fhir(as('sanne'), 'Observation?patient=emma&code:exact=x')).status, 400);
    assert.equal((await fhir(as('sanne'), 'Observation?patient=emma&_include=*')).status, 200);
    assert.equal((await fhir(as('sanne'), 'Observation?patient=emma&_count=abc&_offset=-4')).status, 200);
    assert.equal((await fhir(as('sanne'), 'Patient/%E0%A4%A')).status, 400);
    assert.equal((await fhir(as('sanne'), 'Patient/emma/_history/1')).status, 405);
    assert.equal((await fhir(as('sanne'), 'Patient/emma', { method: 'DELETE' })).status, 405);
    assert.equal((await fhir(as('sanne'), 'Communication', { method: 'POST', body: 'x'.repeat(1024 * 1024 + 1) })).status, 413);
    assert.equal((await fhir(as('sanne'), 'Patient/emma')).status, 200, 'still serving');
  });
});

describe('gateway: CORS', () => {
  test('preflight for the portal origins; nothing for others', async () => {
    const preflight = (origin) =>
      fetch(`${backend.fhirBase}/Communication`, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type,if-none-exist' },
      });
    for (const origin of ['http://127.0.0.1:8080', 'http://localhost:8080', 'http://127.0.0.1:8095', 'http://127.0.0.1:8097']) {
      const r = await preflight(origin);
      assert.equal(r.status, 204);
      assert.equal(r.headers.get('access-control-allow-origin'), origin);
      const allowed = r.headers.get('access-control-allow-headers').toLowerCase();
      for (const h of ['authorization', 'content-type', 'if-none-exist']) assert.ok(allowed.includes(h), h);
      assert.match(r.headers.get('access-control-allow-methods'), /PUT/);
    }
    const evil = await preflight('http://evil.example');
    assert.equal(evil.headers.get('access-control-allow-origin'), null);
    const read = await fetch(`${backend.fhirBase}/Patient/emma`, { headers: { Authorization: `Bearer ${as('emma')}`, Origin: PORTAL } });
    assert.equal(read.headers.get('access-control-allow-origin'), PORTAL);
    assert.match(read.headers.get('access-control-expose-headers'), /ETag/);
  });
});

describe('an expired access token', () => {
  let short;
  before(async () => {
    short = await startBackend({ port: 0, accessTokenTtl: 2 });
  });
  after(async () => {
    await short?.close();
  });

  test('works, then after its lifetime → 401 invalid_token', async () => {
    const t = await signIn(short.url, 'emma');
    assert.equal(t.expires_in, 2);
    const read = () => fetch(`${short.fhirBase}/Patient/emma`, { headers: { Authorization: `Bearer ${t.access_token}` } });
    assert.equal((await read()).status, 200);
    await sleep(3100);
    const r = await read();
    assert.equal(r.status, 401);
    assert.match(r.headers.get('www-authenticate'), /error="invalid_token"/);
    const body = await r.json();
    assert.equal(body.resourceType, 'OperationOutcome');
    // The refresh token still gives a new one.
    const { body: fresh } = await tokenRequest(short.url, { grant_type: 'refresh_token', refresh_token: t.refresh_token });
    assert.equal((await fetch(`${short.fhirBase}/Patient/emma`, { headers: { Authorization: `Bearer ${fresh.access_token}` } })).status, 200);
  });
});

describe('refusals leak nothing', () => {
  test('no refusal body names or identifies a patient', () => {
    assert.ok(refusals.length > 20, `refusals collected: ${refusals.length}`);
    for (const { path, text } of refusals) {
      for (const secret of SECRETS) assert.ok(!text.includes(secret), `${path}: ${text}`);
    }
  });
});

describe('rules (ported from src/access.rs and src/fhir/model.rs)', () => {
  const parent = (over = {}) => ({ role: 'parent', active: true, start: null, end: null, childSigned: false, incapable: false, ...over });
  const BIRTH = d(2010, 6, 15);

  test('twelfth birthday without the child’s signature', () => {
    const b12 = d(2022, 6, 15);
    assert.deepEqual(decide(parent(), BIRTH, d(2022, 6, 14)), { allowed: true, ends: { on: b12, reason: 'twelfth-birthday' } });
    assert.deepEqual(decide(parent(), BIRTH, b12), { allowed: false, denial: { kind: 'ended', on: b12, reason: 'twelfth-birthday' } });
    assert.equal(decide(parent(), BIRTH, d(2022, 6, 16)).allowed, false);
  });

  test('with the child’s signature access lasts until 16', () => {
    const auth = parent({ childSigned: true });
    for (const day of [d(2022, 6, 14), d(2022, 6, 15), d(2022, 6, 16), d(2026, 6, 14)]) assert.equal(decide(auth, BIRTH, day).allowed, true);
    assert.deepEqual(decide(auth, BIRTH, d(2026, 6, 15)).denial, { kind: 'ended', on: d(2026, 6, 15), reason: 'sixteenth-birthday' });
  });

  test('a child who cannot decide: until 18, no signature needed', () => {
    const auth = parent({ incapable: true });
    assert.equal(decide(auth, BIRTH, d(2022, 6, 15)).allowed, true);
    assert.equal(decide(auth, BIRTH, d(2026, 6, 15)).allowed, true);
    assert.equal(decide(auth, BIRTH, d(2028, 6, 14)).allowed, true);
    assert.deepEqual(decide(auth, BIRTH, d(2028, 6, 15)).denial, { kind: 'ended', on: d(2028, 6, 15), reason: 'eighteenth-birthday' });
  });

  test('29 February: birthday on 1 March in common years', () => {
    const leap = d(2012, 2, 29);
    assert.equal(birthday(leap, 16), d(2028, 2, 29));
    assert.equal(birthday(leap, 18), d(2030, 3, 1));
    assert.equal(age(leap, d(2030, 2, 28)), 17);
    assert.equal(age(leap, d(2030, 3, 1)), 18);
    assert.equal(age(leap, d(2028, 2, 28)), 15);
    assert.equal(age(leap, d(2028, 2, 29)), 16);
    assert.equal(decide(parent({ incapable: true }), leap, d(2030, 2, 28)).allowed, true);
    assert.equal(decide(parent({ incapable: true }), leap, d(2030, 3, 1)).allowed, false);
  });

  test('revoked, future, period end, curators, no birth date', () => {
    assert.deepEqual(decide(parent({ active: false }), BIRTH, d(2015, 1, 1)).denial, { kind: 'revoked' });
    const future = parent({ role: 'mentor', start: d(2027, 1, 15) });
    assert.deepEqual(decide(future, d(1979, 5, 2), d(2027, 1, 14)).denial, { kind: 'not-yet-valid', start: d(2027, 1, 15) });
    assert.equal(decide(future, d(1979, 5, 2), d(2027, 1, 15)).allowed, true);
    const curator = parent({ role: 'curator', start: d(2020, 1, 1), end: d(2026, 12, 31) });
    assert.equal(decide(curator, d(1979, 5, 2), d(2026, 12, 31)).allowed, true);
    assert.deepEqual(decide(curator, d(1979, 5, 2), d(2027, 1, 1)).denial, { kind: 'ended', on: d(2027, 1, 1), reason: 'period-end' });
    assert.deepEqual(decide(parent({ role: 'curator' }), d(1979, 5, 2), d(2026, 11, 23)), { allowed: true, ends: null });
    assert.equal(decide(parent(), null, d(2026, 11, 23)).allowed, false, 'a parent without birth date is refused');
  });

  test('Ria, mentor of Willem from a date in the future: no access yet (no persona; the rule itself)', () => {
    const today = localToday();
    const data = loadDemoResources(DEFAULT_DEMO_DIR, today);
    const ria = data.find((r) => r.id === 'auth-ria-willem');
    const willem = data.find((r) => r.resourceType === 'Patient' && r.id === 'willem');
    const auth = authorizationOf(ria);
    assert.equal(auth.role, 'mentor');
    assert.ok(auth.start > today, 'still in the future after shifting');
    const decision = decide(auth, parseDate(willem.birthDate), today);
    assert.deepEqual(decision, { allowed: false, denial: { kind: 'not-yet-valid', start: auth.start } });
    assert.equal(decide(auth, parseDate(willem.birthDate), auth.start).allowed, true, 'from its first day on');
    // Anja's was revoked; Peter's holds.
    assert.deepEqual(decide(authorizationOf(data.find((r) => r.id === 'auth-anja-willem')), null, today).denial, { kind: 'revoked' });
    assert.equal(decide(authorizationOf(data.find((r) => r.id === 'auth-peter-willem')), parseDate(willem.birthDate), today).allowed, true);
  });

  test('the demo family today: Noah yes, Emma yes (signed), Lucas no (16), Daan yes until 18', () => {
    const today = localToday();
    const data = loadDemoResources(DEFAULT_DEMO_DIR, today);
    const decision = (child) => {
      const rp = data.find((r) => r.id === `auth-sanne-${child}`);
      const patient = data.find((r) => r.resourceType === 'Patient' && r.id === child);
      return decide(authorizationOf(rp), parseDate(patient.birthDate), today);
    };
    assert.equal(decision('noah').allowed, true);
    assert.equal(decision('emma').allowed, true);
    assert.deepEqual(decision('lucas').denial, { kind: 'ended', on: today - 20, reason: 'sixteenth-birthday' });
    assert.deepEqual(decision('daan'), { allowed: true, ends: { on: today + 25, reason: 'eighteenth-birthday' } });
  });

  test('a RelatedPerson becomes an authorization; unknown roles and unreadable periods grant nothing', () => {
    const rp = {
      resourceType: 'RelatedPerson', id: 'auth-sanne-emma', patient: { reference: 'Patient/emma' },
      relationship: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode', code: 'MTH' }, { system: 'https://portal.example.org/fhir/CodeSystem/authorization-role', code: 'parent' }], text: 'Moeder' }],
      period: { start: '2012-05-01' },
      extension: [{ url: 'https://portal.example.org/fhir/StructureDefinition/child-signed', valueBoolean: true }],
    };
    assert.deepEqual(authorizationOf(rp), { role: 'parent', active: true, start: d(2012, 5, 1), end: null, childSigned: true, incapable: false });
    assert.equal(authorizationOf({ resourceType: 'RelatedPerson', relationship: [{ text: 'Buurman' }] }), null);
    const role = [{ coding: [{ system: 'https://portal.example.org/fhir/CodeSystem/authorization-role', code: 'curator' }] }];
    assert.equal(authorizationOf({ resourceType: 'RelatedPerson', relationship: role, period: { end: 'soon' } }), null);
    assert.equal(authorizationOf({ resourceType: 'RelatedPerson', relationship: role, active: 'yes' }), null, 'undecodable');
    assert.equal(authorizationOf({ resourceType: 'RelatedPerson', relationship: [{ coding: [{ system: role[0].coding[0].system, code: 'neighbour' }] }] }), null);
  });

  test('references and whose record a resource is in', () => {
    assert.equal(idOf({ reference: 'Patient/emma' }, 'Patient'), 'emma');
    assert.equal(idOf({ reference: 'https://fhir.example/R4/Patient/emma' }, 'Patient'), 'emma');
    assert.equal(idOf({ reference: 'Patient/emma/_history/3' }, 'Patient'), 'emma');
    assert.equal(idOf({ reference: 'Group/emma' }, 'Patient'), null);
    assert.equal(idOf({ reference: 'emma' }, 'Patient'), null);
    assert.equal(patientOf({ resourceType: 'Patient', id: 'x' }), 'x');
    assert.equal(patientOf({ resourceType: 'Task', for: { reference: 'Patient/y' } }), 'y');
    assert.equal(patientOf({ resourceType: 'Appointment', participant: [{ actor: { reference: 'Location/l' } }, { actor: { reference: 'Patient/z' } }] }), 'z');
    assert.equal(patientOf({ resourceType: 'AuditEvent', entity: [{ what: { reference: 'Patient/w' } }] }), 'w');
    assert.equal(patientOf({ resourceType: 'Observation', subject: { reference: 'Group/g' } }), null);
  });
});

describe('date shifting (ported from src/demo/shift.rs)', () => {
  test('dates and date-times move by whole days', () => {
    assert.equal(shiftText('2026-10-30', 3), '2026-11-02');
    assert.equal(shiftText('2026-12-31T09:30:00+01:00', 1), '2027-01-01T09:30:00+01:00');
    assert.equal(shiftText('2026-01-01T10:00:00.123Z', -1), '2025-12-31T10:00:00.123Z');
    assert.equal(shiftText('2014-06-01', 400), null, 'old portal notes stay');
    assert.equal(shiftText('2026-10-30 is a day', 3), null);
    assert.equal(shiftText('111222333', 3), null);
    assert.equal(shiftText('2026-13-45', 3), null);
  });

  test('birthdays keep their distance to today', () => {
    const reference = d(2026, 11, 1);
    for (const today of [d(2026, 11, 23), d(2028, 3, 15), d(2031, 2, 28)]) {
      const lucas = anchorBirth(d(2010, 10, 12), reference, today);
      assert.equal(birthday(lucas, 16), today - 20, isoDate(today));
      const daan = anchorBirth(d(2008, 11, 26), reference, today);
      assert.equal(birthday(daan, 18), today + 25, isoDate(today));
      assert.equal(age(daan, today), 17);
    }
  });

  test('a bundle is shifted throughout', () => {
    const v = {
      resourceType: 'Bundle',
      entry: [{ resource: { resourceType: 'Appointment', start: '2026-11-05T09:00:00+01:00', birthDate: '2010-10-12', note: [{ time: '2014-01-01' }], id: '2026-11-05x' } }],
    };
    shiftValue(v, d(2026, 11, 1), d(2026, 11, 23));
    const r = v.entry[0].resource;
    assert.equal(r.start, '2026-11-27T09:00:00+01:00');
    assert.equal(r.birthDate, '2010-11-03');
    assert.equal(r.note[0].time, '2014-01-01');
    assert.equal(r.id, '2026-11-05x');
  });
});

describe('a record in the shape real servers send (tests/fixtures/real)', () => {
  test('the transaction bundle is stored with server ids and its urn:uuid references resolved; joris sees it, nobody else does', async () => {
    const joris = await signIn(backend.url, 'joris');
    const claims = JSON.parse(Buffer.from(joris.id_token.split('.')[1], 'base64url').toString());
    assert.match(claims.fhirUser, /^Patient\/[0-9a-f-]{36}$/, 'a server-given id');
    const id = claims.fhirUser.split('/')[1];
    const get = (path, token = joris.access_token) =>
      fetch(`${backend.fhirBase}/${path}`, { headers: { Authorization: `Bearer ${token}` } }).then(async (r) => ({ status: r.status, body: await r.json() }));
    const meds = await get(`MedicationRequest?patient=${id}&_include=MedicationRequest:requester&_count=200`);
    assert.equal(meds.status, 200);
    const requests = meds.body.entry.filter((e) => e.resource.resourceType === 'MedicationRequest').map((e) => e.resource);
    assert.equal(requests.length, 3);
    for (const r of requests) {
      assert.equal(r.subject.reference, `Patient/${id}`);
      assert.doesNotMatch(JSON.stringify(r), /urn:uuid/);
    }
    const kinds = meds.body.entry.filter((e) => e.search?.mode === 'include').map((e) => e.resource.resourceType).sort();
    assert.deepEqual(kinds, ['Organization', 'Practitioner', 'Practitioner'], 'the requesters: two practitioners and a department');
    const products = requests.map((r) => r.medicationReference?.reference).filter(Boolean).map((r) => r.split('/')[1]);
    const found = await get(`Medication?_id=${products.join(',')}`);
    assert.equal(found.status, 200);
    assert.equal(found.body.entry.length, 2, 'the products, fetched in one request');
    const others = await get(`Observation?patient=${id}&category:not=vital-signs&category:not=laboratory&_sort=-date&_count=25&_offset=0`);
    assert.deepEqual(others.body.entry.map((e) => e.resource.code.text ?? e.resource.code.coding[0].display).sort(), [
      'Patient Health Questionnaire 2 item (PHQ-2) total score [Reported]',
      'Six minute walk test',
      'Tobacco smoking status',
      'Zuurstofsaturatie na inspanning',
    ]);
    const refused = await get(`Condition?patient=${id}`, as('sanne'));
    assert.equal(refused.status, 403, 'another person may not see it');
  });
});
