// Taking the record along (issue 18): "Mijn dossier downloaden" on
// Patiëntgegevens collects every section into one FHIR collection Bundle,
// with progress, cancel and a per-section retry. Both modes: the demo
// server and the test backend load the same demo data (public/demo), so
// what the server holds for Emma is public/demo/emma.json in both.
import { readFileSync } from 'node:fs';
import {
  test, expect, signIn, texts, fill, visit, switchToEnglish, lastActivity, at, jump, setSwitch, fhirRequests, expectNoViolations, CONNECTED,
} from './pages.mjs';

const t = texts.nl;
const EXTENSION = 'https://portal.example.org/fhir/StructureDefinition/record-export';
const bundleOf = (name) => JSON.parse(readFileSync(new URL(`../../public/demo/${name}.json`, import.meta.url), 'utf8'));
const keyOf = (r) => `${r.resourceType}/${r.id}`;

/** The downloaded file, parsed, and its suggested name. */
async function download(page, start) {
  const event = page.waitForEvent('download', { timeout: 60_000 });
  await start();
  const file = await event;
  const text = readFileSync(await file.path(), 'utf8');
  return { name: file.suggestedFilename(), bundle: JSON.parse(text) };
}

/** The note of who made the file for whom and what is missing. */
function note(bundle) {
  const ext = bundle.meta.extension.find((e) => e.url === EXTENSION);
  const get = (url) => ext.extension.filter((e) => e.url === url);
  return {
    by: get('madeBy')[0]?.valueString,
    for: get('madeFor')[0]?.valueReference,
    missing: get('missingSection').map((e) => e.valueCode),
  };
}

/** Every patient a resource is or refers to, anywhere in it. */
function patientsOf(r) {
  const found = r.resourceType === 'Patient' ? [`Patient/${r.id}`] : [];
  JSON.stringify(r, (key, value) => {
    if (key === 'reference' && typeof value === 'string' && /(^|\/)Patient\/[^/]+$/.test(value)) {
      found.push(value.slice(value.lastIndexOf('Patient/')));
    }
    return value;
  });
  return found;
}

/** What several patients' records share: who, where, which questionnaire. */
const SHARED = ['HealthcareService', 'Location', 'Organization', 'Practitioner', 'PractitionerRole', 'Questionnaire', 'Medication'];
const ownOf = (resources) => resources.filter((r) => !SHARED.includes(r.resourceType));

const exportSection = (page) => page.getByRole('region', { name: t['export.title'] });
const startEmmas = (page) => exportSection(page).getByRole('button', { name: fill(t['export.start_other'], { name: 'Emma de Vries' }) });

/**
 * Sanne on Emma's Patiëntgegevens, the demo or test server's `switches`
 * set (delay, fail), and Emma's download started; returns the count of
 * downloads the page has offered since.
 */
async function startEmmasDownload(page, switches = {}) {
  await signIn(page, 'sanne');
  await visit(page, '/p/emma/gegevens');
  const downloads = { count: 0 };
  page.on('download', () => (downloads.count += 1));
  for (const [name, value] of Object.entries(switches)) await setSwitch(page, name, value);
  await startEmmas(page).click();
  return downloads;
}

