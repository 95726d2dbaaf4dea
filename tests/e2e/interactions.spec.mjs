// Where people act: the agenda, e-consults and repeat prescriptions, as a
// parent acting for a child. Every send is checked twice: what the screen
// shows and what the (demo) server received and stored.
import { test, expect } from './pages.mjs';
import { signIn, texts, fill, expectNoViolations, expectPagesHaveNoViolations, received, setSwitch, writeRequests, menu } from './pages.mjs';

const t = texts.nl;

const field = (page, key) => page.getByLabel(t[key], { exact: false });

test.describe('agenda', () => {
  test.beforeEach(async ({ page }) => { await signIn(page, 'sanne'); });

  test('Noah\'s agenda: indicative, the centre\'s appointments hidden with where to find them, a request not yet agreed says so', async ({ page }) => {
    await page.goto('/p/noah');
    await menu(page).getByRole('link', { name: t['nav.agenda'] }).click();
    await expect(page.getByRole('heading', { level: 1, name: t['agenda.title'] })).toBeVisible();
    await expect(page.getByTestId('agenda-indicative')).toHaveText(t['agenda.indicative']);
    await expect(page.getByTestId('agenda-hidden')).toContainText(
      fill(t['agenda.hidden'], { organization: 'Kinderoncologisch Centrum Zuid' }));
    await expect(page.getByTestId('agenda-hidden')).toContainText('013 000 4400');
    const list = page.getByTestId('agenda-list');
    await expect(list.getByRole('article')).toHaveCount(4);
    // The sibling afternoon at the centre is not shown; the lung tests are.
    await expect(list).not.toContainText('Brussenmiddag');
    await expect(list).toContainText('Longfunctieonderzoek (spirometrie)');
    const growth = list.getByRole('article').filter({ hasText: 'Groeicontrole polikliniek Kindergeneeskunde' });
    await expect(growth.getByTestId('appointment-status')).toHaveText(t['agenda.status_proposed']);
    await expect(growth).toContainText(t['agenda.proposed_explained']);
    await expect(growth).toContainText('Dr. A. Visser, kinderarts');
    await expect(growth).toContainText('Kinderpoli (route 40), Kinderziekenhuis De Linde');
    // Past appointments, latest first, also without the centre's.
    await page.getByRole('link', { name: t['agenda.tab_past'] }).click();
    await expect(page).toHaveURL(/tab=eerder/);
    const past = page.getByTestId('agenda-list').getByRole('article');
    await expect(past).toHaveCount(2);
    await expect(past.first()).toContainText(t['agenda.status_fulfilled']);
    await expect(page.getByTestId('agenda-list')).not.toContainText('brussenbegeleiding');
  });

  test('a coming appointment downloads as a calendar file', async ({ page }) => {
    await page.goto('/p/emma/agenda');
    const card = page.getByRole('article').filter({ hasText: 'Controle ADHD' });
    const save = card.getByRole('button', { name: /^Zet in mijn agenda: Controle ADHD/ });
    const [download] = await Promise.all([page.waitForEvent('download'), save.click()]);
    expect(download.suggestedFilename()).toMatch(/^afspraak-\d{4}-\d{2}-\d{2}-1615\.ics$/);
    const body = await (await download.createReadStream()).toArray();
    const ics = Buffer.concat(body).toString('utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('SUMMARY:Controle ADHD met meting bloeddruk\\, pols\\, lengte en gewicht');
    expect(ics).toMatch(/DTSTART:\d{8}T151500Z/);
    expect(ics).toContain('LOCATION:Kinderpoli (route 40)');
    // A cancelled appointment offers no calendar file.
    const cancelled = page.getByRole('article').filter({ hasText: t['agenda.status_cancelled'] });
    await expect(cancelled.getByRole('button')).toHaveCount(0);
  });
});

test.describe('e-consult', () => {
  test.beforeEach(async ({ page }) => { await signIn(page, 'sanne'); });

  async function openNew(page) {
    await page.goto('/p/emma/e-consult');
    await page.getByRole('link', { name: t['econsult.new'] }).click();
    await expect(page.getByRole('heading', { level: 1, name: t['econsult.new_title'] })).toBeVisible();
  }

  async function write(page, subject, text) {
    await page.getByRole('combobox', { name: new RegExp(t['econsult.to'].replace(/[()]/g, '\\$&')) })
      .selectOption({ label: 'Kinderdermatologie' });
    await field(page, 'econsult.topic').fill(subject);
    await field(page, 'econsult.text').fill(text);
  }

  const send = (page) => page.getByRole('button', { name: t['econsult.send'], exact: true });

  test('Sanne writes for Emma: required fields, then sent with Sanne as sender, shown under Sent', async ({ page }) => {
    await openNew(page);
    await expect(page.getByTestId('compose-urgent')).toHaveText(t['compose.urgent']);
    await expect(page.getByTestId('compose-idle')).toHaveText(fill(t['compose.idle'], { minutes: 15 }));
    await send(page).click();
    await expect(page.getByText(t['econsult.error_to'])).toBeVisible();
    await expect(page.getByText(t['econsult.error_topic'])).toBeVisible();
    await expect(page.getByText(t['econsult.error_text'])).toBeVisible();
    await expect(page.getByRole('combobox')).toBeFocused();
    await expect(page.getByRole('combobox')).toHaveAttribute('aria-invalid', 'true');
    expect(await received(page)).toEqual([]);
    await write(page, 'Zalf op vakantie', 'Mag Emma de zalf ook in de zon gebruiken?\nGroet, Sanne');
    await send(page).click();
    await expect(page).toHaveURL(/\/p\/emma\/e-consult\?tab=verzonden&verstuurd=bericht/);
    await expect(page.getByTestId('sent-confirmation')).toHaveText(t['econsult.confirmed']);
    const row = page.getByTestId('messages-sent').getByRole('row').filter({ hasText: 'Zalf op vakantie' });
    await expect(row).toContainText('Kinderdermatologie');
    await expect(row).toContainText(fill(t['econsult.sent_by'], { sender: 'Sanne de Vries', patient: 'Emma de Vries' }));
    const [stored] = await received(page);
    expect(stored).toMatchObject({
      resourceType: 'Communication',
      status: 'completed',
      subject: { reference: 'Patient/emma', display: 'Emma de Vries' },
      sender: { reference: 'RelatedPerson/auth-sanne-emma', display: 'Sanne de Vries' },
      recipient: [{ reference: 'HealthcareService/svc-kinderdermatologie', display: 'Kinderdermatologie' }],
      topic: { text: 'Zalf op vakantie' },
      payload: [{ contentString: 'Mag Emma de zalf ook in de zon gebruiken?\nGroet, Sanne' }],
    });
    // The thread shows who sent it for whom.
    await row.getByRole('link', { name: 'Zalf op vakantie' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Zalf op vakantie' })).toBeVisible();
    await expect(page.getByTestId('sent-by')).toHaveText(
      fill(t['econsult.sent_by'], { sender: 'Sanne de Vries', patient: 'Emma de Vries' }));
  });

  test('a failed send keeps the text and offers to try again; the retry sends once', async ({ page }) => {
    await openNew(page);
    await write(page, 'Vraag over de crème', 'Tekst die niet verloren mag gaan.');
    await setSwitch(page, 'fail', 'writes');
    await send(page).click();
    const failed = page.getByTestId('send-failed');
    await expect(failed.getByTestId('error-message')).toContainText(t['error.server']);
    await expect(failed).toContainText(t['send.kept']);
    await expect(field(page, 'econsult.text')).toHaveValue('Tekst die niet verloren mag gaan.');
    await expect(field(page, 'econsult.topic')).toHaveValue('Vraag over de crème');
    expect(await received(page)).toEqual([]);
    await setSwitch(page, 'fail', null);
    await failed.getByRole('button', { name: t.retry }).click();
    await expect(page.getByTestId('sent-confirmation')).toBeVisible();
    expect((await received(page)).filter((r) => r.resourceType === 'Communication')).toHaveLength(1);
    // The failed attempt and the retry; nothing sent in between.
    expect(await writeRequests(page)).toBe(2);
  });

  test('a double click sends once', async ({ page }) => {
    await openNew(page);
    await write(page, 'Dubbelklik', 'Eén bericht, ook bij twee klikken.');
    // The send is held long enough that "busy" is still there when the
    // test looks (with 800 ms a busy machine missed it: the send was done).
    await setSwitch(page, 'delay', '3000');
    // Two quick clicks (Chromium turns a real double click into one submit,
    // so the second click is forced through whatever state the button is in).
    await send(page).click();
    await send(page).click({ force: true });
    await page.keyboard.press('Enter');
    await expect(send(page)).toBeDisabled();
    await expect(page.getByText(t['send.busy'])).toBeVisible();
    await expect(page.getByTestId('sent-confirmation')).toBeVisible();
    await setSwitch(page, 'delay', null);
    const messages = (await received(page)).filter((r) => r.resourceType === 'Communication');
    expect(messages).toHaveLength(1);
    // Not merely stored once: sent once.
    expect(await writeRequests(page)).toBe(1);
    await expect(page.getByTestId('messages-sent').getByRole('row').filter({ hasText: 'Dubbelklik' })).toHaveCount(1);
  });

  test('unsent text survives going elsewhere and switching patient, and is gone after signing out', async ({ page }) => {
    await openNew(page);
    await field(page, 'econsult.text').fill('Half geschreven bericht');
    await menu(page).getByRole('link', { name: t['nav.agenda'] }).click();
    await page.getByRole('navigation', { name: t['bar.label'] }).getByRole('link', { name: 'Noah de Vries' }).click();
    await expect(page).toHaveURL(/\/p\/noah\/agenda/);
    await page.getByRole('navigation', { name: t['bar.label'] }).getByRole('link', { name: 'Emma de Vries' }).click();
    await menu(page).getByRole('link', { name: t['nav.econsult'] }).click();
    await page.getByRole('link', { name: t['econsult.new'] }).click();
    await expect(field(page, 'econsult.text')).toHaveValue('Half geschreven bericht');
    await page.getByRole('button', { name: t.sign_out, exact: true }).click();
    await expect(page).toHaveURL(/\/uitgelogd/);
    await signIn(page, 'sanne');
    await page.goto('/p/emma/e-consult/nieuw');
    await expect(field(page, 'econsult.text')).toHaveValue('');
  });

  test('a reply answers the last message of the thread', async ({ page }) => {
    await page.goto('/p/emma/e-consult');
    await page.getByTestId('messages-received').getByRole('link', { name: 'Crème en zwemmen' }).click();
    await expect(page.getByTestId('thread-message')).toHaveCount(2);
    const reply = field(page, 'econsult.reply_text');
    await page.getByRole('button', { name: t['econsult.send'], exact: true }).click();
    await expect(page.getByText(t['econsult.error_text'])).toBeVisible();
    await expect(reply).toBeFocused();
    await reply.fill('Dank u, dat is duidelijk.');
    await page.getByRole('button', { name: t['econsult.send'], exact: true }).click();
    await expect(page.getByTestId('sent-confirmation')).toBeVisible();
    const [stored] = await received(page);
    expect(stored).toMatchObject({
      inResponseTo: [{ reference: 'Communication/emma-msg-1-2' }],
      // To the department, so whoever is on duty can answer.
      recipient: [{ reference: 'HealthcareService/svc-kinderdermatologie' }],
      topic: { text: 'Re: Crème en zwemmen' },
      sender: { reference: 'RelatedPerson/auth-sanne-emma' },
    });
    await page.getByTestId('messages-sent').getByRole('link', { name: 'Re: Crème en zwemmen' }).click();
    await expect(page.getByTestId('thread-message')).toHaveCount(3);
  });
});

test.describe('repeat prescription', () => {
  test.beforeEach(async ({ page }) => { await signIn(page, 'sanne'); });

  test('Sanne asks for Emma\'s cream: a Task for the specialism and a message among the sent e-consults; a second request warns', async ({ page }) => {
    const medicine = 'Triamcinolonacetonide crème 1 mg/g';
    await page.goto('/p/emma/medicijnen');
    await page.getByRole('link', { name: fill(t['repeat.button_label'], { medicine }) }).click();
    await expect(page.getByRole('heading', { level: 1, name: t['repeat.title'] })).toBeVisible();
    await expect(page.getByTestId('repeat-subject')).toHaveText(medicine);
    await expect(page.getByTestId('repeat-recipient')).toHaveText('Kinderdermatologie');
    await expect(page.getByTestId('repeat-pharmacy')).toHaveText(fill(t['repeat.pharmacy'], { pharmacy: 'Apotheek Lombok' }));
    await expect(page.getByTestId('compose-urgent')).toBeVisible();
    const submit = page.getByRole('button', { name: t['repeat.submit'], exact: true });
    await submit.click();
    await expect(page.getByText(t['repeat.error_days_missing'])).toBeVisible();
    await expect(field(page, 'repeat.days')).toBeFocused();
    await field(page, 'repeat.days').fill('vijf');
    await submit.click();
    await expect(page.getByText(t['repeat.error_days_number'])).toBeVisible();
    // "Wijzig ontvanger": another specialism Emma is treated by.
    const change = page.getByRole('button', { name: t['repeat.change_recipient'] });
    await change.click();
    await expect(change).toHaveAttribute('aria-expanded', 'true');
    await page.getByRole('combobox', { name: /Aan \(specialisme\)/ }).selectOption({ label: 'Kinder- en jeugdpsychiatrie' });
    await page.getByRole('button', { name: t['repeat.change_ok'], exact: true }).click();
    await expect(page.getByTestId('repeat-recipient')).toHaveText('Kinder- en jeugdpsychiatrie');
    await field(page, 'repeat.days').fill('5');
    await field(page, 'repeat.remarks').fill('Graag voor de vakantie.');
    await submit.click();
    await expect(page.getByTestId('sent-confirmation')).toHaveText(t['repeat.confirmed']);
    const row = page.getByTestId('messages-sent').getByRole('row').filter({ hasText: medicine });
    await expect(row).toContainText(t['econsult.kind_repeat']);
    await expect(row).toContainText(fill(t['econsult.sent_by'], { sender: 'Sanne de Vries', patient: 'Emma de Vries' }));
    const [task, message] = await received(page);
    expect(task).toMatchObject({
      resourceType: 'Task',
      status: 'requested',
      focus: { reference: 'MedicationRequest/emma-med-3', display: medicine },
      for: { reference: 'Patient/emma' },
      owner: { reference: 'HealthcareService/svc-kinderpsychiatrie' },
      requester: { reference: 'RelatedPerson/auth-sanne-emma', display: 'Sanne de Vries' },
      input: [{ valueInteger: 5 }],
      note: [{ text: 'Graag voor de vakantie.' }],
    });
    expect(message).toMatchObject({
      resourceType: 'Communication',
      topic: { text: medicine },
      sender: { reference: 'RelatedPerson/auth-sanne-emma' },
      recipient: [{ reference: 'HealthcareService/svc-kinderpsychiatrie' }],
      about: [{ reference: `Task/${task.id}` }, { reference: 'MedicationRequest/emma-med-3' }],
    });
    expect(message.payload[0].contentString).toContain('nog voor 5 dagen');
    expect(message.payload[0].contentString).toContain('Graag voor de vakantie.');
    // A second request while this one is open: a warning first.
    await page.goto('/p/emma/medicijnen/emma-med-3/herhaalrecept');
    await expect(page.getByTestId('repeat-open')).toBeVisible();
    await expect(submit).toBeHidden();
    await page.getByRole('button', { name: t['repeat.ask_anyway'] }).click();
    await expect(submit).toBeVisible();
    // The request survives a reload (the demo server keeps this tab's writes).
    await page.reload();
    await expect(page.getByTestId('repeat-open')).toBeVisible();
  });

  test('a medicine without repeats cannot be requested by address', async ({ page }) => {
    await page.goto('/p/emma/medicijnen/emma-med-1/herhaalrecept');
    await expect(page.getByText(t['repeat.not_allowed'])).toBeVisible();
    await expect(page.getByRole('button', { name: t['repeat.submit'], exact: true })).toHaveCount(0);
  });
});

for (const lang of ['nl', 'en']) {
  test(`axe: agenda, e-consult and repeat pages have no violations (${lang})`, async ({ page }) => {
    await page.addInitScript((l) => {
      try { localStorage.setItem('portal.lang', l); } catch { /* about:blank */ }
    }, lang);
    await signIn(page, 'sanne', { lang });
    const tt = texts[lang];
    await expectPagesHaveNoViolations(page, lang, [
      ['/p/emma/agenda', tt['agenda.title']],
      ['/p/emma/agenda?tab=eerder', tt['agenda.title']],
      ['/p/emma/e-consult', tt['econsult.title']],
      ['/p/emma/e-consult?tab=verzonden&verstuurd=bericht', tt['econsult.title']],
      ['/p/emma/e-consult/emma-msg-2-1', 'Methylfenidaat op schoolreis'],
      ['/p/emma/e-consult/nieuw', tt['econsult.new_title']],
      ['/p/emma/medicijnen/emma-med-3/herhaalrecept', tt['repeat.title']],
    ]);
    // Forms with their errors showing.
    await page.goto('/p/emma/e-consult/nieuw');
    await page.getByRole('button', { name: tt['econsult.send'], exact: true }).click();
    await expect(page.getByText(tt['econsult.error_text'])).toBeVisible();
    await expectNoViolations(page, `new e-consult with errors (${lang})`);
  });
}
