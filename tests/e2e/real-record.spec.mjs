// A record the portal did not shape (issue 17): tests/fixtures/real holds a
// transaction bundle as real servers receive it (urn:uuid references,
// Practitioner requesters, structured dosage, survey observations,
// attachments, a Patient without a name). The test backend posts it as a
// transaction, so the server gives the ids; these tests walk every section
// of it as Joris Smit.
import { readFileSync } from 'node:fs';
import { test, expect, signIn, texts, menu, CONNECTED, expectNoViolations } from './pages.mjs';

const t = texts.nl;
const seen = { useInnerText: true };
const bundle = JSON.parse(readFileSync(new URL('../fixtures/real/transaction-joris.json', import.meta.url), 'utf8'));
const resources = bundle.entry.map((e) => e.resource);
const named = (r) => r.code?.text ?? r.code?.coding?.[0]?.display;

test.describe('a record as real servers send it', () => {
  test.skip(!CONNECTED, 'the record is a transaction bundle loaded into the test backend (connected mode); the demo server holds the demo personas only');

  test.beforeEach(async ({ page }) => {
    await signIn(page, 'joris');
  });

  test('Home: the name comes from the sign-in where the record has none, and the card says the name is unknown', async ({ page }) => {
    await expect(page.getByTestId('own-name')).toHaveText('Joris Smit');
    await expect(page.getByTestId('patient-card')).toContainText(`${t['field.name']}\n${t.unknown_name}`, seen);
    // The page names whose record it is by the name the sign-in gave.
    await expect(page).toHaveTitle(/^Home – Joris Smit – /);
  });

  test('every section opens without an error', async ({ page }) => {
    const sections = await menu(page).getByRole('link').all();
    const names = [];
    for (const link of sections) names.push((await link.innerText()).trim());
    for (const name of names) {
      await menu(page).getByRole('link', { name, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByText(t.loading)).toHaveCount(0);
      await expect(page.getByTestId('section-unavailable')).toHaveCount(0);
      await expect(page.getByRole('alert').filter({ hasText: /kon niet|niet gelezen|could not/i })).toHaveCount(0);
    }
    expect(names.length).toBeGreaterThanOrEqual(16);
  });

  test('medicines: named through a fetched Medication, dosage in words, the specialism from a qualification or department, never a degree', async ({ page }) => {
    await menu(page).getByRole('link', { name: t['nav.medicines'] }).click();
    const current = page.getByTestId('medicines-current');
    const tiotropium = current.getByRole('row').filter({ hasText: 'Tiotropium inhalatiepoeder 18 microgram' });
    await expect(tiotropium).toContainText('Longarts');
    await expect(tiotropium).toContainText('1 keer per dag 1 inhalatie');
    await expect(tiotropium.getByRole('link', { name: /Herhaalrecept/ })).toBeVisible();
    await page.getByRole('link', { name: t['medicines.tab_stopped'] }).click();
    const stopped = page.getByTestId('medicines-stopped');
    const amoxicillin = stopped.getByRole('row').filter({ hasText: 'Amoxicillin 500 MG Oral Capsule' });
    await expect(amoxicillin).not.toContainText('MD');
    await expect(amoxicillin).not.toContainText('Doctor of Medicine');
    await expect(stopped.getByRole('row').filter({ hasText: 'Prednisolon tablet 30 mg' })).toContainText('Longziekten');
    await expectNoViolations(page, 'medicines of a real-shaped record');
  });

  test('every observation the server holds is on a page: measurements, a report, or the other results', async ({ page }) => {
    const shown = [];
    await page.goto(page.url().replace(/\/p\/([^/]+).*$/, '/p/$1/metingen'));
    await expect(page.getByRole('heading', { level: 1, name: t['measurements.title'] })).toBeVisible();
    await expect(page.getByText(t.loading)).toHaveCount(0);
    shown.push(await page.locator('main').innerText());
    await page.goto(page.url().replace(/\/metingen$/, '/uitslagen'));
    await expect(page.getByTestId('result-group').first()).toBeVisible();
    shown.push(await page.locator('main').innerText());
    await page.getByRole('link', { name: t['results.tab_other'] }).click();
    await expect(page.getByTestId('result-group').first()).toBeVisible();
    shown.push(await page.locator('main').innerText());
    const all = shown.join('\n');
    const observations = resources.filter((r) => r.resourceType === 'Observation');
    expect(observations.length).toBe(9);
    for (const o of observations) {
      // A measurement is shown by its kind (the blood pressure panel as
      // "Bloeddruk"), everything else by its name as written.
      if (o.category?.[0]?.coding?.[0]?.code === 'vital-signs') continue;
      expect(all, `observation "${named(o)}"`).toContain(named(o));
    }
    expect(all).toContain('Gestopt met roken');
    expect(all).toContain('410 m');
  });

  test('problems, allergies and vaccinations read in words', async ({ page }) => {
    await menu(page).getByRole('link', { name: t['nav.problems'] }).click();
    const copd = page.getByTestId('problems-current').getByRole('row').filter({ hasText: 'COPD GOLD 2' });
    await expect(copd).toContainText('Mira Haddou (Longarts)');
    await expect(page.getByTestId('problems-earlier')).toContainText('Longontsteking');
    await menu(page).getByRole('link', { name: t['nav.allergies'] }).click();
    const peanut = page.getByTestId('allergy').first();
    await expect(peanut.getByTestId('allergy-high')).toBeVisible();
    await expect(peanut).toContainText('in de kindertijd');
    await expect(peanut).toContainText(`Anafylaxie (${t['allergies.severity_severe']})`, seen);
    await menu(page).getByRole('link', { name: t['nav.vaccinations'] }).click();
    const rows = page.getByTestId('vaccinations').getByRole('rowgroup').last().getByRole('row');
    await expect(rows).toHaveCount(3);
    await expect(rows.filter({ hasText: 'COVID-19-vaccin' })).toContainText('Niet gegeven: patient objection', seen);
    await expect(rows.filter({ hasText: 'Griepvaccin' })).toContainText('Ziekenhuis Noordrand');
  });

  test('a message with a photo, a file elsewhere and a result it points to', async ({ page }) => {
    await menu(page).getByRole('link', { name: t['nav.econsult'] }).click();
    await page.getByRole('link', { name: 'Plek op mijn arm' }).first().click();
    const answer = page.getByTestId('thread-message').filter({ hasText: 'onderhuidse bloeding' });
    const files = answer.getByTestId('message-attachments');
    const photo = files.getByTestId('attachment').filter({ hasText: 'Foto plek onderarm' });
    await expect(photo).toContainText(/afbeelding · \d+ bytes/, seen);
    await photo.getByRole('button', { name: `${t['attachment.show']}: Foto plek onderarm` }).click();
    await expect(photo.getByRole('img', { name: 'Foto plek onderarm' })).toBeVisible();
    const folder = files.getByTestId('attachment').filter({ hasText: 'Folder onderhuidse bloeding' });
    await expect(folder).toContainText('PDF-document · 179 kB', seen);
    await expect(folder.getByRole('link', { name: t['attachment.open'] })).toHaveAttribute('href', 'https://www.example.org/folders/onderhuidse-bloeding.pdf');
    await expectNoViolations(page, 'a message with attachments (real-shaped)');
    await files.getByRole('link', { name: 'CRP-uitslag van 14 oktober 2026' }).click();
    await expect(page).toHaveURL(/\/uitslagen\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('main')).toContainText('C reactive protein');
  });

  test('the downloaded record holds every resource the transaction stored for Joris, under the server\'s ids, with the medicines\' Medications', async ({ page }) => {
    await page.goto('/p/' + new URL(page.url()).pathname.split('/')[2] + '/gegevens');
    const event = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: t['export.start_own'] }).click();
    const file = await event;
    expect(file.suggestedFilename()).toMatch(/^dossier-Joris-Smit-\d{4}-\d{2}-\d{2}\.json$/);
    const got = JSON.parse(readFileSync(await file.path(), 'utf8'));
    const count = (list) => list.reduce((c, r) => ({ ...c, [r.resourceType]: (c[r.resourceType] ?? 0) + 1 }), {});
    const sent = count(resources);
    const held = count(got.entry.map((e) => e.resource));
    for (const kind of ['Patient', 'MedicationRequest', 'Medication', 'Observation', 'DiagnosticReport', 'Condition',
      'AllergyIntolerance', 'Immunization', 'Goal', 'DocumentReference', 'Appointment', 'Communication']) {
      expect(held[kind], kind).toBe(sent[kind]);
    }
    // The server resolved the transaction's urn:uuid references; the file keeps what it stored.
    const text = JSON.stringify(got.entry.map((e) => e.resource));
    expect(text).not.toContain('urn:uuid:');
    expect(got.entry.every((e) => /^https?:\/\//.test(e.fullUrl))).toBe(true);
  });

  test('the summary gives the structured dosage in words and the high-risk allergy first', async ({ page }) => {
    await page.goto('/p/' + new URL(page.url()).pathname.split('/')[2] + '/samenvatting');
    await expect(page.getByTestId('summary-medicines')).toContainText('1 keer per dag 1 inhalatie');
    const first = page.getByTestId('summary-allergies').getByRole('row').nth(1);
    await expect(first).toContainText(t['allergies.risk_high']);
    await expect(page.getByTestId('summary-made')).toContainText('Joris Smit');
    await expect(page.getByTestId('summary-part-failed')).toHaveCount(0);
    await expectNoViolations(page, 'the summary of a real-shaped record');
  });
});