test.describe('downloading the record', () => {
  test('Sanne downloads Emma\'s record: all of Emma\'s records, nothing of anyone else\'s, said who made it for whom', async ({ page }) => {
    await signIn(page, 'sanne');
    await visit(page, '/p/emma/gegevens');
    const start = page.getByRole('button', { name: fill(t['export.start_other'], { name: 'Emma de Vries' }) });
    await expect(start).toBeVisible();
    const { name, bundle } = await download(page, () => start.click());

    expect(name).toMatch(/^dossier-Emma-de-Vries-\d{4}-\d{2}-\d{2}\.json$/);
    expect(bundle.resourceType).toBe('Bundle');
    expect(bundle.type).toBe('collection');
    expect(bundle.identifier.value).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Date.now() - Date.parse(bundle.timestamp)).toBeLessThan(10 * 60_000);
    expect(note(bundle)).toEqual({ by: 'Sanne de Vries', for: { reference: 'Patient/emma', display: 'Emma de Vries' }, missing: [] });

    const resources = bundle.entry.map((e) => e.resource);
    const keys = resources.map(keyOf);
    expect(new Set(keys).size, 'each resource once').toBe(keys.length);
    // Every resource the server holds for Emma, per type, as many as it holds.
    const held = bundleOf('emma').entry.map((e) => e.resource);
    const count = (list) => list.reduce((c, r) => ({ ...c, [r.resourceType]: (c[r.resourceType] ?? 0) + 1 }), {});
    const own = ownOf(resources);
    expect(count(own)).toEqual(count(held));
    expect(own.map(keyOf).sort()).toEqual(held.map(keyOf).sort());
    // Nothing of anyone else: every subject is Emma; what else is there is shared (who, where).
    expect(resources.flatMap(patientsOf).filter((p) => p !== 'Patient/emma')).toEqual([]);
    const shared = [...new Set(resources.filter((r) => !own.includes(r)).map((r) => r.resourceType))].sort();
    expect(shared).toEqual(['HealthcareService', 'Location', 'PractitionerRole', 'Questionnaire']);
    // As the server sent them: Emma's record exactly as the data hold it.
    const patient = resources.find((r) => r.resourceType === 'Patient');
    expect(patient.name).toEqual(held.find((r) => r.resourceType === 'Patient').name);
    if (CONNECTED) {
      expect(bundle.entry.every((e) => e.fullUrl?.endsWith(`/${keyOf(e.resource)}`))).toBe(true);
    }

    // The page says it is done, with the file's name and how much is in it.
    const result = page.getByTestId('export-result');
    await expect(result).toContainText(fill(t['export.saved'], { file: name, count: bundle.entry.length }));
    await expect(result).toBeFocused();
    await expect(page.getByTestId('export-said')).toHaveText(fill(t['export.saved'], { file: name, count: bundle.entry.length }));
    await expect(page.getByTestId('export-overall')).toHaveAttribute('value', '100');
    await expect(exportSection(page).getByRole('progressbar', { name: t['nav.results'] })).toHaveAttribute('value', '1');
    // Nothing of it stays in the browser's storage.
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(stored).not.toContain('Lindeboomgaard');
    expect(stored).not.toContain('DocumentReference');
    await expectNoViolations(page, 'patient data after a download');
  });

  test('Sanne\'s own record: "Mijn dossier downloaden", with her own records only', async ({ page }) => {
    await signIn(page, 'sanne');
    await visit(page, '/p/sanne/gegevens');
    const { name, bundle } = await download(page, () => page.getByRole('button', { name: t['export.start_own'] }).click());
    expect(name).toMatch(/^dossier-Sanne-de-Vries-/);
    expect(note(bundle).for.reference).toBe('Patient/sanne');
    const held = bundleOf('sanne').entry.map((e) => keyOf(e.resource)).sort();
    const resources = bundle.entry.map((e) => e.resource);
    expect(ownOf(resources).map(keyOf).sort()).toEqual(held);
    expect(resources.flatMap(patientsOf).filter((p) => p !== 'Patient/sanne')).toEqual([]);
  });

  test('the progress shows per section and overall, said at quarters; "Annuleren" stops every request and keeps nothing', async ({ page }) => {
    const downloads = await startEmmasDownload(page, { delay: '300' });
    const cancel = page.getByRole('button', { name: t['export.cancel'] });
    await expect(cancel).toBeFocused();
    await expect(exportSection(page)).toContainText(t['export.stay']);
    // First the sections are counted: the whole bar says so, without a value.
    await expect(page.getByTestId('export-percent')).toHaveText(t['export.counting']);
    expect(await page.getByTestId('export-overall').getAttribute('value')).toBeNull();
    // A bar per section, named by it, and the whole.
    const bars = exportSection(page).getByRole('progressbar');
    await expect(bars).toHaveCount(16);
    await expect(exportSection(page).getByRole('progressbar', { name: t['export.overall'] })).toBeVisible();
    const patientRow = page.locator('[data-testid=export-row][data-section=patient]');
    await expect(patientRow).toContainText(fill(t['export.step.done'], { count: 1 }));
    await expect(page.getByTestId('export-said')).toHaveText(fill(t['export.said'], { percent: 25 }), { timeout: 20_000 });
    const overall = Number(await page.getByTestId('export-overall').getAttribute('value'));
    expect(overall).toBeGreaterThanOrEqual(25);
    expect(overall).toBeLessThan(100);

    await cancel.click();
    const sent = await fhirRequests(page);
    await expect(page.getByTestId('export-result')).toHaveText(t['export.cancelled']);
    await expect(page.getByTestId('export-result')).toBeFocused();
    await expect(bars).toHaveCount(0);
    // Long enough for the collecting to have gone on, had it not stopped.
    await page.waitForTimeout(1500);
    expect(await fhirRequests(page), 'no request after "Annuleren"').toBe(sent);
    expect(downloads.count).toBe(0);
    // And it can start again.
    await setSwitch(page, 'delay', null);
    const { bundle } = await download(page, () => startEmmas(page).click());
    expect(bundle.entry.length).toBeGreaterThan(150);
    expect(downloads.count).toBe(1);
  });

  test('a section that fails is named, tried again on its own, and the file then holds it', async ({ page }) => {
    await startEmmasDownload(page, { fail: 'search:AllergyIntolerance' });
    const result = page.getByTestId('export-result');
    await expect(result.getByRole('heading', { name: t['export.failed_title'] })).toBeVisible({ timeout: 30_000 });
    await expect(result).toBeFocused();
    await expect(result.getByTestId('export-failed')).toHaveCount(1);
    await expect(result.getByTestId('export-failed')).toContainText(`${t['nav.allergies']}: ${t['error.server']}`);
    await expect(page.getByTestId('export-said')).toHaveText(fill(t['export.failed_said'], { sections: t['nav.allergies'] }));
    await expect(page.locator('[data-testid=export-row][data-section=allergies]')).toContainText(t['export.step.failed']);
    const emma = bundleOf('emma').entry.map((e) => e.resource);
    const results = emma.filter((r) => r.resourceType === 'DiagnosticReport' || (r.resourceType === 'Observation'
      && !r.category?.some((c) => c.coding?.some((x) => x.code === 'vital-signs'))));
    await expect(page.locator('[data-testid=export-row][data-section=results]')).toContainText(fill(t['export.step.done'], { count: results.length }));
    await expectNoViolations(page, 'a failed section');

    await setSwitch(page, 'fail', null);
    const requestsBefore = await fhirRequests(page);
    const { bundle } = await download(page, () =>
      result.getByRole('button', { name: `${t.retry} (${t['nav.allergies']})` }).click());
    expect(await fhirRequests(page) - requestsBefore, 'only the allergies counted and asked again').toBe(2);
    expect(note(bundle).missing).toEqual([]);
    expect(bundle.entry.filter((e) => e.resource.resourceType === 'AllergyIntolerance')).toHaveLength(1);
    expect(bundle.entry.filter((e) => e.resource.resourceType === 'Observation')).toHaveLength(94);
  });

  test('or the file is made without it, and says what is missing', async ({ page }) => {
    await startEmmasDownload(page, { fail: 'search:Immunization' });
    const without = page.getByRole('button', { name: fill(t['export.without'], { sections: t['nav.vaccinations'] }) });
    const { bundle } = await download(page, () => without.click());
    expect(note(bundle).missing).toEqual(['vaccinations']);
    expect(bundle.entry.filter((e) => e.resource.resourceType === 'Immunization')).toEqual([]);
    expect(bundle.entry.filter((e) => e.resource.resourceType === 'Goal')).toHaveLength(5);
  });

  test('switching patient while collecting stops it: no more requests, no file', async ({ page }) => {
    const downloads = await startEmmasDownload(page, { delay: '300' });
    await expect(page.locator('[data-testid=export-row][data-section=patient]')).toContainText(fill(t['export.step.done'], { count: 1 }));
    // Noah, from the bar (each answer still takes 300 ms: were the
    // collecting not stopped, its requests would go on one by one).
    await page.locator('nav.patient-bar').getByRole('link', { name: 'Noah de Vries', exact: true }).click();
    // The bar keeps the section: Noah's Patiëntgegevens, with nothing of Emma's download.
    await expect(page).toHaveURL(/\/p\/noah\/gegevens$/);
    await expect(exportSection(page).getByRole('button', { name: fill(t['export.start_other'], { name: 'Noah de Vries' }) })).toBeVisible();
    await expect(exportSection(page).getByRole('progressbar')).toHaveCount(0);
    // Noah's page has loaded what it shows.
    await expect(page.getByRole('table')).toContainText('Sanne de Vries');
    await page.waitForLoadState('networkidle');
    const sent = await fhirRequests(page);
    await page.waitForTimeout(1500);
    expect(await fhirRequests(page)).toBe(sent);
    expect(downloads.count).toBe(0);
  });

  test('an idle sign-out while collecting stops it: no more requests, no file, nothing kept', async ({ page }) => {
    await page.clock.install();
    const downloads = await startEmmasDownload(page, { delay: '300' });
    await expect(page.locator('[data-testid=export-row][data-section=patient]')).toContainText(fill(t['export.step.done'], { count: 1 }));
    // Collecting is not something the person does: the idle time runs on.
    const t0 = await lastActivity(page);
    await jump(page, at(t0, 15, 1));
    await expect(page).toHaveURL(/\/uitgelogd\?reden=idle$/);
    await page.clock.resume();
    await page.waitForLoadState('networkidle');
    const sent = await fhirRequests(page);
    await page.waitForTimeout(1500);
    expect(await fhirRequests(page)).toBe(sent);
    expect(downloads.count).toBe(0);
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(stored).not.toContain('Emma');
  });

  test('in English, the download speaks English', async ({ page }) => {
    await signIn(page, 'sanne');
    await visit(page, '/p/emma/gegevens');
    await switchToEnglish(page);
    const region = page.getByRole('region', { name: texts.en['export.title'] });
    await expect(region).toContainText(texts.en['export.intro']);
    const { name, bundle } = await download(page, () =>
      region.getByRole('button', { name: fill(texts.en['export.start_other'], { name: 'Emma de Vries' }) }).click());
    await expect(page.getByTestId('export-result')).toHaveText(fill(texts.en['export.saved'], { file: name, count: bundle.entry.length }));
    expect(note(bundle).by).toBe('Sanne de Vries');
  });
});
