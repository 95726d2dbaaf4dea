// Screenshots of the portal's pages for looking at them (not a test):
//   node scripts/screenshots.mjs [baseURL] [outDir]
// Signs in as sanne and visits the pages in both languages and two widths.
// With more arguments (dossier paths such as `noah/brieven`), shoots only
// those: node scripts/screenshots.mjs URL DIR noah/brieven emma/medicijnen
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://127.0.0.1:8090';
const out = process.argv[3] ?? '/tmp/shots';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});

async function signIn(page, user) {
  await page.goto(`${base}/inloggen`);
  await page.getByLabel(/Gebruikersnaam|Username/).fill(user);
  await page.getByLabel(/Wachtwoord|Password/).fill('demo1234');
  await page.getByRole('button', { name: /Volgende|Next/ }).click();
  await page.getByLabel(/Sms-code|SMS code/).fill('123456');
  await page.getByRole('button', { name: /^(Inloggen|Sign in)$/ }).click();
  await page.waitForURL(/\/p\//);
}

const only = process.argv.slice(4);
if (only.length) {
  for (const [lang, width] of [['nl', 1280], ['en', 390]]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    await context.addInitScript((l) => localStorage.setItem('portal.lang', l), lang);
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && console.log('console:', m.text()));
    await signIn(page, 'sanne');
    for (const path of only) {
      await page.goto(`${base}/p/${path}`);
      await page.waitForSelector('h1');
      await page.waitForTimeout(800);
      const file = `${out}/${path.replace(/[/?=&]/g, '_')}-${lang}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await context.close();
  }
  await browser.close();
  process.exit(0);
}

for (const [lang, width] of [['nl', 1280], ['en', 390]]) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  await context.addInitScript((l) => localStorage.setItem('portal.lang', l), lang);
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && console.log('console:', m.text()));
  await page.goto(`${base}/inloggen`);
  await page.screenshot({ path: `${out}/signin-${lang}.png`, fullPage: true });
  await signIn(page, 'sanne');
  await page.waitForSelector('[data-testid=patient-card]');
  await page.screenshot({ path: `${out}/home-own-${lang}.png`, fullPage: true });
  for (const who of ['emma', 'daan', 'lucas']) {
    await page.goto(`${base}/p/${who}`);
    await page.waitForSelector('h1');
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${out}/home-${who}-${lang}.png`, fullPage: true });
  }
  await page.getByRole('button', { name: /Uitloggen|Sign out/ }).click();
  await page.waitForURL(/uitgelogd/);
  await page.screenshot({ path: `${out}/signed-out-${lang}.png`, fullPage: true });
  await context.close();
}
await browser.close();
console.log(`screenshots in ${out}`);
