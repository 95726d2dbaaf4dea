// Connected mode, end to end: the portal signs in through the DigiD
// stand-in (OIDC, PKCE), talks to the FHIR gateway with the token, and what
// it sends is stored in the backend.
import { signIn as backendSignIn } from '../backend/flow.mjs';
import { test, expect, texts, CONNECTED_ORIGIN as ORIGIN } from '../e2e/pages.mjs';

const t = texts.nl;

async function signInThroughDigid(page, backend, user = 'sanne') {
  const BACKEND = backend.url;
  await page.goto('/inloggen');
  await page.getByRole('button', { name: t['signin.connected_button'] }).click();
  // The stand-in's own pages.
  await expect(page).toHaveURL(new RegExp(`^${BACKEND}/oidc/`));
  await page.getByLabel('DigiD gebruikersnaam').fill(user);
  await page.getByLabel('Wachtwoord').fill('demo1234');
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByLabel('Sms-code').fill('123456');
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`^${ORIGIN}/p/`));
  await expect(page.getByRole('button', { name: 'Uitloggen', exact: true })).toBeVisible();
}

test('sanne signs in through DigiD, switches to Emma, sends an e-consult, and the backend has it', async ({ page, backend }) => {
  await signInThroughDigid(page, backend);
  // Whom she may act for came from the server: Lucas greyed out (16), Emma open.
  const bar = page.getByRole('navigation', { name: t['bar.label'] });
  await expect(bar).toContainText('Lucas de Vries');
  await bar.getByRole('link', { name: 'Emma de Vries' }).click();
  await expect(page.getByText('U bekijkt het dossier van Emma de Vries')).toBeVisible();

  const topic = `Vraag over zalf ${Date.now()}`;
  await page.goto('/p/emma/e-consult/nieuw');
  await page.getByLabel(t['econsult.to'], { exact: false }).selectOption({ label: 'Kinderdermatologie' });
  await page.getByLabel(t['econsult.topic'], { exact: false }).fill(topic);
  await page.getByLabel(t['econsult.text'], { exact: false }).fill('Mag de zalf ook op het gezicht?');
  await page.getByRole('button', { name: t['econsult.send'], exact: true }).click();
  await expect(page.getByTestId('sent-confirmation')).toHaveText(t['econsult.confirmed']);
  await expect(page.getByRole('link', { name: topic })).toBeVisible();

  // Stored in the backend, read back with a token of its own.
  const { access_token } = await backendSignIn(backend.url, 'sanne', { origin: ORIGIN });
  const answer = await fetch(`${backend.fhirBase}/Communication?patient=emma&_count=200`, {
    headers: { Authorization: `Bearer ${access_token}`, Accept: 'application/fhir+json' },
  });
  expect(answer.status).toBe(200);
  const stored = (await answer.json()).entry.map((e) => e.resource).find((c) => c.topic?.text === topic);
  expect(stored).toBeTruthy();
  expect(stored.sender).toEqual({ reference: 'RelatedPerson/auth-sanne-emma', display: 'Sanne de Vries' });
  expect(stored.subject.reference).toBe('Patient/emma');
  expect(stored.payload[0].contentString).toBe('Mag de zalf ook op het gezicht?');
});

test('a reload continues the session through the provider; sign-out ends it there too', async ({ page, backend }) => {
  await signInThroughDigid(page, backend);
  await page.goto('/p/noah/agenda');
  await expect(page.getByRole('heading', { level: 1, name: t['agenda.title'] })).toBeVisible();
  await page.reload();
  await expect(page).toHaveURL(new RegExp(`^${ORIGIN}/p/noah/agenda$`));
  await expect(page.getByRole('heading', { level: 1, name: t['agenda.title'] })).toBeVisible();

  await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`^${ORIGIN}/uitgelogd`));
  await expect(page.getByRole('heading', { level: 1, name: t['signed_out.title'] })).toBeVisible();
  await expect(page.getByTestId('signed-out-reason')).toHaveText(t['signed_out.user']);
  // The provider's session is gone: signing in asks for the password again.
  await page.goto('/inloggen');
  await page.getByRole('button', { name: t['signin.connected_button'] }).click();
  await expect(page.getByLabel('DigiD gebruikersnaam')).toBeVisible();
});

test('Emma may not open Noah\'s record: he is not among the people the server gave her', async ({ page, backend }) => {
  await signInThroughDigid(page, backend, 'emma');
  await page.goto('/p/noah/agenda');
  await expect(page.getByText(/geen toegang/i).first()).toBeVisible();
});

test('idle sign-out ends the provider session too: signing in again asks for the password', async ({ page, backend }) => {
  await page.clock.install();
  await signInThroughDigid(page, backend);
  const deadline = Number(await page.evaluate(() => localStorage.getItem('portal.idle-deadline')));
  expect(deadline).toBeGreaterThan(0);
  await page.clock.pauseAt(deadline + 1000);
  await expect(page).toHaveURL(new RegExp(`^${ORIGIN}/uitgelogd\\?reden=idle$`));
  await expect(page.getByTestId('signed-out-reason')).toContainText('niets hebt gedaan');
  await page.clock.resume();
  await page.goto('/inloggen');
  await page.getByRole('button', { name: t['signin.connected_button'] }).click();
  await expect(page.getByLabel('DigiD gebruikersnaam')).toBeVisible();
});
