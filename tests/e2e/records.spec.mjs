// Questionnaires and diaries, patient data, information, and who looked at
// the record with the GP objection: what the screen shows and what the
// (demo) server received, as a parent acting for a child.
import { test, expect } from './pages.mjs';
import { signIn, texts, fill, expectNoViolations, expectPagesHaveNoViolations, received, setSwitch, writeRequests, menu } from './pages.mjs';

const t = texts.nl;

/** A radio group (a question with choices) by its question text. */
const question = (page, text) => page.getByRole('group', { name: text });
const answer = (page, questionText, option) =>
  question(page, questionText).getByRole('radio', { name: option, exact: true });

const WHO = 'Wie vult deze vragenlijst in?';
const SPORT = 'Had je moeite met sporten of buitenspelen?';
const PAIN = 'Had je pijn?';
const TIRED = 'Was je moe?';
const TALK = 'Wil je iets bespreken met je arts of verpleegkundige?';
const TOPIC = 'Waarover wil je praten?';
const MISSED = 'Hoeveel schooldagen heb je gemist in de afgelopen vier weken?';

test.describe('questionnaires', () => {
  test.beforeEach(async ({ page }) => { await signIn(page, 'sanne'); });

  test('Sanne answers Emma\'s questionnaire: required and conditional questions, a draft kept on the server after a reload, then sent and read-only', async ({ page }) => {
    await page.goto('/p/emma');
    await menu(page).getByRole('link', { name: t['nav.questionnaires'] }).click();
    await expect(page.getByRole('heading', { level: 1, name: t['questionnaires.title'] })).toBeVisible();
    const open = page.getByTestId('questionnaires-open');
    await expect(open.getByRole('row').filter({ hasText: 'Vragenlijst kwaliteit van leven (kind)' }))
      .toContainText(t['questionnaires.not.started']);
    await open.getByRole('link', { name: `${t['questionnaires.fill']}: Vragenlijst kwaliteit van leven (kind)` }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Vragenlijst kwaliteit van leven (kind)' })).toBeVisible();
    await expect(page.getByTestId('questionnaire-idle')).toHaveText(fill(t['questionnaire.idle'], { minutes: '15' }));

    // Sending with required questions open: each says so, focus on the first.
    await page.getByRole('button', { name: t['questionnaire.send'], exact: true }).click();
    await expect(page.getByText(t['questionnaire.error.required'])).toHaveCount(4);
    await expect(answer(page, WHO, 'Het kind zelf')).toBeFocused();
    expect(await writeRequests(page)).toBe(0);

    // The follow-up question shows only after "Ja".
    await expect(page.getByLabel(TOPIC)).toBeHidden();
    await answer(page, TALK, 'Ja').check();
    await expect(page.getByLabel(TOPIC)).toBeVisible();
    await answer(page, TALK, 'Nee').check();
    await expect(page.getByLabel(TOPIC)).toBeHidden();

    // A number that is not a number blocks even a draft.
    await answer(page, WHO, 'Een ouder').check();
    await answer(page, SPORT, 'Soms').check();
    await page.getByLabel(MISSED).fill('twee');
    await page.getByRole('button', { name: t['questionnaire.save'], exact: true }).click();
    await expect(page.getByText(t['questionnaire.error.whole'])).toBeVisible();
    await expect(page.getByLabel(MISSED)).toBeFocused();
    await page.getByLabel(MISSED).fill('2');
    await page.getByRole('button', { name: t['questionnaire.save'], exact: true }).click();
    await expect(page.getByTestId('draft-saved')).toContainText(t['questionnaire.draft.saved'].split(' (')[0]);
    let stored = (await received(page)).filter((r) => r.resourceType === 'QuestionnaireResponse');
    expect(stored).toHaveLength(1);
    expect(stored[0].id).toBe('emma-qr-3');
    expect(stored[0].status).toBe('in-progress');
    expect(stored[0].subject.reference).toBe('Patient/emma');
    expect(stored[0].author).toEqual({ reference: 'RelatedPerson/auth-sanne-emma', display: 'Sanne de Vries' });
    const items = JSON.stringify(stored[0].item);
    expect(items).toContain('"linkId":"ingevuld-door"');
    expect(items).toContain('"valueInteger":2');

    // Left and resumed: after a reload nothing is in memory, the draft comes from the server.
    await page.reload();
    await expect(answer(page, WHO, 'Een ouder')).toBeChecked();
    await expect(answer(page, SPORT, 'Soms')).toBeChecked();
    await expect(page.getByLabel(MISSED)).toHaveValue('2');
    await page.goto('/p/emma/vragenlijsten');
    await expect(page.getByTestId('questionnaires-open').getByRole('row').filter({ hasText: 'kwaliteit van leven' }))
      .toContainText('Concept, opgeslagen op');
    await page.getByRole('link', { name: `${t['questionnaires.resume']}: Vragenlijst kwaliteit van leven (kind)` }).click();

    // A follow-up answered and then made irrelevant is not sent.
    await answer(page, PAIN, 'Nooit').check();
    await answer(page, TIRED, 'Vaak').check();
    await answer(page, TALK, 'Ja').check();
    await page.getByLabel(TOPIC).fill('Slapen');
    await answer(page, TALK, 'Nee').check();
    await page.getByRole('button', { name: t['questionnaire.send'], exact: true }).click();
    await expect(page).toHaveURL(/\/p\/emma\/vragenlijsten\?verstuurd=vragenlijst$/);
    await expect(page.getByTestId('sent-confirmation')).toHaveText(t['questionnaires.sent']);
    stored = (await received(page)).filter((r) => r.resourceType === 'QuestionnaireResponse');
    const sent = stored[stored.length - 1];
    expect(sent.status).toBe('completed');
    expect(sent.author.reference).toBe('RelatedPerson/auth-sanne-emma');
    expect(JSON.stringify(sent.item)).not.toContain('gevoel-onderwerp');
    expect(JSON.stringify(sent.item)).toContain('"linkId":"lichaam-moe"');

    // Sent: in the list with who filled it in, open read-only.
    await expect(page.getByTestId('questionnaires-open')).toHaveText(t['questionnaires.open.none']);
    const row = page.getByTestId('questionnaires-sent').getByRole('row').filter({ hasText: 'kwaliteit van leven' });
    await expect(row).toContainText('Sanne de Vries');
    await row.getByRole('link').click();
    await expect(page.getByTestId('questionnaire-readonly')).toContainText('door Sanne de Vries');
    await expect(page.getByText('Een ouder')).toBeVisible();
    await expect(page.getByRole('radio')).toHaveCount(0);
    await expect(page.getByRole('button', { name: t['questionnaire.send'] })).toHaveCount(0);
  });

  test('a failed save keeps the answers and a retry saves them', async ({ page }) => {
    await page.goto('/p/emma/vragenlijsten/emma-qr-3');
    await answer(page, WHO, 'Het kind zelf').check();
    await setSwitch(page, 'fail', 'writes');
    await page.getByRole('button', { name: t['questionnaire.save'], exact: true }).click();
    await expect(page.getByTestId('send-failed')).toContainText(t['send.kept']);
    await expect(answer(page, WHO, 'Het kind zelf')).toBeChecked();
    await setSwitch(page, 'fail', null);
    await page.getByTestId('send-failed').getByRole('button').click();
    await expect(page.getByTestId('draft-saved')).not.toBeEmpty();
    const stored = (await received(page)).filter((r) => r.resourceType === 'QuestionnaireResponse');
    expect(stored).toHaveLength(1);
  });

  test('a sent questionnaire shows its answers and no form', async ({ page }) => {
    await page.goto('/p/emma/vragenlijsten');
    await page.getByTestId('questionnaires-sent').getByRole('link').last().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Eczeemvragenlijst' })).toBeVisible();
    await expect(page.getByTestId('questionnaire-readonly')).toContainText('door Emma de Vries');
    await expect(page.getByText('Op hoeveel dagen had je jeuk door het eczeem?')).toBeVisible();
    await expect(page.getByRole('definition').first()).toHaveText('3–4 dagen');
    await expect(page.getByRole('textbox')).toHaveCount(0);
  });

  test('Daan\'s seizure diary takes a new dated entry', async ({ page }) => {
    await page.goto('/p/daan/vragenlijsten');
    await page.getByTestId('questionnaires-diaries').getByRole('link', { name: `${t['questionnaires.diary.open']}: Aanvalsdagboek epilepsie` }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Aanvalsdagboek epilepsie' })).toBeVisible();
    const entries = page.getByTestId('diary-entries');
    await expect(entries.locator('tbody tr')).toHaveCount(5);
    // The date starts at today; the count is required.
    await expect(page.getByLabel('Datum')).not.toHaveValue('');
    await page.getByLabel('Datum').fill('2026-11-20');
    await page.getByRole('button', { name: t['diary.save'], exact: true }).click();
    await expect(page.getByText(t['questionnaire.error.required'])).toHaveCount(1);
    await expect(page.getByLabel('Aantal aanvallen op deze dag')).toBeFocused();
    await page.getByLabel('Aantal aanvallen op deze dag').fill('3');
    await answer(page, 'Soort aanval', 'Verstijven en schokken').check();
    await page.getByLabel('Bijzonderheden (koorts, weinig slaap, medicijn vergeten)').fill('Koorts, 38,5');
    await page.getByRole('button', { name: t['diary.save'], exact: true }).click();
    await expect(page.getByTestId('sent-confirmation')).toHaveText(t['diary.saved']);
    await expect(entries.locator('tbody tr')).toHaveCount(6);
    await expect(entries.locator('tbody tr').first()).toContainText('20 november 2026');
    await expect(entries.locator('tbody tr').first()).toContainText('Koorts, 38,5');
    const stored = (await received(page)).filter((r) => r.resourceType === 'QuestionnaireResponse');
    expect(stored).toHaveLength(1);
    expect(stored[0].questionnaire).toBe('Questionnaire/q-aanvalsdagboek');
    expect(stored[0].status).toBe('completed');
    expect(stored[0].subject.reference).toBe('Patient/daan');
    expect(stored[0].author.reference).toBe('RelatedPerson/auth-sanne-daan');
    expect(stored[0].identifier.value).toBeTruthy();
    // The form is empty again for the next entry.
    await expect(page.getByLabel('Aantal aanvallen op deze dag')).toHaveValue('');
  });
});

test.describe('patient data', () => {
  test('Emma\'s data as her mother sees it: masked BSN, GP, pharmacy, who is authorized until when, how to change it', async ({ page }) => {
    await signIn(page, 'sanne');
    await page.goto('/p/emma');
    await menu(page).getByRole('link', { name: t['nav.patient.data'] }).click();
    const details = page.getByTestId('patient-details');
    await expect(details).toContainText('Emma de Vries');
    await expect(page.getByTestId('patient-bsn')).toHaveText('******607');
    await expect(details).not.toContainText('274193607');
    await expect(details).toContainText('Lindeboomgaard 12');
    await expect(details).toContainText('06-00 12 34 07');
    await expect(details).toContainText('emma.devries@example.nl');
    await expect(details).toContainText('Huisartsenpraktijk Oudegracht');
    await expect(details).toContainText('Apotheek Lombok');
    const sanne = page.getByTestId('patient-authorized').getByRole('row').filter({ hasText: 'Sanne de Vries' });
    await expect(sanne).toContainText('Moeder');
    await expect(sanne).toContainText(/Sinds \d+ \w+ 2024, tot Emma 16 wordt \(\d+ \w+ 2028\)/);
    await expect(page.getByTestId('patient-revoke')).toContainText('aan de balie');
    await expect(page.getByTestId('patient-revoke')).toContainText('DigiD Machtigen');
    await page.getByTestId('patient-report').click();
    await expect(page.getByRole('heading', { level: 1, name: t['econsult.new_title'] })).toBeVisible();
    await expect(page.getByLabel(t['econsult.topic'], { exact: false })).toHaveValue(t['patient.report.subject']);
  });

  test('a curator sees every authorization for Willem: current, revoked with its reason, and one still to start', async ({ page }) => {
    await signIn(page, 'peter');
    await page.goto('/p/willem/gegevens');
    const table = page.getByTestId('patient-authorized');
    await expect(table.getByRole('row').filter({ hasText: 'Peter Jansen' })).toContainText(/Sinds \d+ \w+ 2021$/);
    await expect(table.getByRole('row').filter({ hasText: 'Anja Bakker' })).toContainText('Ingetrokken. Machtiging ingetrokken: sinds de curatele');
    await expect(table.getByRole('row').filter({ hasText: 'Ria Smit' })).toContainText(/Geldig vanaf \d+ \w+ 2027/);
    await expect(page.getByTestId('patient-revoke')).toHaveText(t['patient.revoke.adult']);
  });
});

test.describe('who looked at my record', () => {
  test('Sanne blocks and unblocks GP access for Emma, confirming each, with the access log in view', async ({ page }) => {
    await signIn(page, 'sanne');
    await page.goto('/p/emma');
    await menu(page).getByRole('link', { name: t['nav.access.log'] }).click();
    await expect(page.getByRole('heading', { level: 1, name: t['access.log.title'] })).toBeVisible();
    const log = page.getByTestId('access-log');
    await expect(log.locator('tbody tr')).toHaveCount(6);
    await expect(log.locator('tbody tr').last()).toContainText('Dr. G. Hendriks (huisarts)');
    await expect(log.locator('tbody tr').last()).toContainText('Brief: Brief aan huisarts na jaarcontrole eczeem');
    const gp = 'Huisartsenpraktijk Oudegracht';
    await expect(page.getByTestId('gp-state')).toHaveText(fill(t['gp.state.open'], { gp }));

    // Cancelled: nothing sent.
    await page.getByRole('button', { name: t['gp.block'], exact: true }).click();
    await expect(page.getByTestId('gp-question')).toHaveText(fill(t['gp.block.question'], { gp }));
    await expect(page.getByTestId('gp-question')).toBeFocused();
    await page.getByRole('button', { name: t['gp.cancel'] }).click();
    await expect(page.getByTestId('gp-question')).toBeHidden();
    expect(await writeRequests(page)).toBe(0);

    // Blocked after confirming.
    await page.getByRole('button', { name: t['gp.block'], exact: true }).click();
    await page.getByRole('button', { name: t['gp.block.confirm'] }).click();
    await expect(page.getByTestId('gp-changed')).toHaveText(t['gp.blocked']);
    await expect(page.getByTestId('gp-state')).toContainText('kunnen dit dossier niet inzien');
    let consents = (await received(page)).filter((r) => r.resourceType === 'Consent');
    expect(consents).toHaveLength(1);
    expect(consents[0].status).toBe('active');
    expect(consents[0].patient.reference).toBe('Patient/emma');
    expect(consents[0].performer[0]).toEqual({ reference: 'RelatedPerson/auth-sanne-emma', display: 'Sanne de Vries' });
    expect(consents[0].provision.type).toBe('deny');
    expect(consents[0].provision.actor[0].reference.reference).toBe('Organization/org-gp-oudegracht');
    await expect(page.getByTestId('access-log').locator('tbody tr')).toHaveCount(6);

    // Still blocked after a reload; withdrawn after confirming.
    await page.reload();
    await expect(page.getByTestId('gp-state')).toContainText('kunnen dit dossier niet inzien');
    await page.getByRole('button', { name: t['gp.withdraw'], exact: true }).click();
    await expect(page.getByTestId('gp-question')).toHaveText(fill(t['gp.withdraw.question'], { gp }));
    await page.getByRole('button', { name: t['gp.withdraw.confirm'] }).click();
    await expect(page.getByTestId('gp-changed')).toHaveText(t['gp.withdrawn']);
    await expect(page.getByTestId('gp-state')).toHaveText(fill(t['gp.state.open'], { gp }));
    // The same Consent, updated (the demo journal keeps its latest version).
    const objection = consents[0].id;
    consents = (await received(page)).filter((r) => r.resourceType === 'Consent');
    expect(consents).toHaveLength(1);
    expect(consents[0].id).toBe(objection);
    expect(consents[0].status).toBe('inactive');
    expect(consents[0].performer[0].reference).toBe('RelatedPerson/auth-sanne-emma');
    expect(consents[0].provision.period.end).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await writeRequests(page)).toBe(2);
  });

  test('a failed objection says so and changes nothing', async ({ page }) => {
    await signIn(page, 'sanne');
    await page.goto('/p/emma/inzage');
    await setSwitch(page, 'fail', 'writes');
    await page.getByRole('button', { name: t['gp.block'], exact: true }).click();
    await page.getByRole('button', { name: t['gp.block.confirm'] }).click();
    await expect(page.getByTestId('send-failed')).toBeVisible();
    await expect(page.getByTestId('gp-state')).toContainText(fill(t['gp.state.open'], { gp: 'Huisartsenpraktijk Oudegracht' }));
    expect((await received(page)).filter((r) => r.resourceType === 'Consent')).toHaveLength(0);
  });
});

test.describe('information', () => {
  test('reachable before signing in: contents, FAQ, contacts from config', async ({ page }) => {
    await page.goto('/inloggen');
    await page.getByTestId('signin-information').click();
    await expect(page.getByRole('heading', { level: 1, name: t['info.title'] })).toBeVisible();
    const contents = page.getByRole('navigation', { name: t['info.toc_label'] });
    await contents.getByRole('link', { name: t['info.terms.title'] }).click();
    await expect(page.getByRole('heading', { level: 2, name: t['info.terms.title'] })).toBeFocused();
    const faq = page.getByText(t['info.faq.need_q']);
    await faq.click();
    await expect(page.getByText(t['info.faq.need_a'])).toBeVisible();
    const helpdesk = page.getByRole('link', { name: '088 123 45 90' }).first();
    await expect(helpdesk).toHaveAttribute('href', 'tel:0881234590');
    await expect(page.getByRole('link', { name: 'portaal@ziekenhuis-delinde.example' }))
      .toHaveAttribute('href', 'mailto:portaal@ziekenhuis-delinde.example');
  });

  test('in the portal it is a section of the menu', async ({ page }) => {
    await signIn(page, 'sanne');
    await page.goto('/p/emma');
    await menu(page).getByRole('link', { name: t['info.title'] }).click();
    await expect(page.getByRole('heading', { level: 1, name: t['info.title'] })).toBeVisible();
    await expect(page.getByText(fill(t['info.how.idle'], { minutes: '15' }))).toBeVisible();
  });
});

for (const lang of ['nl', 'en']) {
  test(`axe: questionnaires, diary, patient data, access log and information have no violations (${lang})`, async ({ page }) => {
    await page.addInitScript((l) => {
      try { localStorage.setItem('portal.lang', l); } catch { /* about:blank */ }
    }, lang);
    await signIn(page, 'sanne', { lang });
    const tt = texts[lang];
    await expectPagesHaveNoViolations(page, lang, [
      ['/p/emma/vragenlijsten', tt['questionnaires.title']],
      ['/p/emma/vragenlijsten/emma-qr-3', 'Vragenlijst kwaliteit van leven (kind)'],
      ['/p/emma/vragenlijsten/emma-qr-1', 'Eczeemvragenlijst'],
      ['/p/daan/vragenlijsten/dagboek/q-aanvalsdagboek', 'Aanvalsdagboek epilepsie'],
      ['/p/emma/gegevens', tt['patient.title']],
      ['/p/emma/inzage', tt['access.log.title']],
      ['/p/emma/informatie', tt['info.title']],
    ]);
    // The questionnaire with its errors, and the objection's confirmation.
    await page.goto('/p/emma/vragenlijsten/emma-qr-3');
    await page.getByRole('button', { name: tt['questionnaire.send'], exact: true }).click();
    await expect(page.getByText(tt['questionnaire.error.required']).first()).toBeVisible();
    await expectNoViolations(page, `questionnaire with errors (${lang})`);
    await page.goto('/p/emma/inzage');
    await page.getByRole('button', { name: tt['gp.block'], exact: true }).click();
    await expect(page.getByTestId('gp-question')).toBeVisible();
    await expectNoViolations(page, `GP objection confirmation (${lang})`);
  });

  test(`axe: the public information page (${lang})`, async ({ page }) => {
    await page.addInitScript((l) => {
      try { localStorage.setItem('portal.lang', l); } catch { /* about:blank */ }
    }, lang);
    await page.goto('/informatie');
    await expect(page.getByRole('heading', { level: 1, name: texts[lang]['info.title'] })).toBeVisible();
    await expectNoViolations(page, `public information (${lang})`);
  });
}
