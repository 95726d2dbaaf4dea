// Tokens that live 8 seconds (this file's workers start their backend so):
// each tab refreshes its own before they expire, and keeps working long
// after the tokens it started with are dead.
import { test, expect, texts, signIn } from '../e2e/pages.mjs';

const t = texts.nl;

test.use({ backendOptions: { accessTokenTtl: 8 } });

test('two tabs each refresh before expiry and keep working past the first token\'s life', async ({ page, context, backend }) => {
  const refreshes = new Map();
  const refused = [];
  context.on('request', (r) => {
    if (r.url() === `${backend.issuer}/token` && (r.postData() ?? '').includes('grant_type=refresh_token')) {
      refreshes.set(r.frame().page(), (refreshes.get(r.frame().page()) ?? 0) + 1);
    }
  });
  context.on('response', (r) => {
    if (r.url().startsWith(backend.fhirBase) && r.status() === 401) refused.push(r.url());
  });
  await signIn(page, 'sanne');
  const other = await context.newPage();
  await other.goto('/p/emma');
  await expect(other.getByTestId('patient-card')).toContainText('Emma de Vries');

  // Past the life of the tokens both tabs started with, and of the next.
  await page.waitForTimeout(17_000);
  for (const tab of [page, other]) {
    await tab.getByRole('navigation', { name: t['bar.label'] }).getByRole('link', { name: 'Noah de Vries' }).click();
    await tab.getByRole('navigation', { name: t['menu.label'] }).getByRole('link', { name: t['nav.goals'], exact: true }).click();
    await expect(tab.getByRole('heading', { level: 1, name: t['goals.title'] })).toBeVisible();
    await expect(tab.getByText(t.loading)).toHaveCount(0);
    await expect(tab.getByRole('main').getByTestId('error-message')).toHaveCount(0);
    expect(refreshes.get(tab) ?? 0, 'this tab refreshed its own tokens, more than once').toBeGreaterThanOrEqual(2);
  }
  expect(refused, 'no request was refused for an expired token').toEqual([]);
});
